/**
 * The cross-references of an OpenClaw config that no generic JSON tool knows about: model references
 * (`"openai/gpt-5.4"`) pointing at provider entries, the models they declare and the model catalog
 * (`agents.defaults.models`), and agent references (`bindings[].agentId`...) pointing at agents.
 * Definition, references, completion and rules all read this one index.
 */
import { pathOf, propertyValue, nodeAtPath, type ConfigDocument } from "../document";
import type { MergedValue } from "../include/merged";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { modelKey, normalizeProviderId, parseModelRef, type ModelRef } from "./modelRefs";

/** OpenClaw's default provider for a bare model id that is neither an alias nor a configured model. */
export const DEFAULT_PROVIDER = "openai";

// Path patterns: `*` any key, `[]` any index, `**` any number of segments.
const AGENT_SCOPES = ["agents.defaults", "agents.entries.*", "agents.list.[]"];

/** Fields of an agent scope holding a model: a string, or `{ primary, fallbacks[] }`. */
const SCOPED_MODEL_FIELDS = [
  "model",
  "imageModel",
  "voiceModel",
  "pdfModel",
  "utilityModel",
  "decisionModel",
  "imageGenerationModel",
  "videoGenerationModel",
  "musicGenerationModel",
  "mediaModels.image",
  "mediaModels.video",
  "mediaModels.music",
  "compaction.model",
  "compaction.memoryFlush.model",
  "embeddedAgent.cyberFailover.model",
  "subagents.model",
  "heartbeat.model",
  "tts.summaryModel",
  "tools.exec.reviewer.model",
];
const GLOBAL_MODEL_FIELDS = [
  "defaultModel",
  "tools.exec.reviewer.model",
  "tts.summaryModel",
  "hooks.mappings.[].model",
  "hooks.gmail.model",
  "channels.modelByChannel.*.*",
];
/** Lists of model refs (these also accept `provider/*` wildcards). */
const MODEL_LISTS = [
  ...AGENT_SCOPES.flatMap((scope) => [`${scope}.modelPolicy.allow.[]`, `${scope}.tools.exec.applyPatch.allowModels.[]`]),
  "tools.exec.applyPatch.allowModels.[]",
];
/** Maps keyed by `provider/model`: the model catalog and per-agent overrides. */
const MODEL_KEYED_MAPS = ["agents.defaults.models.*", "agents.entries.*.models.*"];

const AGENT_FIELDS = [
  "bindings.[].agentId",
  "agents.defaults.systemAgent.agentId",
  "agents.defaults.heartbeat.agentId",
  "agents.defaults.authInheritance.agentId",
  "agents.defaults.sessionStore.agentId",
  "talk.agentId",
  "hooks.mappings.[].agentId",
  "tools.swarm.defaultAgentId",
  "agents.entries.*.tools.swarm.defaultAgentId",
  "agents.defaults.subagents.allowAgents.[]",
  "agents.entries.*.subagents.allowAgents.[]",
  "agents.list.[].subagents.allowAgents.[]",
  "hooks.allowedAgentIds.[]",
  "broadcast.*.[]",
  "broadcast.*.agents.[]",
  "mcp.servers.*.codex.agents.[]",
  "gateway.roles.definitions.*.agents.[]",
  "channels.a2a.exposeAgents.[]",
  "channels.**.agentId",
  "approvals.exec.agentFilter.[]",
  "approvals.plugin.agentFilter.[]",
  "tools.agentToAgent.allow.[]",
  "channels.**.execApprovals.agentFilter.[]",
];
/** Values naming a model provider (a `models.providers` id). */
const PROVIDER_FIELDS = ["auth.profiles.*.provider"];
/** Maps keyed by provider id that refer to providers (`models.providers` defines them instead). */
const PROVIDER_KEYED_MAPS = ["auth.order.*"];

type Pattern = readonly string[];
const compile = (pattern: string): Pattern => pattern.split(".");

