/**
 * OpenClaw's classification of an OpenAI-family base URL, ported line for line from
 * `classifyOpenAIBaseUrl` (openclaw 2026.9.6, source `extensions/openai/base-url.ts`): the
 * ChatGPT/Codex backend, the OpenAI platform API, a custom endpoint (proxy, localhost, any other
 * host), or invalid. We add the reason for `invalid`, so a diagnostic can say why.
 */
export type BaseUrlKind = "chatgpt" | "platform" | "custom" | "invalid" | "unresolved";

export interface BaseUrlClassification {
  kind: BaseUrlKind;
  /** The host OpenClaw compared (lower case, trailing dot removed), when the URL parsed. */
  host?: string;
  /** The URL's path as `new URL` normalized it. */
  path?: string;
  /** For `invalid`: why OpenClaw rejects it, in plain words. */
  reason?: string;
}

export const CANONICAL_CODEX_BASE_URL = "https://chatgpt.com/backend-api/codex";

const OPENAI_PLATFORM_PATHS = new Set(["/", "/v1", "/v1/"]);
const OPENAI_CHATGPT_PATHS = new Set([
  "/backend-api",
  "/backend-api/",
  "/backend-api/v1",
  "/backend-api/v1/",
  "/backend-api/codex",
  "/backend-api/codex/",
  "/backend-api/codex/v1",
  "/backend-api/codex/v1/",
  "/backend-api/codex/responses",
  "/backend-api/codex/responses/",
]);

/** Accepted ChatGPT paths without `/codex`: OpenClaw 2026.4.23-24 posted images to `<base>/responses` from them. */
export const LEGACY_CHATGPT_PATHS = new Set(["/backend-api", "/backend-api/", "/backend-api/v1", "/backend-api/v1/"]);

export function classifyOpenAIBaseUrl(baseUrl: unknown): BaseUrlClassification {
  if (baseUrl === undefined || baseUrl === null || baseUrl === "") return { kind: "unresolved" };
  if (typeof baseUrl !== "string") return { kind: "invalid", reason: "it is not a string" };
  const trimmed = baseUrl.trim();
  if (!trimmed) return { kind: "unresolved" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { kind: "invalid", reason: "it is not a valid URL" };
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
    return { kind: "invalid", reason: "it is not an http(s) URL" };
  }
  if (url.username || url.password) return { kind: "invalid", reason: "it contains a user name or password" };
  const rawHost = url.hostname.toLowerCase();
  const host = rawHost.endsWith(".") ? rawHost.slice(0, -1) : rawHost;
  const path = url.pathname;
  if (host !== "api.openai.com" && host !== "chatgpt.com") return { kind: "custom", host, path };
  const invalid = (reason: string): BaseUrlClassification => ({ kind: "invalid", host, path, reason });
  if (url.protocol !== "https:") return invalid("it uses http; OpenClaw requires https for this host");
  if (url.port) return invalid(`it names port ${url.port}; only the default port 443 is accepted`);
  if (url.search) return invalid("it has a query string");
  if (url.hash) return invalid("it has a #fragment");
  if (host === "api.openai.com" && OPENAI_PLATFORM_PATHS.has(path)) return { kind: "platform", host, path };
  if (host === "chatgpt.com" && OPENAI_CHATGPT_PATHS.has(path)) return { kind: "chatgpt", host, path };
  return invalid(
    host === "chatgpt.com"
      ? `the path ${path} is not a ChatGPT backend path OpenClaw knows (use /backend-api/codex)`
      : `the path ${path} is not an OpenAI API path OpenClaw knows (use /v1)`,
  );
}
