/**
 * OpenClaw's `isSensitiveConfigPath` (openclaw 2026.9.6, src/config/sensitive-paths.ts), ported line for
 * line: the config paths whose values OpenClaw redacts from UI and API output. It works from the path's
 * words, so plugin-owned fields the schema does not mark are covered too. Together with the schema's
 * `x-sensitive`, it decides which values hover, logs and CLI output must never show.
 */

/** Non-secret field names that happen to match a secret pattern (`maxTokens` ends in "token"…). */
const SENSITIVE_KEY_WHITELIST_SUFFIXES = [
  "maxtokens",
  "maxoutputtokens",
  "maxinputtokens",
  "maxcompletiontokens",
  "contexttokens",
  "totaltokens",
  "tokencount",
  "tokenlimit",
  "tokenbudget",
  "passwordfile",
];

const SENSITIVE_PATTERNS = [/token$/i, /password/i, /secret/i, /api.?key/i, /encrypt.?key/i, /private.?key/i, /serviceaccount(?:ref)?$/i];

/** Whether OpenClaw treats the value at this dot-path (`models.providers.openai.apiKey`) as a secret. */
export function isSensitiveConfigPath(path: string): boolean {
  const lowerPath = path.trim().toLowerCase();
  return (
    lowerPath.includes("localservice.env.") ||
    (!SENSITIVE_KEY_WHITELIST_SUFFIXES.some((suffix) => lowerPath.endsWith(suffix)) && SENSITIVE_PATTERNS.some((pattern) => pattern.test(path)))
  );
}