const MODEL_VALUE_PATTERNS: Pattern[] = [
  ...AGENT_SCOPES.flatMap((scope) => SCOPED_MODEL_FIELDS.map((field) => `${scope}.${field}`)),
  ...GLOBAL_MODEL_FIELDS,
]
  .flatMap((field) => [field, `${field}.primary`, `${field}.fallbacks.[]`])
  .concat(MODEL_LISTS)
  .map(compile);
const MODEL_KEY_PATTERNS: Pattern[] = MODEL_KEYED_MAPS.map(compile);
const AGENT_VALUE_PATTERNS: Pattern[] = AGENT_FIELDS.map(compile);
const PROVIDER_VALUE_PATTERNS: Pattern[] = PROVIDER_FIELDS.map(compile);
const PROVIDER_KEY_PATTERNS: Pattern[] = PROVIDER_KEYED_MAPS.map(compile);
/**
 * The root keys any reference can sit under (every pattern starts with a literal): everything else,
 * notably the bulk of `models.providers`, is rejected without matching ~250 patterns.
 */
const ROOT_KEYS = new Set(
  [...MODEL_VALUE_PATTERNS, ...MODEL_KEY_PATTERNS, ...AGENT_VALUE_PATTERNS, ...PROVIDER_VALUE_PATTERNS, ...PROVIDER_KEY_PATTERNS].map((p) => p[0]!),
);

function matches(pattern: Pattern, path: JsonPath, i = 0, j = 0): boolean {
  if (i === pattern.length) return j === path.length;
  const segment = pattern[i]!;
  if (segment === "**") {
    for (let k = j; k <= path.length; k++) if (matches(pattern, path, i + 1, k)) return true;
    return false;
  }
  if (j === path.length) return false;
  const actual = path[j]!;
  const ok = segment === "[]" ? typeof actual === "number" : segment === "*" ? typeof actual === "string" : actual === segment;
  return ok && matches(pattern, path, i + 1, j + 1);
}

/** pathMatches for a pattern already split into segments (keys that contain dots stay whole). */
export function pathMatchesSegments(pattern: readonly string[], path: JsonPath): boolean {
  return matches(pattern, path);
}

const compiledPatterns = new Map<string, Pattern>();

/** Whether `path` matches a dotted path pattern (`*` any key, `[]` any index, `**` any number of segments). */
export function pathMatches(pattern: string, path: JsonPath): boolean {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) compiledPatterns.set(pattern, (compiled = compile(pattern)));
  return matches(compiled, path);
}

export type ReferenceKind = "model" | "agent" | "provider";

/** One string in the document that names a model, a provider or an agent. */
export interface Reference {
  kind: ReferenceKind;
  /** The string literal: a value, or a property key for maps keyed by `provider/model`. */
  node: JsonNode;
  /** The text as written. */
  text: string;
  /** For model refs: the parsed reference. */
  model?: ModelRef;
  /** True for a property key (a catalog entry), false for a value. */
  isKey: boolean;
}

/** Whether a string node is a property key (rather than a value). */
export function isPropertyKey(node: JsonNode): boolean {
  return node.parent?.type === "property" && node.parent.children![0] === node;
}

/**
 * What the place at `path` takes, without a node (completion asks this of half-typed text): for a
 * value, a model, provider or agent reference; with `isKey`, whether the key at `path` is a model
 * reference (provider-keyed maps are answered by providerKeyAtPath, so completion's use stays as is).
 */
export function referenceKindAtPath(path: JsonPath, isKey: boolean): ReferenceKind | undefined {
  if (!ROOT_KEYS.has(path[0] as string)) return undefined;
  if (isKey) return MODEL_KEY_PATTERNS.some((p) => matches(p, path)) ? "model" : undefined;
  if (AGENT_VALUE_PATTERNS.some((p) => matches(p, path))) return "agent";
  if (PROVIDER_VALUE_PATTERNS.some((p) => matches(p, path))) return "provider";
  if (MODEL_VALUE_PATTERNS.some((p) => matches(p, path))) return "model";
  return undefined;
}

