/**
 * The values a reference field can take, for completion: model references (configured models, catalog
 * keys and aliases, provider wildcards where a list takes them, OpenClaw's bundled catalogs), agent ids,
 * provider ids and channel ids, each with what it is. Configured things sort before built-in ones.
 */
import { CompletionItemKind } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import { CHANNEL_IDS } from "../openclaw/openclawData";
import { BUILT_IN_PROVIDER_IDS, BUNDLED_CATALOGS, CATALOG_OPENCLAW_VERSION, knownProviderIds } from "../openclaw/providerCatalog";
import { isHeartbeatTarget, type ReferenceKind } from "../openclaw/referenceFields";
import { SPECIAL_TARGETS } from "../rules/heartbeatTarget";
import type { JsonPath } from "../types";

/** A value the field can take, before it is turned into a CompletionItem. */
export interface ValueCandidate {
  value: unknown;
  label?: string;
  detail?: string;
  documentation?: string;
  kind?: CompletionItemKind;
  deprecated?: boolean;
  /** Sorts candidates: lower groups first, then the order they were added in. */
  group: number;
  /** Inserted as a snippet instead of a literal (`{}` and `[]` placeholders). */
  snippet?: string;
  /** Open the suggestion list again once inserted (a folder of an `$include` path). */
  retrigger?: boolean;
}

/** Where a reference is being completed. */
export interface ReferenceScope {
  root: JsonNode | undefined;
  /** The JSON path of the value (or, for keys, of a key) being completed. */
  path: JsonPath;
  /** The field's description (a list's, for its items): says whether provider wildcards are accepted. */
  fieldDescription?: string;
}

export function referenceCandidates(scope: ReferenceScope, kind: ReferenceKind): ValueCandidate[] {
  switch (kind) {
    case "model":
      return modelCandidates(scope);
    case "agent":
      return agentCandidates(scope);
    case "provider":
      return providerCandidates(scope);
    case "channel":
      return channelCandidates(scope);
  }
}

function configuredProviders(scope: ReferenceScope): string[] {
  const providers = nodeAtPath(scope.root, ["models", "providers"]);
  if (providers?.type !== "object") return [];
  return providers.children!.map((property) => String(property.children![0]!.value)).filter((id) => id.trim() !== "");
}

function modelCandidates(scope: ReferenceScope): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  const root = scope.root;
  const providers = nodeAtPath(root, ["models", "providers"]);
  if (providers?.type === "object") {
    for (const property of providers.children!) {
      const provider = String(property.children![0]!.value).trim().toLowerCase();
      const models = propertyValue(property.children![1], "models");
      if (!provider || models?.type !== "array") continue;
      for (const item of models.children!) {
        const id = propertyValue(item, "id")?.value;
        if (typeof id !== "string" || !id.trim()) continue;
        const name = propertyValue(item, "name")?.value;
        out.push({
          value: `${provider}/${id.trim()}`,
          group: 0,
          kind: CompletionItemKind.Reference,
          detail: typeof name === "string" ? `${name} (configured)` : "configured",
          documentation: `Declared in \`models.providers.${provider}.models\`.`,
        });
      }
    }
  }
  const catalog = nodeAtPath(root, ["agents", "defaults", "models"]);
  if (catalog?.type === "object") {
    for (const property of catalog.children!) {
      const key = String(property.children![0]!.value);
      if (!key.includes("/")) continue;
      out.push({ value: key, group: 0, kind: CompletionItemKind.Reference, detail: "in agents.defaults.models" });
      const alias = propertyValue(property.children![1], "alias")?.value;
      if (typeof alias === "string" && alias.trim()) {
        out.push({ value: alias.trim(), group: 0, kind: CompletionItemKind.Reference, detail: `alias of ${key}` });
      }
    }
  }
  // Allowlists also take a whole provider (`openai/*`): configured providers, then bundled ones.
  if (/\bprovider wildcards?\b/i.test(scope.fieldDescription ?? "")) {
    const providers = [...configuredProviders(scope).map((id) => id.toLowerCase()), ...BUNDLED_CATALOGS.keys()];
    for (const provider of new Set(providers)) {
      out.push({ value: `${provider}/*`, group: 1, kind: CompletionItemKind.Reference, detail: `every ${provider} model` });
    }
  }
  for (const [provider, bundled] of BUNDLED_CATALOGS) {
    for (const model of bundled.models) {
      const facts = [
        model.contextWindow ? `context ${model.contextWindow.toLocaleString("en-US")} tokens` : undefined,
        model.input?.length ? `input: ${model.input.join(", ")}` : undefined,
        model.reasoning ? "reasoning" : undefined,
      ].filter(Boolean);
      out.push({
        value: `${provider}/${model.id}`,
        group: 2,
        kind: CompletionItemKind.Reference,
        detail: `${model.name ?? model.id}${model.status ? ` (${model.status})` : ""}`,
        documentation: `${model.name ?? model.id}: from OpenClaw ${CATALOG_OPENCLAW_VERSION}'s bundled \`${bundled.plugin}\` catalog.${facts.length ? `\n\n${facts.join(" · ")}` : ""}`,
        deprecated: model.status === "deprecated",
      });
    }
  }
  return out;
}

