/**
 * The Codex routes of OpenClaw 2026.9.x (migration models.providers.codex-routes->models.providers.openai
 * and the Codex part of models.canonical-model-refs / doctor's config flow):
 * - `api: "openai-codex-responses"` (any provider or model) is a removed id: `openai-chatgpt-responses`;
 * - `models.providers.openai-codex` and `codex` move to `models.providers.openai`;
 * - `openai-codex/<m>` and `codex/<m>` references become `openai/<m>`, and
 *   `agents.defaults.models["openai/<m>"].agentRuntime.id` is set to "codex" so they still run on Codex.
 */
import { nodeAtPath, propertyNode, propertyValue, valueOf } from "../document";
import type { EditSession } from "../edits/session";
import { detectStyle, formatValue } from "../edits/style";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { replaceWith } from "./engine";
import { upgradeModelRef } from "./retiredModels";
import type { CustomContext, FixPlan } from "./types";

const LEGACY_PROVIDERS = new Set(["openai-codex", "codex"]);
const REMOVED_API = "openai-codex-responses";
const CANONICAL_API = "openai-chatgpt-responses";
/** Provider keys OpenClaw refuses to spread onto merged models (MODEL_UNSCOPED_PROVIDER_DEFAULT_KEYS). */
const UNSCOPED_DEFAULTS = ["apiKey", "auth", "request", "timeoutSeconds", "region", "injectNumCtxForOpenAICompat", "localService", "headers", "authHeader"];

function providerEntries(root: JsonNode): { id: string; property: JsonNode; value: JsonNode }[] {
  const providers = nodeAtPath(root, ["models", "providers"]);
  if (providers?.type !== "object") return [];
  return providers.children!.filter((p) => p.children![1]).map((p) => ({ id: p.children![0]!.value as string, property: p, value: p.children![1]! }));
}

export function codexProviderRoutes(ctx: CustomContext): void {
  const providers = providerEntries(ctx.root);
  // Removed api id, wherever it is written.
  for (const { id, value } of providers) {
    const apis: { node: JsonNode; path: JsonPath }[] = [];
    const own = propertyValue(value, "api");
    if (own?.type === "string") apis.push({ node: own, path: ["models", "providers", id, "api"] });
    const models = propertyValue(value, "models");
    if (models?.type === "array") {
      models.children!.forEach((model, index) => {
        const api = propertyValue(model, "api");
        if (api?.type === "string") apis.push({ node: api, path: ["models", "providers", id, "models", index, "api"] });
      });
    }
    for (const { node, path } of apis) {
      if (node.value !== REMOVED_API) continue;
      ctx.report(node, `"${REMOVED_API}" is a removed api id: use "${CANONICAL_API}".`, {
        title: `Replace "${REMOVED_API}" with "${CANONICAL_API}"`,
        safe: true,
        apply: (s) => replaceWith(s, path, CANONICAL_API),
      }, "error");
    }
  }
  const canonical = providers.find((p) => p.id.toLowerCase() === "openai");
  for (const { id, property, value } of providers) {
    if (!LEGACY_PROVIDERS.has(id.toLowerCase())) continue;
    const key = property.children![0]!;
    const base = `\`models.providers.${id}\` is a legacy Codex route: OpenClaw 2026.9.x serves Codex through \`models.providers.openai\` (doctor moves it there).`;
    if (!canonical) {
      ctx.report(key, base, {
        title: `Move \`models.providers.${id}\` to \`models.providers.openai\``,
        safe: true,
        apply: (s) => moveProvider(s, id),
      });
      continue;
    }
    const legacyModels = modelIds(value);
    const canonicalModels = modelIds(canonical.value);
    const collisions = legacyModels.filter((m) => canonicalModels.includes(m));
    const defaults = UNSCOPED_DEFAULTS.filter((k) => propertyNode(value, k));
    if (legacyModels.length === 0 || legacyModels.every((m) => canonicalModels.includes(m))) {
      const fix: FixPlan | undefined =
        collisions.length === 0 || collisions.every((m) => sameModel(value, canonical.value, m))
          ? { title: `Remove \`models.providers.${id}\`: \`models.providers.openai\` already exists (as OpenClaw does)`, safe: false, apply: (s) => s.remove(["models", "providers", id]) }
          : undefined;
      ctx.report(key, `${base} \`models.providers.openai\` already exists${fix ? "" : ` and defines ${collisions.join(", ")} differently: reconcile them by hand`}.`, fix);
      continue;
    }
    if (collisions.length === 0 && defaults.length === 0 && !LEAK_KEYS.some((k) => propertyNode(canonical.value, k))) {
      const toMerge = legacyModels.filter((m) => !canonicalModels.includes(m));
      ctx.report(key, `${base} \`models.providers.${canonical.id}\` already exists: its models take this provider's models, each stamped with this provider's baseUrl and api (as doctor merges them).`, {
        title: `Merge \`models.providers.${id}\` into \`models.providers.${canonical.id}\` (${toMerge.join(", ")})`,
        safe: true,
        apply: (s) => mergeProvider(s, id, canonical.id),
      });
      continue;
    }
    const leaks = LEAK_KEYS.filter((k) => propertyNode(canonical.value, k));
    const reason =
      collisions.length > 0
        ? `colliding model definitions (${collisions.join(", ")})`
        : defaults.length > 0
          ? `provider-level ${defaults.join(", ")} cannot be carried onto the merged models`
          : `\`models.providers.${canonical.id}\` sets ${leaks.join(", ")}, which would leak onto the merged models`;
    ctx.report(key, `${base} \`models.providers.${canonical.id}\` already exists, and ${reason}: merge them by hand (doctor refuses too).`);
  }
}