/** Whether the key at `path` names a configured provider (`auth.order.<provider>`). */
export function providerKeyAtPath(path: JsonPath): boolean {
  if (!ROOT_KEYS.has(path[0] as string)) return false;
  return PROVIDER_KEY_PATTERNS.some((p) => matches(p, path));
}

/** The reference a string literal (value or key) is, when its place in the config takes one. */
export function referenceAt(node: JsonNode | undefined): Reference | undefined {
  if (node?.type !== "string" || typeof node.value !== "string") return undefined;
  const isKey = isPropertyKey(node);
  const path = pathOf(node);
  const text = node.value;
  const kind = isKey && providerKeyAtPath(path) ? "provider" : referenceKindAtPath(path, isKey);
  if (!kind || !text.trim()) return undefined;
  if (kind === "agent") return text !== "*" ? { kind, node, text, isKey } : undefined;
  if (kind === "provider") return { kind, node, text, isKey };
  const model = parseModelRef(text);
  return model ? { kind: "model", node, text, model, isKey } : undefined;
}

/** Every model, provider and agent reference in the document, in document order. */
export function collectReferences(root: JsonNode | undefined): Reference[] {
  const out: Reference[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === "string") {
      const ref = referenceAt(node);
      if (ref) out.push(ref);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (root?.type === "object") {
    // Only the top-level sections that can hold a reference are walked.
    for (const property of root.children!) if (ROOT_KEYS.has(property.children![0]!.value as string)) visit(property);
  } else if (root) {
    visit(root);
  }
  return out;
}

/** A reference written in an `$include`d file, found through the merged config. */
export type IncludedReference = Reference & { doc: ConfigDocument };

/**
 * The references written in the files a config includes (not those of the edited document itself,
 * which collectReferences finds): each with its file, from the merged config's provenance.
 */
export function collectIncludedReferences(merged: MergedValue, edited: ConfigDocument): IncludedReference[] {
  const out: IncludedReference[] = [];
  const visit = (value: MergedValue, path: JsonPath) => {
    if (value.kind === "scalar") {
      const doc = value.origin.source.doc;
      const node = value.node;
      if (doc === edited || node.type !== "string" || typeof node.value !== "string" || !node.value.trim()) return;
      const kind = referenceKindAtPath(path, false);
      if (kind === "agent" && node.value !== "*") out.push({ kind, node, text: node.value, isKey: false, doc });
      else if (kind === "provider") out.push({ kind, node, text: node.value, isKey: false, doc });
      else if (kind === "model") {
        const model = parseModelRef(node.value);
        if (model) out.push({ kind, node, text: node.value, model, isKey: false, doc });
      }
      return;
    }
    if (value.kind === "array") {
      value.items.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    for (const [key, child] of value.entries) {
      const childPath = [...path, key];
      const written = child.origin.key;
      if (written && written.source.doc !== edited && written.node.type === "string") {
        const kind = providerKeyAtPath(childPath) ? "provider" : referenceKindAtPath(childPath, true);
        const model = kind === "model" ? parseModelRef(key) : undefined;
        if (kind === "provider") out.push({ kind, node: written.node, text: key, isKey: true, doc: written.source.doc });
        else if (model) out.push({ kind: "model", node: written.node, text: key, model, isKey: true, doc: written.source.doc });
      }
      if (path.length === 0 && !ROOT_KEYS.has(key)) continue;
      visit(child, childPath);
    }
  };
  visit(merged, []);
  return out;
}

/** A provider configured under `models.providers`. */
export interface ProviderDefinition {
  id: string;
  /** The file it is written in, when not the edited document (an `$include`d file). */
  doc?: ConfigDocument;
  property: JsonNode;
  key: JsonNode;
}

/** A model a configured provider declares in its `models[]`. */
export interface ModelDefinition {
  provider: string;
  doc?: ConfigDocument;
  id: string;
  /** The `models[]` item object. */
  item: JsonNode;
  /** Its `id` string. */
  idNode: JsonNode;
}

/** An entry of the model catalog `agents.defaults.models["provider/model"]`. */
export interface CatalogDefinition {
  key: string;
  doc?: ConfigDocument;
  ref: ModelRef;
  property: JsonNode;
  keyNode: JsonNode;
  alias?: string;
}

/** An agent: `agents.entries.<id>` or (legacy) an `agents.list[]` item with an `id`. */
export interface AgentDefinition {
  id: string;
  doc?: ConfigDocument;
  /** The entry (property, or list item object). */
  node: JsonNode;
  /** What names it: the property key, or the `id` string. */
  nameNode: JsonNode;
}

export interface ConfigDefinitions {
  providers: ProviderDefinition[];
  models: ModelDefinition[];
  catalog: CatalogDefinition[];
  agents: AgentDefinition[];
}

/** Normalizes an agent id the way OpenClaw compares them (trimmed, lower-cased). */
export function normalizeAgentId(id: string): string {
  return id.trim().toLowerCase();
}

/** What the config defines that references can point at. */
export function collectDefinitions(root: JsonNode | undefined): ConfigDefinitions {
  const defs: ConfigDefinitions = { providers: [], models: [], catalog: [], agents: [] };
  const providers = nodeAtPath(root, ["models", "providers"]);
  if (providers?.type === "object") {
    for (const property of providers.children!) {
      const key = property.children![0]!;
      const id = normalizeProviderId(String(key.value));
      defs.providers.push({ id, property, key });
      const models = propertyValue(property.children![1], "models");
      if (models?.type !== "array") continue;
      for (const item of models.children!) {
        const idNode = propertyValue(item, "id");
        if (idNode?.type === "string" && typeof idNode.value === "string" && idNode.value.trim()) {
          defs.models.push({ provider: id, id: idNode.value.trim(), item, idNode });
        }
      }
    }
  }
  const catalog = nodeAtPath(root, ["agents", "defaults", "models"]);
  if (catalog?.type === "object") {
    for (const property of catalog.children!) {
      const keyNode = property.children![0]!;
      const ref = parseModelRef(String(keyNode.value));
      if (!ref) continue;
      const aliasNode = propertyValue(property.children![1], "alias");
      const entry: CatalogDefinition = { key: String(keyNode.value), ref, property, keyNode };
      if (aliasNode?.type === "string" && typeof aliasNode.value === "string" && aliasNode.value.trim()) entry.alias = aliasNode.value.trim();
      defs.catalog.push(entry);
    }
  }
  const entries = nodeAtPath(root, ["agents", "entries"]);
  if (entries?.type === "object") {
    for (const property of entries.children!) {
      const key = property.children![0]!;
      defs.agents.push({ id: normalizeAgentId(String(key.value)), node: property, nameNode: key });
    }
  }
  const list = nodeAtPath(root, ["agents", "list"]);
  if (list?.type === "array") {
    for (const item of list.children!) {
      const idNode = propertyValue(item, "id");
      if (idNode?.type === "string" && typeof idNode.value === "string") {
        defs.agents.push({ id: normalizeAgentId(idNode.value), node: item, nameNode: idNode });
      }
    }
  }
  return defs;
}

/**
 * The definitions of a config split with `$include`: read from the merged config (what OpenClaw
 * sees), each with the file it is written in, so a reference can lead into an included file.
 */
export function collectMergedDefinitions(merged: MergedValue, edited: ConfigDocument): ConfigDefinitions {
  const defs: ConfigDefinitions = { providers: [], models: [], catalog: [], agents: [] };
  const get = (value: MergedValue | undefined, key: string) => (value?.kind === "object" ? value.entries.get(key) : undefined);
  const fileOf = (doc: ConfigDocument) => (doc === edited ? {} : { doc });
  const stringAt = (value: MergedValue | undefined) =>
    value?.kind === "scalar" && value.node.type === "string" && typeof value.node.value === "string" && value.node.value.trim() ? value : undefined;

  const providers = get(get(merged, "models"), "providers");
  if (providers?.kind === "object") {
    for (const [key, value] of providers.entries) {
      const written = value.origin.key;
      if (!written?.node.parent) continue;
      const id = normalizeProviderId(key);
      defs.providers.push({ id, property: written.node.parent, key: written.node, ...fileOf(written.source.doc) });
      const models = get(value, "models");
      if (models?.kind !== "array") continue;
      for (const item of models.items) {
        const idValue = stringAt(get(item, "id"));
        if (idValue) defs.models.push({ provider: id, id: String(idValue.node.value).trim(), item: item.origin.node, idNode: idValue.node, ...fileOf(idValue.origin.source.doc) });
      }
    }
  }
  const agents = get(merged, "agents");
  const catalog = get(get(agents, "defaults"), "models");
  if (catalog?.kind === "object") {
    for (const [key, value] of catalog.entries) {
      const written = value.origin.key;
      const ref = parseModelRef(key);
      if (!written?.node.parent || !ref) continue;
      const entry: CatalogDefinition = { key, ref, property: written.node.parent, keyNode: written.node, ...fileOf(written.source.doc) };
      const alias = stringAt(get(value, "alias"));
      if (alias) entry.alias = String(alias.node.value).trim();
      defs.catalog.push(entry);
    }
  }
  const entries = get(agents, "entries");
  if (entries?.kind === "object") {
    for (const [key, value] of entries.entries) {
      const written = value.origin.key;
      if (written?.node.parent) defs.agents.push({ id: normalizeAgentId(key), node: written.node.parent, nameNode: written.node, ...fileOf(written.source.doc) });
    }
  }
  const list = get(agents, "list");
  if (list?.kind === "array") {
    for (const item of list.items) {
      const idValue = stringAt(get(item, "id"));
      if (idValue) defs.agents.push({ id: normalizeAgentId(String(idValue.node.value)), node: item.origin.node, nameNode: idValue.node, ...fileOf(idValue.origin.source.doc) });
    }
  }
  return defs;
}

/** A model ref resolved to a `provider/model` identity (aliases and bare ids resolved). */
export interface ResolvedModel {
  provider: string;
  model: string;
  /** Only the provider is named (`openai/*` in an allowlist). */
  providerOnly: boolean;
  /** The catalog entry a bare alias named, when that is how it resolved. */
  viaAlias?: CatalogDefinition;
}

/**
 * Resolves a model ref the way OpenClaw does: `provider/model` as written; a bare id against the
 * catalog's aliases, then the configured providers' models, then the default provider.
 */
export function resolveModelRef(ref: ModelRef, defs: ConfigDefinitions): ResolvedModel {
  if (ref.provider) {
    const providerOnly = ref.model === "*" || ref.model.endsWith("/*");
    return { provider: ref.provider, model: ref.model, providerOnly };
  }
  const bare = ref.model;
  const aliased = defs.catalog.find((entry) => entry.alias?.toLowerCase() === bare.toLowerCase());
  if (aliased?.ref.provider) return { provider: aliased.ref.provider, model: aliased.ref.model, providerOnly: false, viaAlias: aliased };
  const configured = defs.models.find((m) => m.id === bare);
  if (configured) return { provider: configured.provider, model: configured.id, providerOnly: false };
  return { provider: DEFAULT_PROVIDER, model: bare, providerOnly: false };
}

/** The canonical identity string of a resolved model (`provider/model`). */
export function resolvedKey(resolved: ResolvedModel): string {
  return `${resolved.provider}/${resolved.model}`;
}

/** The model a `models[]` entry or catalog key declares, matched like OpenClaw (ids exact, providers normalized). */
export function findModelDefinition(defs: ConfigDefinitions, provider: string, model: string): ModelDefinition | undefined {
  return (
    defs.models.find((m) => m.provider === provider && m.id === model) ??
    // Some configs repeat the provider in the id ("openai/gpt-5.4"); accept that spelling too.
    defs.models.find((m) => m.provider === provider && m.id === `${provider}/${model}`)
  );
}

export function findCatalogEntry(defs: ConfigDefinitions, provider: string, model: string): CatalogDefinition | undefined {
  const key = modelKey({ provider, model });
  return defs.catalog.find((entry) => modelKey(entry.ref) === key);
}
