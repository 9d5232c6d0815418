/**
 * The provider ids OpenClaw 2026.9.6 knows without configuration: `BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS`
 * (dist/zod-schema.core-*.mjs, source src/config/model-provider-overlay-ids.ts), copied verbatim.
 * An entry under `models.providers` with one of these ids is an overlay on a bundled provider and may
 * omit `baseUrl` and `models`; any other id is a custom provider and must declare both.
 * `openai-codex` is deliberately absent: OpenClaw treats it as a custom (legacy) id.
 */
export const BUILT_IN_MODEL_PROVIDER_IDS: ReadonlySet<string> = new Set([
  "amazon-bedrock",
  "amazon-bedrock-mantle",
  "anthropic",
  "anthropic-vertex",
  "arcee",
  "azure-openai-responses",
  "byteplus",
  "byteplus-plan",
  "cerebras",
  "chutes",
  "claude-cli",
  "clawrouter",
  "cloudflare-ai-gateway",
  "codex",
  "comfy",
  "copilot-proxy",
  "dashscope",
  "deepinfra",
  "deepseek",
  "fal",
  "fireworks",
  "github-copilot",
  "gmi",
  "gmi-cloud",
  "gmicloud",
  "google",
  "google-antigravity",
  "google-gemini-cli",
  "google-vertex",
  "groq",
  "huggingface",
  "kilocode",
  "kimi",
  "kimi-coding",
  "litellm",
  "lmstudio",
  "meta",
  "microsoft-foundry",
  "minimax",
  "minimax-portal",
  "mistral",
  "modelstudio",
  "moonshot",
  "moonshot-ai",
  "moonshotai",
  "nvidia",
  "novita",
  "novita-ai",
  "novitaai",
  "ollama",
  "ollama-cloud",
  "openai",
  "opencode",
  "opencode-go",
  "openrouter",
  "qianfan",
  "qwen",
  "qwen-token-plan",
  "qwencloud",
  "sglang",
  "stepfun",
  "stepfun-plan",
  "synthetic",
  "tencent-tokenhub",
  "tencent-tokenplan",
  "together",
  "venice",
  "vercel-ai-gateway",
  "vllm",
  "volcengine",
  "volcengine-plan",
  "vydra",
  "x-ai",
  "xai",
  "xiaomi",
  "xiaomi-token-plan",
  "z.ai",
  "z-ai",
  "zai",
]);

/** OpenClaw's `normalizeProviderId`: trimmed and lower-cased. */
export function normalizeProviderId(providerId: string): string {
  return providerId.trim().toLowerCase();
}

/** Whether OpenClaw treats `models.providers.<providerId>` as an overlay on a bundled provider. */
export function isBuiltInProviderId(providerId: string): boolean {
  return BUILT_IN_MODEL_PROVIDER_IDS.has(normalizeProviderId(providerId));
}

/** Provider ids that OpenClaw 2026.9.x still reads but `openclaw doctor` merges into `openai`. */
export const LEGACY_OPENAI_PROVIDER_IDS: ReadonlySet<string> = new Set(["openai-codex", "codex"]);
