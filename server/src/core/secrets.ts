/**
 * Secret values in a config (API keys, tokens, passwords, header values), located in the text so that
 * no output of ours (CLI code frames, diffs, messages) ever prints them. Which values are secret is
 * decided in one place for every output: openclaw/secrets.ts.
 */
import type { ConfigDocument } from "./document";
import type { JsonNode } from "./json5/ast";
import { ROOT_PLACE, childPlace, looksLikeSecretValue, type SecretPlace } from "./openclaw/secrets";

export interface SecretSpan {
  /** Offset of the string literal's content (inside the quotes). */
  offset: number;
  length: number;
  value: string;
}

/** Every secret string literal of the document, in document order. */
export function secretSpans(doc: ConfigDocument): SecretSpan[] {
  const spans: SecretSpan[] = [];
  // Secrecy is carried down the walk (childPlace) rather than judged again from each string's path.
  const visit = (node: JsonNode | undefined, place: SecretPlace) => {
    if (!node) return;
    if (node.type === "string") {
      const value = node.value;
      if (typeof value === "string" && value.length > 0 && (place.secret || looksLikeSecretValue(value))) {
        const quoted = node.quote !== undefined;
        spans.push({ offset: node.offset + (quoted ? 1 : 0), length: Math.max(0, node.length - (quoted ? 2 : 0)), value });
      }
      return;
    }
    if (node.type === "array") node.children?.forEach((item, index) => visit(item, childPlace(place, index)));
    else if (node.type === "object") {
      for (const property of node.children ?? []) {
        const key = property.children?.[0]?.value;
        // Keys are names, not values (header names such as X-Token stay visible).
        if (typeof key === "string") visit(property.children?.[1], childPlace(place, key));
      }
    }
  };
  visit(doc.root, ROOT_PLACE);
  return spans;
}

/** `text` with every secret span replaced by as many `*` (lengths kept so columns still line up). */
export function maskSecrets(text: string, spans: readonly SecretSpan[]): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.offset < at) continue;
    out += text.slice(at, span.offset) + "*".repeat(span.length);
    at = span.offset + span.length;
  }
  return out + text.slice(at);
}

/** A message with any secret value it quotes replaced (rules should never quote one; this makes sure). */
export function scrubSecrets(message: string, spans: readonly SecretSpan[]): string {
  let out = message;
  for (const { value } of spans) {
    // Very short values would mask ordinary words; they are not meaningful secrets either.
    if (value.trim().length >= 4) out = out.split(value).join("<redacted>");
  }
  return out;
}
