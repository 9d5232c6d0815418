/**
 * Secret values in a config (API keys, tokens, passwords, header values): found by the key they sit
 * under, so that no output of ours (CLI code frames, diffs, messages) ever prints them.
 */
import type { ConfigDocument } from "./document";
import type { JsonNode } from "./json5/ast";

/** Key names whose string value is a secret. Over-matching only masks a harmless value. */
const SECRET_KEY = /(api[-_]?key|key$|token|passw(or)?d|secret|credential|authorization|cookie|bearer|private|signing)/i;
/** Objects every string value of which is treated as secret (HTTP headers carry Authorization etc.). */
const SECRET_CONTAINERS = /^(headers|env|vars)$/i;

export interface SecretSpan {
  /** Offset of the string literal's content (inside the quotes). */
  offset: number;
  length: number;
  value: string;
}

function keyOf(node: JsonNode): string | undefined {
  const property = node.parent;
  if (property?.type !== "property" || property.children?.[1] !== node) return undefined;
  const key = property.children[0]?.value;
  return typeof key === "string" ? key : undefined;
}

/** Whether a string value node holds a secret: its key, or the key of an enclosing object, says so. */
export function isSecretValue(node: JsonNode): boolean {
  if (node.type !== "string") return false;
  // A property's key is a name, not a value (header names such as X-Token stay visible).
  if (node.parent?.type === "property" && node.parent.children?.[0] === node) return false;
  const key = keyOf(node);
  if (key !== undefined && SECRET_KEY.test(key)) return true;
  // A value inside `headers: { ... }` or `env: { vars: { ... } }`, possibly in an array there.
  for (let container = node.parent; container; container = container.parent) {
    if (container.type !== "object" && container.type !== "array" && container.type !== "property") continue;
    if (container.type === "object" || container.type === "array") {
      const containerKey = keyOf(container);
      if (containerKey !== undefined && SECRET_CONTAINERS.test(containerKey)) return true;
      if (containerKey !== undefined && SECRET_KEY.test(containerKey)) return true;
    }
  }
  return false;
}

/** Every secret string literal of the document, in document order. */
export function secretSpans(doc: ConfigDocument): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const visit = (node: JsonNode | undefined) => {
    if (!node) return;
    if (node.type === "string") {
      if (isSecretValue(node) && typeof node.value === "string" && node.value.length > 0) {
        const quoted = node.quote !== undefined;
        spans.push({ offset: node.offset + (quoted ? 1 : 0), length: Math.max(0, node.length - (quoted ? 2 : 0)), value: node.value });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc.root);
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
