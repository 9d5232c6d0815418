/**
 * Retired model references (OpenClaw's models.canonical-model-refs, ported from
 * legacy-model-ref-normalization.ts of 2026.9.6): model ids that left the bundled catalogs and the one
 * each is upgraded to, for OpenAI, Groq, xAI and Anthropic's Claude families.
 */
import { propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { replaceWith } from "./engine";
import type { CustomContext } from "./types";

function modelTable(groups: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(groups).flatMap(([target, models]) => models.split(" ").map((model) => [model, target])));
}

const RETIRED_GROQ_MODELS = modelTable({
  "llama-3.3-70b-versatile": "deepseek-r1-distill-llama-70b llama3-70b-8192",
  "llama-3.1-8b-instant": "gemma2-9b-it llama3-8b-8192",
  "openai/gpt-oss-120b": "meta-llama/llama-4-maverick-17b-128e-instruct moonshotai/kimi-k2-instruct moonshotai/kimi-k2-instruct-0905",
  "qwen/qwen3-32b": "mistral-saba-24b qwen-qwq-32b",
});
const RETIRED_XAI_MODELS = modelTable({
  "grok-build-0.1": "grok-code-fast grok-code-fast-1 grok-code-fast-1-0825",
  "grok-4.3": "grok-4-fast-reasoning grok-4-1-fast-reasoning grok-4-0709",
  "grok-imagine-image-quality": "grok-imagine-image-pro",
});
const RETIRED_OPENAI_MODELS = modelTable({
  "gpt-5.3-codex": "gpt-5.2-codex gpt-5.1-codex gpt-5-codex",
  "gpt-5.5-pro": "gpt-5-pro gpt-5.2-pro",
  "gpt-5.4-nano": "gpt-4.1-nano gpt-5-nano",
  "gpt-5.4-mini": "gpt-4.1-mini gpt-4o-mini gpt-5.1-codex-mini gpt-5-mini",
  "gpt-5.5":
    "gpt-4 gpt-4-turbo gpt-4.1 gpt-4o gpt-4o-2024-05-13 gpt-4o-2024-08-06 gpt-4o-2024-11-20 gpt-5 gpt-5-chat-latest gpt-5.1 gpt-5.1-chat-latest gpt-5.1-codex-max gpt-5.2 gpt-5.2-chat-latest",
});
const RETIRED_CODEX_MODEL_OVERRIDES = modelTable({
  "gpt-5.5": "gpt-5.2 gpt-5.2-codex gpt-5.1-codex gpt-5-codex",
  "gpt-5.4-mini": "gpt-4.1-nano gpt-5-nano",
});

function applyTable(model: string, table: Record<string, string>, overrides?: Record<string, string>): string | undefined {
  if (overrides && Object.hasOwn(overrides, model)) return overrides[model];
  return Object.hasOwn(table, model) ? table[model] : undefined;
}

/** `provider/model@profile`, keeping date (`@20250101`) and quantization (`@q4_k_m`) suffixes in the model (splitTrailingAuthProfile). */
export function splitProfile(raw: string): { model: string; profile?: string } {
  const trimmed = raw.trim();
  if (!trimmed) return { model: "" };
  const lastSlash = trimmed.lastIndexOf("/");
  let at = trimmed.indexOf("@", lastSlash + 1);
  if (at <= 0) return { model: trimmed };
  const suffix = () => trimmed.slice(at + 1);
  if (/^\d{8}(?:@|$)/.test(suffix())) {
    const next = trimmed.indexOf("@", at + 9);
    if (next < 0) return { model: trimmed };
    at = next;
  }
  if (/^(?:i?q\d+(?:_[a-z0-9]+)*|\d+bit)(?:@|$)/i.test(suffix())) {
    const next = trimmed.indexOf("@", at + 1);
    if (next < 0) return { model: trimmed };
    at = next;
  }
  const model = trimmed.slice(0, at).trim();
  const profile = trimmed.slice(at + 1).trim();
  return model && profile ? { model, profile } : { model: trimmed };
}

const claudeSeparator = (provider: string | undefined) => (provider === "github-copilot" || provider === "copilot-proxy" ? "." : "-");
function claudeTarget(family: "opus" | "sonnet", separator: string, provider: string | undefined): string {
  const version = family === "opus" && provider !== "venice" && provider !== "vercel-ai-gateway" ? "4.7" : "4.6";
  return `claude-${family}-${separator === "." ? version : version.replace(".", "-")}`;
}
const upgradesClaude = (provider: string | undefined) => !provider || ["anthropic", "github-copilot", "copilot-proxy", "venice", "vercel-ai-gateway"].includes(provider);
function retiredPrefix(normalized: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => normalized === prefix || (normalized.startsWith(prefix) && "-.:@".includes(normalized[prefix.length] ?? "x")));
}
const RETIRED_OPUS_ALIASES = new Set("opus-4.5 opus-4.1 opus-4 opus-3".split(" "));
const RETIRED_SONNET_ALIASES = new Set("sonnet-4.5 sonnet-4.1 sonnet-4.0 sonnet-4 sonnet-3.7 sonnet-3.5 sonnet-3 haiku-3.5 haiku-3".split(" "));