function agentCandidates(scope: ReferenceScope): ValueCandidate[] {
  const root = scope.root;
  if (!root) return [];
  const out: ValueCandidate[] = [];
  // The agents OpenClaw sees: `agents.entries` when present, otherwise the legacy `agents.list`.
  for (const entry of listAgentEntries(root)) {
    if (!entry.id?.trim()) continue;
    const name = propertyValue(entry.node, "name")?.value;
    out.push({ value: entry.id, group: 0, kind: CompletionItemKind.Reference, detail: typeof name === "string" ? `agent: ${name}` : "agent" });
  }
  return out;
}

function providerCandidates(scope: ReferenceScope): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  for (const id of configuredProviders(scope)) {
    out.push({ value: id, group: 0, kind: CompletionItemKind.Module, detail: "configured in models.providers" });
  }
  for (const id of knownProviderIds()) {
    out.push({ value: id, group: 2, kind: CompletionItemKind.Module, detail: providerDetail(id), documentation: providerDocumentation(id) });
  }
  return out;
}

function channelCandidates(scope: ReferenceScope): ValueCandidate[] {
  const out: ValueCandidate[] = [];
  if (isHeartbeatTarget(scope.path)) {
    // docs/gateway/heartbeat.md (openclaw 2026.9.6).
    const meanings: Record<string, string> = {
      owner: "default: the operator's DM (commands.ownerAllowFrom, then the channel's allowFrom)",
      last: "the most recent external conversation, groups included",
      none: "internal-only runs, nothing delivered",
    };
    for (const target of SPECIAL_TARGETS) out.push({ value: target, group: 0, kind: CompletionItemKind.EnumMember, detail: meanings[target] });
  }
  const channels = nodeAtPath(scope.root, ["channels"]);
  if (channels?.type === "object") {
    for (const property of channels.children!) {
      const id = String(property.children![0]!.value);
      if (id !== "defaults" && id !== "modelByChannel") out.push({ value: id, group: 0, kind: CompletionItemKind.Module, detail: "configured in channels" });
    }
  }
  for (const id of CHANNEL_IDS) out.push({ value: id, group: 2, kind: CompletionItemKind.Module, detail: "bundled channel" });
  return out;
}

function providerDetail(id: string): string {
  return BUILT_IN_PROVIDER_IDS.has(id) ? "built-in provider" : "bundled plugin provider";
}

function providerDocumentation(id: string): string {
  const bundled = BUNDLED_CATALOGS.get(id);
  const lines: string[] = [];
  if (BUILT_IN_PROVIDER_IDS.has(id)) {
    lines.push(`\`${id}\` is built into OpenClaw ${CATALOG_OPENCLAW_VERSION}: an entry here overlays it, so \`baseUrl\` and \`models\` may be left out.`);
  } else {
    lines.push(`\`${id}\` is registered by a bundled OpenClaw plugin; an entry under \`models.providers\` must declare \`baseUrl\` and \`models\`.`);
  }
  if (bundled?.baseUrl) lines.push(`Default base URL: \`${bundled.baseUrl}\``);
  if (bundled?.api) lines.push(`API: \`${bundled.api}\``);
  if (bundled?.models?.length) lines.push(`Bundled catalog: ${bundled.models.length} models`);
  return lines.join("\n\n");
}