/** Canonical-provider keys that block a merge (CANONICAL_PROVIDER_MODEL_LEAK_KEYS). */
const LEAK_KEYS = ["apiKey", "auth", "contextWindow", "contextTokens", "maxTokens", "timeoutSeconds", "region", "injectNumCtxForOpenAICompat", "params", "agentRuntime", "localService", "headers", "authHeader", "request"];

/**
 * Doctor's merge: each legacy model the canonical provider lacks gets the legacy provider's baseUrl,
 * api, context limits, params and runtime (unless it sets its own), is appended to the canonical
 * provider's models, and the legacy provider goes.
 */
function mergeProvider(s: EditSession, id: string, canonicalId: string): boolean {
  const legacyPath: JsonPath = ["models", "providers", id];
  const canonicalPath: JsonPath = ["models", "providers", canonicalId];
  const legacy = s.node(legacyPath)!;
  const provider = valueOf(legacy) as Record<string, unknown>;
  const canonicalIds = modelIds(s.node(canonicalPath)!);
  const models = propertyValue(legacy, "models")!;
  const indexes = models.children!.map((m, i) => ({ id: valueOf(propertyValue(m, "id")), i })).filter((m) => typeof m.id === "string" && !canonicalIds.includes(m.id)).map((m) => m.i);
  const style = detectStyle(s.doc);
  const api = provider.api === REMOVED_API ? CANONICAL_API : provider.api;
  for (const i of indexes) {
    const modelPath: JsonPath = [...legacyPath, "models", i];
    const model = valueOf(s.node(modelPath)) as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    if (typeof provider.baseUrl === "string" && !model.baseUrl) patch.baseUrl = provider.baseUrl;
    if (typeof api === "string" && !model.api) patch.api = api;
    for (const k of ["contextWindow", "contextTokens", "maxTokens"]) if (typeof provider[k] === "number" && model[k] === undefined) patch[k] = provider[k];
    if (isRecord(provider.params) && model.params === undefined) patch.params = provider.params;
    const runtimeId = isRecord(model.agentRuntime) ? model.agentRuntime.id : undefined;
    if (id.toLowerCase() === "codex" && (runtimeId === undefined || runtimeId === "auto")) {
      if (runtimeId === "auto") {
        if (!replaceWith(s, [...modelPath, "agentRuntime", "id"], "codex")) return false;
      } else patch.agentRuntime = { ...(isRecord(provider.agentRuntime) && provider.agentRuntime.id !== "auto" ? provider.agentRuntime : { id: "codex" }) };
    } else if (isRecord(provider.agentRuntime) && model.agentRuntime === undefined) patch.agentRuntime = provider.agentRuntime;
    for (const [k, v] of Object.entries(patch)) if (!s.insert(modelPath, k, formatValue(v, style, ""))) return false;
    if (isRecord(provider.params) && isRecord(model.params)) {
      for (const [k, v] of Object.entries(provider.params)) if (!(k in model.params) && !s.insert([...modelPath, "params"], k, formatValue(v, style, ""))) return false;
    }
    if (model.api === REMOVED_API && !replaceWith(s, [...modelPath, "api"], CANONICAL_API)) return false;
  }
  if (!s.node([...canonicalPath, "models"]) && !s.insert(canonicalPath, "models", "[]")) return false;
  // The comments above the legacy provider go with its first model: nothing the user wrote is lost.
  const providerComments = s.leadingComments(legacyPath);
  for (const [n, i] of indexes.entries()) if (!s.copyItem([...legacyPath, "models", i], [...canonicalPath, "models"], n === 0 ? providerComments : [])) return false;
  return s.remove(legacyPath);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function modelIds(provider: JsonNode): string[] {
  const models = propertyValue(provider, "models");
  if (models?.type !== "array") return [];
  return models.children!.map((m) => valueOf(propertyValue(m, "id"))).filter((id): id is string => typeof id === "string");
}

function sameModel(a: JsonNode, b: JsonNode, id: string): boolean {
  const find = (p: JsonNode) => (propertyValue(p, "models")?.children ?? []).find((m) => valueOf(propertyValue(m, "id")) === id);
  return JSON.stringify(valueOf(find(a))) === JSON.stringify(valueOf(find(b)));
}

/** Renames the provider key to `openai`; a `codex` provider's models also get the Codex runtime (as doctor stamps them). */
function moveProvider(s: EditSession, id: string): boolean {
  if (!s.rename(["models", "providers", id], "openai")) return false;
  if (id.toLowerCase() !== "codex") return true;
  const models = s.node(["models", "providers", "openai", "models"]);
  const count = models?.type === "array" ? models.children!.length : 0;
  for (let i = 0; i < count; i++) {
    const runtime = s.node(["models", "providers", "openai", "models", i, "agentRuntime"]);
    const runtimeId = valueOf(propertyValue(runtime, "id"));
    if (runtime && runtimeId !== undefined && runtimeId !== "auto") continue;
    if (runtime?.type === "object" && runtimeId === "auto") {
      if (!replaceWith(s, ["models", "providers", "openai", "models", i, "agentRuntime", "id"], "codex")) return false;
    } else if (!runtime) {
      const text = formatValue({ id: "codex" }, detectStyle(s.doc), "");
      if (!s.insert(["models", "providers", "openai", "models", i], "agentRuntime", text)) return false;
    }
  }
  return true;
}

/** Keys whose string value is a model reference (OpenClaw's MODEL_REF_STRING_KEYS). */
const REF_KEYS = new Set(["model", "primary", "summaryModel", "imageModel", "utilityModel", "voiceModel", "imageGenerationModel", "musicGenerationModel", "pdfModel", "videoGenerationModel", "preferredModel", "image", "video", "music"]);
/** Keys whose array items are model references (MODEL_REF_ARRAY_KEYS). */
const REF_ARRAY_KEYS = new Set(["fallback", "fallbacks", "allowedModels", "modelFallbacks", "imageModelFallbacks"]);

function legacyRef(value: unknown): { model: string } | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*(openai-codex|codex)\/(.+?)\s*$/i.exec(value);
  if (!m) return undefined;
  // A retired Codex model is upgraded on the way (doctor's table, with the Codex overrides).
  const upgraded = upgradeModelRef(`${m[1]!.toLowerCase()}/${m[2]!}`);
  return { model: upgraded ? upgraded.slice(upgraded.indexOf("/") + 1) : m[2]! };
}