function upgradeClaudeToken(token: string, separator: string, provider: string | undefined): string | undefined {
  const n = token.trim().toLowerCase();
  if (!n) return undefined;
  const opus = claudeTarget("opus", separator, provider);
  const sonnet = claudeTarget("sonnet", separator, provider);
  if (["claude-opus-4-7", "claude-opus-4.7", "claude-opus-4-6", "claude-opus-4.6", "claude-sonnet-4-6", "claude-sonnet-4.6"].some((p) => n.startsWith(p))) return undefined;
  if (n.startsWith("claude-haiku-4-5") || n.startsWith("claude-haiku-4.5")) return undefined;
  if (n === "claude-opus-4" || retiredPrefix(n, ["claude-opus-4-5", "claude-opus-4.5", "claude-opus-4-1", "claude-opus-4.1", "claude-opus-4-0", "claude-opus-4.0"]) || /^claude-opus-4-20\d{6}/.test(n)) return opus;
  if (n === "claude-sonnet-4" || retiredPrefix(n, ["claude-sonnet-4-5", "claude-sonnet-4.5", "claude-sonnet-4-1", "claude-sonnet-4.1", "claude-sonnet-4-0", "claude-sonnet-4.0"]) || /^claude-sonnet-4-20\d{6}/.test(n)) return sonnet;
  if (n.startsWith("claude-3") && n.includes("opus")) return opus;
  if (n.startsWith("claude-3") && (n.includes("sonnet") || n.includes("haiku"))) return sonnet;
  if (n.startsWith("anthropic.claude-opus-")) {
    if (provider === "amazon-bedrock" || provider === "amazon-bedrock-mantle") return undefined;
    if (n.startsWith("anthropic.claude-opus-4-7") || n.startsWith("anthropic.claude-opus-4-6")) return undefined;
    return `anthropic.${claudeTarget("opus", "-", provider)}`;
  }
  if (n.startsWith("anthropic.claude-sonnet-") || n.startsWith("anthropic.claude-haiku-")) {
    if (provider === "amazon-bedrock" || provider === "amazon-bedrock-mantle") return undefined;
    if (n.startsWith("anthropic.claude-sonnet-4-6")) return undefined;
    return `anthropic.${claudeTarget("sonnet", "-", provider)}`;
  }
  if (RETIRED_OPUS_ALIASES.has(n)) return opus;
  if (RETIRED_SONNET_ALIASES.has(n)) return sonnet;
  return undefined;
}

function upgradeClaudeModel(model: string, provider: string | undefined): string | undefined {
  const separator = claudeSeparator(provider);
  const parts = model.split("/");
  const last = parts[parts.length - 1];
  if (last) {
    const upgraded = upgradeClaudeToken(last, separator, provider);
    if (upgraded) return [...parts.slice(0, -1), upgraded].join("/");
  }
  return upgradeClaudeToken(model, separator, provider);
}

/** The current form of a retired model reference, or undefined when it is current (canonicalizeKnownModelRef). */
export function upgradeModelRef(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const split = splitProfile(trimmed);
  const slash = split.model.indexOf("/");
  const provider = slash > 0 ? split.model.slice(0, slash).trim() : undefined;
  const model = slash > 0 ? split.model.slice(slash + 1).trim() : split.model;
  const p = provider?.toLowerCase();
  const m = model.toLowerCase();
  const profile = split.profile ? `@${split.profile}` : "";
  if (p === "openai" && m === "gpt-5.6") return `${provider}/gpt-5.6-sol${profile}`;
  const owner =
    p === "groq"
      ? applyTable(m, RETIRED_GROQ_MODELS)
      : p === "xai"
        ? applyTable(m, RETIRED_XAI_MODELS)
        : p === "openai" || p === "openai-codex" || p === "github-copilot"
          ? applyTable(m, RETIRED_OPENAI_MODELS, p === "openai-codex" ? RETIRED_CODEX_MODEL_OVERRIDES : undefined)
          : undefined;
  if (owner) return `${provider}/${owner}${profile}`;
  if ((p === "github-copilot" || p === "copilot-proxy") && m === "grok-code-fast-1") return `${provider}/gpt-5.4-mini${profile}`;
  if (!upgradesClaude(p)) return undefined;
  const upgraded = upgradeClaudeModel(model, p);
  if (!upgraded || upgraded === model) return undefined;
  return `${provider ? `${provider}/${upgraded}` : upgraded}${profile}`;
}

