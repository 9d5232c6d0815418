import { DiagnosticSeverity, type DiagnosticRelatedInformation } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import { replaceStringValue } from "../edits/strings";
import type { JsonNode } from "../json5/ast";
import { CANONICAL_CODEX_BASE_URL, LEGACY_CHATGPT_PATHS, classifyOpenAIBaseUrl } from "../openclaw/baseUrl";
import { parseModelRef } from "../openclaw/modelRefs";
import { DEFAULT_PROVIDER } from "../openclaw/references";
import type { Fix } from "../types";
import type { Rule, RuleContext } from "./rule";

/** Every `baseUrl` string a provider declares: its own and those of its `models[]` entries. */
export function* providerBaseUrls(root: JsonNode): Generator<{ providerId: string; node: JsonNode }> {
  const providers = nodeAtPath(root, ["models", "providers"]);
  if (providers?.type !== "object") return;
  for (const property of providers.children!) {
    const providerId = property.children![0]!.value as string;
    const provider = property.children![1];
    const own = propertyValue(provider, "baseUrl");
    if (own?.type === "string") yield { providerId, node: own };
    const models = propertyValue(provider, "models");
    if (models?.type !== "array") continue;
    for (const model of models.children!) {
      const url = propertyValue(model, "baseUrl");
      if (url?.type === "string") yield { providerId, node: url };
    }
  }
}

/** The canonical form of a legacy ChatGPT base URL, changing only its path. */
export function canonicalCodexUrl(value: string): string {
  const lead = value.length - value.trimStart().length;
  const trimmed = value.trim();
  const pathStart = trimmed.indexOf("/", trimmed.indexOf("//") + 2);
  const path = pathStart < 0 ? "" : trimmed.slice(pathStart);
  const slash = path.endsWith("/") ? "/" : "";
  let newPath: string;
  if (path === "/backend-api" || path === "/backend-api/") newPath = `/backend-api/codex${slash}`;
  else if (path === "/backend-api/v1" || path === "/backend-api/v1/") newPath = `/backend-api/codex${slash}`;
  else return value.slice(0, lead) + CANONICAL_CODEX_BASE_URL + value.slice(lead + trimmed.length);
  return value.slice(0, lead) + trimmed.slice(0, pathStart) + newPath + value.slice(lead + trimmed.length);
}

const IMAGE_MODEL_SETTINGS = [
  ["agents", "defaults", "mediaModels", "image"],
  ["agents", "defaults", "imageGenerationModel"],
];

/** Settings that route image generation through an OpenAI image model of this provider. */
function imageSettingsUsing(ctx: RuleContext, providerId: string): DiagnosticRelatedInformation[] {
  const related: DiagnosticRelatedInformation[] = [];
  for (const path of IMAGE_MODEL_SETTINGS) {
    const setting = nodeAtPath(ctx.root, path);
    const refs: JsonNode[] = [];
    if (setting?.type === "string") refs.push(setting);
    else if (setting?.type === "object") {
      const primary = propertyValue(setting, "primary");
      if (primary?.type === "string") refs.push(primary);
      const fallbacks = propertyValue(setting, "fallbacks");
      if (fallbacks?.type === "array") refs.push(...fallbacks.children!.filter((n) => n.type === "string"));
    }
    for (const ref of refs) {
      const value = ref.value as string;
      const parsed = parseModelRef(value);
      if (!parsed) continue;
      const provider = parsed.provider ?? DEFAULT_PROVIDER;
      const model = parsed.model;
      const openaiFamily = ["openai", "openai-codex", "codex"].includes(provider) && /image/i.test(model);
      if (provider === providerId.toLowerCase() || openaiFamily) {
        related.push({
          location: { uri: ctx.doc.uri, range: ctx.doc.nodeRange(ref) },
          message: `Image generation uses ${value} (${path.join(".")}): on OpenClaw 2026.4.23-24 these requests got HTTP 403 and were silently served by another provider.`,
        });
      }
    }
  }
  return related;
}

export const legacyCodexBaseUrl: Rule = {
  code: "legacy-codex-base-url",
  severity: DiagnosticSeverity.Warning,
  summary: "A ChatGPT/Codex base URL without /codex: OpenClaw 2026.4.23-24 sent image requests to a retired endpoint (HTTP 403).",
  check(ctx) {
    for (const { providerId, node } of providerBaseUrls(ctx.root)) {
      const value = node.value as string;
      if (value.includes("${")) continue;
      const kind = classifyOpenAIBaseUrl(value);
      if (kind.kind !== "chatgpt" || !LEGACY_CHATGPT_PATHS.has(kind.path ?? "")) continue;
      const fixed = canonicalCodexUrl(value);
      const fix: Fix = {
        title: kind.path!.startsWith("/backend-api/v1")
          ? "Replace /v1 with /codex in the Codex base URL"
          : "Insert /codex into the Codex base URL",
        edits: [replaceStringValue(ctx.doc, node, fixed)],
        isPreferred: true,
        safe: true,
      };
      const related = imageSettingsUsing(ctx, providerId);
      ctx.report({
        node,
        message:
          `Legacy Codex base URL for provider "${providerId}": ${value.trim()} has no /codex. ` +
          "OpenClaw 2026.4.23-24 sent image requests to <baseUrl>/responses, a retired endpoint: HTTP 403, and the image was silently generated by another provider. " +
          `Newer versions rewrite it at run time, but the canonical value is ${CANONICAL_CODEX_BASE_URL}: use it.`,
        fixes: [fix],
        ...(related.length > 0 ? { relatedInformation: related } : {}),
      });
    }
  },
};

export const invalidCodexBaseUrl: Rule = {
  code: "invalid-codex-base-url",
  severity: DiagnosticSeverity.Warning,
  summary: "A chatgpt.com base URL that OpenClaw classifies as invalid (http, another port, a query or fragment, an unknown path).",
  check(ctx) {
    for (const { providerId, node } of providerBaseUrls(ctx.root)) {
      const value = node.value as string;
      if (value.includes("${")) continue;
      const kind = classifyOpenAIBaseUrl(value);
      if (kind.kind !== "invalid" || kind.host !== "chatgpt.com") continue;
      const fix: Fix = {
        title: `Replace with ${CANONICAL_CODEX_BASE_URL}`,
        edits: [replaceStringValue(ctx.doc, node, CANONICAL_CODEX_BASE_URL)],
        isPreferred: true,
      };
      ctx.report({
        node,
        message:
          `OpenClaw does not accept this ChatGPT base URL for provider "${providerId}": ${kind.reason}. ` +
          `It treats the endpoint as invalid; use ${CANONICAL_CODEX_BASE_URL}.`,
        fixes: [fix],
      });
    }
  },
};
