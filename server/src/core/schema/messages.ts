import { dotPath } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { typeNames } from "./compile";

/** How a type is named in a message: "a string", "an object", "an integer". */
export function typePhrase(name: string): string {
  switch (name) {
    case "object":
      return "an object";
    case "array":
      return "an array";
    case "integer":
      return "an integer";
    case "null":
      return "null";
    default:
      return `a ${name}`;
  }
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** What a value node is, for "got ..." (never the value itself: it may be a secret). */
export function describeNode(node: JsonNode): string {
  switch (node.type) {
    case "number": {
      const value = node.value as number;
      if (!Number.isFinite(value)) return String(value);
      return Number.isInteger(value) ? "an integer" : "a number with a fraction";
    }
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    default:
      return typePhrase(node.type);
  }
}

export function expectedTypes(bits: number): string {
  const names = typeNames(bits);
  // A schema that says "number" accepts integers too; name it once.
  return orList(names.map(typePhrase));
}

/** A JSON literal for messages: `"open"`, `true`, `3`. */
export function literal(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Where something is, in words: "at the top level" or "in `models.providers.openai`". */
export function where(path: JsonPath): string {
  return path.length === 0 ? "at the top level" : `in \`${dotPath(path)}\``;
}

/** At most `max` items, then "and N more". */
export function truncatedList(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