/** Keys whose string value is a model reference (MODEL_REF_STRING_KEYS). */
const STRING_KEYS = new Set(["model", "primary", "summaryModel", "imageModel", "utilityModel", "voiceModel", "imageGenerationModel", "musicGenerationModel", "pdfModel", "videoGenerationModel", "preferredModel"]);
/** Keys whose array items are model references (MODEL_REF_ARRAY_KEYS). */
const ARRAY_KEYS = new Set(["fallback", "fallbacks", "allowedModels", "modelFallbacks", "imageModelFallbacks"]);
const SECTIONS = new Set(["agents", "plugins", "messages", "tools", "hooks", "channels", "models"]);

const isCodexRef = (value: string) => /^\s*(openai-codex|codex)\//i.test(value);

/** Every retired model reference in the sections doctor rewrites, each with a fix to its successor. */
export function retiredModelRefs(ctx: CustomContext): void {
  const reportValue = (node: JsonNode, path: JsonPath) => {
    const value = node.value as string;
    if (isCodexRef(value)) return; // codexRoutes rewrites these (through the same table).
    const next = upgradeModelRef(value);
    if (!next || next === value) return;
    ctx.report(node, `"${value}" is a retired model: OpenClaw 2026.9.6 upgrades it to "${next}".`, {
      title: `Replace with "${next}"`,
      safe: true,
      apply: (s) => replaceWith(s, path, next),
    }, "warning");
  };
  const visit = (node: JsonNode, path: JsonPath) => {
    const key = path[path.length - 1];
    const parentKey = path[path.length - 2];
    if (node.type === "string") {
      const dotted = path.join(".");
      const isRef =
        typeof key === "string"
          ? STRING_KEYS.has(key) || dotted.includes(".modelByChannel.") || (["image", "video", "music"].includes(key) && parentKey === "mediaModels")
          : typeof parentKey === "string" && (ARRAY_KEYS.has(parentKey) || (parentKey === "allow" && path[path.length - 3] === "modelPolicy"));
      if (isRef) reportValue(node, path);
      return;
    }
    if (node.type === "array") {
      node.children!.forEach((child, i) => visit(child, [...path, i]));
      return;
    }
    if (node.type !== "object") return;
    // Provider catalogs: models.providers.<id>.models[].id.
    if (path.length === 2 && path[0] === "models" && path[1] === "providers") {
      for (const provider of node.children!) {
        const providerId = provider.children![0]!.value as string;
        const models = propertyValue(provider.children![1], "models");
        if (models?.type !== "array") continue;
        const ids = models.children!.map((m) => propertyValue(m, "id")?.value);
        models.children!.forEach((model, i) => {
          const idNode = propertyValue(model, "id");
          if (idNode?.type !== "string") return;
          const upgraded = upgradeModelRef(`${providerId}/${idNode.value as string}`);
          if (!upgraded || !upgraded.toLowerCase().startsWith(`${providerId.toLowerCase()}/`)) return;
          const nextId = upgraded.slice(providerId.length + 1);
          if (nextId === idNode.value) return;
          const taken = ids.includes(nextId);
          ctx.report(
            idNode,
            `Model "${idNode.value as string}" of provider "${providerId}" is retired: OpenClaw 2026.9.6 upgrades it to "${nextId}"${taken ? ", which this provider already lists (merge the two entries by hand)" : ""}.`,
            taken ? undefined : { title: `Replace with "${nextId}"`, safe: true, apply: (s) => replaceWith(s, ["models", "providers", providerId, "models", i, "id"], nextId) },
            "warning",
          );
        });
      }
      return;
    }
    for (const property of node.children!) {
      const childKey = property.children![0]!.value as string;
      const value = property.children![1];
      if (path.length === 0 && !SECTIONS.has(childKey)) continue;
      // Keys of a model map (agents.defaults.models["anthropic/claude-3-opus"]).
      if (key === "models" && !isCodexRef(childKey)) {
        const next = upgradeModelRef(childKey);
        if (next && next !== childKey) {
          const taken = node.children!.some((p) => p.children![0]!.value === next);
          ctx.report(
            property.children![0]!,
            `"${childKey}" is a retired model: OpenClaw 2026.9.6 upgrades the entry to "${next}"${taken ? ", which is already listed (merge the two entries by hand)" : ""}.`,
            taken ? undefined : { title: `Rename the entry to "${next}"`, safe: true, apply: (s) => s.rename([...path, childKey], next) },
            "warning",
          );
        }
      }
      if (value) visit(value, [...path, childKey]);
    }
  };
  visit(ctx.root, []);
}
