import { CANONICAL_CODEX_BASE_URL, LEGACY_CHATGPT_PATHS, classifyOpenAIBaseUrl } from "./baseUrl";

/** What a `baseUrl` value points at, in words, as OpenClaw's own classification sees it. */
export interface EndpointDescription {
  kind: "chatgpt-canonical" | "chatgpt-legacy" | "platform" | "local" | "custom" | "invalid" | "empty" | "variable";
  /** One markdown sentence (or two). Never contains credentials, query strings or custom paths. */
  text: string;
}

const ENV_REFERENCE = /\$\{([A-Z_][A-Z0-9_]*)\}/g;

/**
 * Describes a base URL for hover text. Only parts that cannot carry a secret are echoed: a custom
 * endpoint shows its host name (paths, user info and query strings of proxies may hold tokens), the
 * ChatGPT and OpenAI hosts show their well-known paths.
 */
export function describeBaseUrl(value: string): EndpointDescription {
  const variables = [...value.matchAll(ENV_REFERENCE)].map((match) => match[1]!);
  if (variables.length > 0) {
    const names = [...new Set(variables)].map((name) => `\`\${${name}}\``).join(", ");
    return {
      kind: "variable",
      text: `Substituted from the environment (${names}) when OpenClaw loads the config: the endpoint kind depends on the value at run time.`,
    };
  }
  const classification = classifyOpenAIBaseUrl(value);
  switch (classification.kind) {
    case "unresolved":
      return { kind: "empty", text: "Empty: OpenClaw keeps the provider's default endpoint (for the OpenAI adapters, `api.openai.com`)." };
    case "platform":
      return { kind: "platform", text: "**OpenAI platform API** (`api.openai.com`): the official API-key endpoint." };
    case "chatgpt":
      if (LEGACY_CHATGPT_PATHS.has(classification.path ?? "")) {
        return {
          kind: "chatgpt-legacy",
          text:
            `**ChatGPT/Codex backend, legacy form** (\`${classification.path}\`, no \`/codex\`). ` +
            "OpenClaw 2026.4.23-24 sent image requests from it to a retired endpoint (HTTP 403) and silently fell back to another provider; " +
            `newer versions rewrite it at run time. Canonical: \`${CANONICAL_CODEX_BASE_URL}\`.`,
        };
      }
      return {
        kind: "chatgpt-canonical",
        text: `**ChatGPT/Codex backend, canonical** (\`chatgpt.com${classification.path}\`): ChatGPT sign-in (Codex) Responses endpoint.`,
      };
    case "custom": {
      const host = classification.host ?? "";
      if (isLocalHost(host)) {
        return {
          kind: "local",
          text: `**Local or private-network server** (\`${host}\`): a custom endpoint; OpenClaw passes it through unchanged and trusts this exact origin for model requests.`,
        };
      }
      return {
        kind: "custom",
        text: `**Custom endpoint** (\`${host}\`): a proxy or third-party API; OpenClaw passes it through unchanged.`,
      };
    }
    case "invalid":
      return { kind: "invalid", text: `**Invalid**: OpenClaw rejects this endpoint because ${classification.reason ?? "it does not parse"}.` };
  }
}

/** Loopback, private and link-local hosts, `.local` names and bare host names (no dot). */
function isLocalHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost" || bare.endsWith(".localhost") || bare.endsWith(".local") || bare === "::1" || bare === "0.0.0.0") return true;
  if (!bare.includes(".") && !bare.includes(":")) return true;
  const octets = bare.split(".").map(Number);
  if (octets.length === 4 && octets.every((n) => Number.isInteger(n) && n >= 0 && n <= 255)) {
    const [a, b] = octets as [number, number, number, number];
    return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
  }
  return /^f[cd]/i.test(bare) || /^fe80:/i.test(bare);
}
