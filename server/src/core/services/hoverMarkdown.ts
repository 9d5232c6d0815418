/**
 * Markdown building blocks for hovers: one section per fact (name, path, description, type, values,
 * default, example), in a fixed order so every hover reads the same.
 */

/** `text` as inline code, safe for any content (backticks included). */
export function inlineCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, " ");
  const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A literal value as JSON5 would show it: strings quoted, the rest as written. */
export function literalText(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** A fenced JSON5 code block (the fence grows when the snippet itself contains backticks). */
export function json5Block(snippet: string): string {
  const longestRun = Math.max(2, ...[...snippet.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}json5\n${snippet}\n${fence}`;
}

export interface ValueOption {
  value: unknown;
  description?: string;
}

/**
 * A bullet list of allowed values, the current one(s) marked. `current` holds the literal values the
 * document has now (one for a scalar, several for an array of enum items).
 */
export function valueList(options: readonly ValueOption[], current: readonly unknown[]): string {
  return options
    .map((option) => {
      const isCurrent = current.some((value) => Object.is(value, option.value));
      const code = inlineCode(literalText(option.value));
      const head = isCurrent ? `**${code}** (current)` : code;
      return option.description ? `- ${head}: ${option.description}` : `- ${head}`;
    })
    .join("\n");
}

/** Joins sections with blank lines (markdown paragraphs), skipping empty ones. */
export function sections(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part.length > 0).join("\n\n");
}