function keyOf(node: JsonNode): string | undefined {
  const parent = node.parent;
  if (parent?.type === "property") return parent.children![0]!.value as string;
  if (parent?.type === "array" && parent.parent?.type === "property") return parent.parent.children![0]!.value as string;
  return undefined;
}

function pathTo(node: JsonNode): JsonPath {
  const out: JsonPath = [];
  let at: JsonNode | undefined = node;
  while (at?.parent) {
    const parent: JsonNode = at.parent;
    if (parent.type === "property") out.unshift(parent.children![0]!.value as string);
    else if (parent.type === "array") out.unshift(parent.children!.indexOf(at));
    at = parent.type === "property" ? parent.parent : parent;
  }
  return out;
}

export function codexModelRefs(ctx: CustomContext): void {
  const visit = (node: JsonNode, path: JsonPath) => {
    if (node.type === "string") {
      const key = keyOf(node);
      const ref = legacyRef(node.value);
      const inArray = node.parent?.type === "array";
      const isRef = key !== undefined && (inArray ? REF_ARRAY_KEYS.has(key) || key === "allow" : REF_KEYS.has(key));
      if (ref && isRef) reportRef(ctx, node, ref.model);
      return;
    }
    if (node.type === "array") {
      node.children!.forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    if (node.type !== "object") return;
    for (const property of node.children!) {
      const key = property.children![0]!.value as string;
      const value = property.children![1];
      // models.providers holds provider definitions (model ids, not references).
      if (path.length === 1 && path[0] === "models" && key === "providers") continue;
      if (path[path.length - 1] === "models" && legacyRef(key)) reportMapKey(ctx, property, legacyRef(key)!.model);
      if (value) visit(value, [...path, key]);
    }
  };
  visit(ctx.root, []);
}

function runtimeFix(s: EditSession, model: string): boolean {
  const entryPath: JsonPath = ["agents", "defaults", "models", `openai/${model}`];
  const entry = s.node(entryPath);
  if (!entry) {
    // A models map that did not exist would read as a legacy override restriction (only its keys
    // allowed) unless the allowlist migration is marked as done: mark it, so nothing gets restricted.
    const creates = !s.node(["agents", "defaults", "models"]) && !s.node(["agents", "defaults", "modelPolicy"]);
    if (!s.insert(["agents", "defaults", "models"], `openai/${model}`, formatValue({ agentRuntime: { id: "codex" } }, detectStyle(s.doc), ""))) return false;
    return !creates || markAllowlistEvaluated(s);
  }
  if (entry.type !== "object") return s.fail(`agents.defaults.models["openai/${model}"] is not an object`);
  const runtime = propertyValue(entry, "agentRuntime");
  if (!runtime) return s.insert(entryPath, "agentRuntime", formatValue({ id: "codex" }, detectStyle(s.doc), ""));
  const id = valueOf(propertyValue(runtime, "id"));
  if (id === undefined) return s.insert([...entryPath, "agentRuntime"], "id", '"codex"');
  if (id === "auto") return replaceWith(s, [...entryPath, "agentRuntime", "id"], "codex");
  return true;
}

/** `meta.migrations.modelPolicyAllowlist: true`: agents.defaults.models is a catalog, not a restriction. */
export function markAllowlistEvaluated(s: EditSession): boolean {
  if (valueOf(s.node(["meta", "migrations", "modelPolicyAllowlist"])) === true) return true;
  if (s.node(["meta", "migrations", "modelPolicyAllowlist"])) return replaceWith(s, ["meta", "migrations", "modelPolicyAllowlist"], true);
  return s.insert(["meta", "migrations"], "modelPolicyAllowlist", "true");
}

function runtimeNote(root: JsonNode, model: string): string {
  const id = valueOf(nodeAtPath(root, ["agents", "defaults", "models", `openai/${model}`, "agentRuntime", "id"]));
  return id === undefined || id === "auto" ? ` and set \`agents.defaults.models["openai/${model}"].agentRuntime.id\` to "codex"` : "";
}

function reportRef(ctx: CustomContext, node: JsonNode, model: string): void {
  const path = pathTo(node);
  const next = `openai/${model}`;
  ctx.report(node, `"${node.value as string}" is a legacy Codex model reference: OpenClaw 2026.9.x names it "${next}" and runs it on the Codex runtime through agents.defaults.models["${next}"].agentRuntime.`, {
    title: `Replace with "${next}"${runtimeNote(ctx.root, model)}`,
    safe: true,
    apply: (s) => replaceWith(s, path, next) && runtimeFix(s, model),
  });
}

function reportMapKey(ctx: CustomContext, property: JsonNode, model: string): void {
  const key = property.children![0]!;
  const path = pathTo(key);
  const next = `openai/${model}`;
  const exists = propertyNode(property.parent, next);
  ctx.report(
    key,
    `"${key.value as string}" is a legacy Codex model reference: OpenClaw 2026.9.x names it "${next}" (with agentRuntime.id "codex").`,
    exists
      ? undefined
      : {
          title: `Rename the entry to "${next}" with agentRuntime.id "codex"`,
          safe: true,
          apply: (s) => {
            if (!s.rename(path, next)) return false;
            const objectPath = [...path.slice(0, -1), next];
            const entry = s.node(objectPath);
            if (entry?.type !== "object") return s.fail("the entry is not an object");
            const runtime = propertyValue(entry, "agentRuntime");
            if (!runtime) return s.insert(objectPath, "agentRuntime", formatValue({ id: "codex" }, detectStyle(s.doc), ""));
            const id = valueOf(propertyValue(runtime, "id"));
            if (id === undefined) return s.insert([...objectPath, "agentRuntime"], "id", '"codex"');
            return id === "auto" ? replaceWith(s, [...objectPath, "agentRuntime", "id"], "codex") : true;
          },
        },
  );
}
