/**
 * The merged config as JSON5 text, so that the rules (which work on a document's syntax tree) can run
 * on the merged result unchanged; every key and value literal of that text remembers its origin.
 */
import type { JsonNode } from "../json5/ast";
import type { KeyOrigin, MergedValue, Origin } from "./merged";

export interface SerializedMerge {
  text: string;
  /** Origin of the value literal starting at each offset, with the literal's length in `text`. */
  values: Map<number, { origin: Origin; length: number }>;
  /** Origin of the key literal starting at each offset (the value's key). */
  keys: Map<number, KeyOrigin>;
}

function scalarText(node: JsonNode): string {
  if (node.type === "string") return JSON.stringify(node.value);
  if (node.type === "number") {
    const n = node.value as number;
    // JSON5 literals, so that the rules see what OpenClaw sees (zod rejects Infinity and NaN).
    return Number.isNaN(n) ? "NaN" : n === Infinity ? "Infinity" : n === -Infinity ? "-Infinity" : String(n);
  }
  return String(node.value);
}

export function serializeMerged(root: MergedValue): SerializedMerge {
  const values = new Map<number, { origin: Origin; length: number }>();
  const keys = new Map<number, KeyOrigin>();
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const write = (value: MergedValue, indent: string): void => {
    const start = length;
    if (value.kind === "scalar") {
      emit(scalarText(value.node));
    } else if (value.kind === "array") {
      emit("[");
      value.items.forEach((item, i) => {
        emit(`${i ? "," : ""}\n${indent}  `);
        write(item, `${indent}  `);
      });
      emit(value.items.length ? `\n${indent}]` : "]");
    } else {
      emit("{");
      let first = true;
      for (const [key, entry] of value.entries) {
        emit(`${first ? "" : ","}\n${indent}  `);
        first = false;
        if (entry.origin.key) keys.set(length, entry.origin.key);
        emit(`${JSON.stringify(key)}: `);
        write(entry, `${indent}  `);
      }
      emit(first ? "}" : `\n${indent}}`);
    }
    values.set(start, { origin: value.origin, length: length - start });
  };
  write(root, "");
  emit("\n");
  return { text: parts.join(""), values, keys };
}
