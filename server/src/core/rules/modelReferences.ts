import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import { closest } from "../openclaw/closest";
import { parseModelRef } from "../openclaw/modelRefs";
import { KNOWN_MODEL_PROVIDER_IDS, normalizeProviderId } from "../openclaw/openclawData";
import type { Rule } from "./rule";

/** Legacy provider ids OpenClaw still resolves (doctor migrates them; the legacy rules say so). */
const LEGACY_PROVIDER_IDS = new Set(["openai-codex"]);

const AGENT_MODEL_KEYS = ["model", "utilityModel", "imageModel", "voiceModel", "pdfModel"];

/** A string, or a `{ primary, fallbacks[] }` selector: every model ref string in it. */
function selectorRefs(node: JsonNode | undefined, out: JsonNode[]): void {
  if (!node) return;
  if (node.type === "string") out.push(node);
  else if (node.type === "object") {
    const primary = propertyValue(node, "primary");
    if (primary?.type === "string") out.push(primary);
    const fallbacks = propertyValue(node, "fallbacks");
    if (fallbacks?.type === "array") out.push(...fallbacks.children!.filter((n) => n.type === "string"));
  }
}

function stringRef(node: JsonNode | undefined, out: JsonNode[]): void {
  if (node?.type === "string") out.push(node);
}

function agentRefs(agent: JsonNode | undefined, out: JsonNode[], isEntry: boolean): void {
  if (agent?.type !== "object") return;
  for (const key of AGENT_MODEL_KEYS) selectorRefs(propertyValue(agent, key), out);
  for (const capability of ["image", "video", "music"]) selectorRefs(nodeAtPath(agent, ["mediaModels", capability]), out);
  stringRef(nodeAtPath(agent, ["heartbeat", "model"]), out);
  selectorRefs(nodeAtPath(agent, ["subagents", "model"]), out);
  stringRef(nodeAtPath(agent, ["compaction", "model"]), out);
  stringRef(nodeAtPath(agent, ["compaction", "memoryFlush", "model"]), out);
  const models = propertyValue(agent, "models");
  if (models?.type === "object") out.push(...models.children!.map((p) => p.children![0]!));
  if (isEntry) {
    selectorRefs(nodeAtPath(agent, ["tools", "exec", "reviewer", "model"]), out);
    stringRef(nodeAtPath(agent, ["tts", "summaryModel"]), out);
  }
}

/** Every configured model reference, at the places OpenClaw's collectConfiguredModelRefs reads. */
export function configuredModelRefs(root: JsonNode): JsonNode[] {
  const out: JsonNode[] = [];
  selectorRefs(nodeAtPath(root, ["tools", "exec", "reviewer", "model"]), out);
  for (const capability of ["image", "audio", "video"]) stringRef(nodeAtPath(root, ["tools", "media", capability, "preferredModel"]), out);
  agentRefs(nodeAtPath(root, ["agents", "defaults"]), out, false);
  for (const agent of listAgentEntries(root)) agentRefs(agent.node, out, true);
  const modelByChannel = nodeAtPath(root, ["channels", "modelByChannel"]);
  if (modelByChannel?.type === "object") {
    for (const channel of modelByChannel.children!) {
      const map = channel.children![1];
      if (map?.type === "object") for (const target of map.children!) stringRef(target.children![1], out);
    }
  }
  const mappings = nodeAtPath(root, ["hooks", "mappings"]);
  if (mappings?.type === "array") for (const mapping of mappings.children!) stringRef(propertyValue(mapping, "model"), out);
  stringRef(nodeAtPath(root, ["hooks", "gmail", "model"]), out);
  stringRef(nodeAtPath(root, ["tts", "summaryModel"]), out);
  stringRef(nodeAtPath(root, ["channels", "discord", "voice", "model"]), out);
  stringRef(nodeAtPath(root, ["channels", "discord", "voice", "tts", "summaryModel"]), out);
  const accounts = nodeAtPath(root, ["channels", "discord", "accounts"]);
  if (accounts?.type === "object") {
    for (const account of accounts.children!) {
      stringRef(nodeAtPath(account.children![1], ["voice", "model"]), out);
      stringRef(nodeAtPath(account.children![1], ["voice", "tts", "summaryModel"]), out);
    }
  }
  return out;
}

/**
 * A `provider/model` reference (optionally `@profile`) whose provider is neither built into OpenClaw (a bundled
 * provider or overlay id) nor configured under models.providers. OpenClaw accepts the file but cannot resolve
 * the model at run time, so this is a warning. Bare model ids resolve through aliases and are not checked.
 */
export const unknownModelProvider: Rule = {
  code: "unknown-model-provider",
  severity: DiagnosticSeverity.Warning,
  summary: "A model reference whose provider is neither built into OpenClaw nor configured under models.providers.",
  check(ctx) {
    const configured = new Set<string>();
    const providers = nodeAtPath(ctx.root, ["models", "providers"]);
    if (providers?.type === "object") for (const p of providers.children!) configured.add(normalizeProviderId(String(p.children![0]!.value)));
    for (const node of configuredModelRefs(ctx.root)) {
      const ref = String(node.value).trim();
      if (ref.includes("${")) continue;
      const provider = parseModelRef(ref)?.provider;
      if (!provider) continue;
      if (KNOWN_MODEL_PROVIDER_IDS.has(provider) || configured.has(provider) || LEGACY_PROVIDER_IDS.has(provider)) continue;
      const suggestion = closest(provider, [...KNOWN_MODEL_PROVIDER_IDS, ...configured]);
      ctx.report({
        node,
        message:
          `Model "${ref}" names provider "${provider}", which is neither built into OpenClaw nor configured under models.providers: OpenClaw cannot resolve this model.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : ""),
      });
    }
  },
};
