/**
 * The merged config as JSON5 text and its syntax tree, built together in one pass (parsing the text again
 * would double the cost for a large included file), so that the rules, which work on a document's tree,
 * run on the merged result unchanged. Every key and value literal remembers its origin.
 */
import type { JsonNode } from "../json5/ast";
import type { KeyOrigin, MergedValue, Origin } from "./merged";

export interface SerializedMerge {
  text: string;
  /** The tree of `text`, as the JSON5 parser would build it. */
  root: JsonNode;
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

export function serializeMerged(value: MergedValue): SerializedMerge {
  const values = new Map<number, { origin: Origin; length: number }>();
  const keys = new Map<number, KeyOrigin>();
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const write = (merged: MergedValue, indent: string, parent: JsonNode | undefined): JsonNode => {
    const start = length;
    let node: JsonNode;
    if (merged.kind === "scalar") {
      const source = merged.node;
      emit(scalarText(source));
      node = { type: source.type, offset: start, length: length - start, value: source.value, parent };
      if (source.type === "string") node.quote = '"';
    } else if (merged.kind === "array") {
      node = { type: "array", offset: start, length: 0, children: [], parent };
      emit("[");
      merged.items.forEach((item, i) => {
        emit(`${i ? "," : ""}\n${indent}  `);
        node.children!.push(write(item, `${indent}  `, node));
      });
      emit(merged.items.length ? `\n${indent}]` : "]");
    } else {
      node = { type: "object", offset: start, length: 0, children: [], parent };
      emit("{");
      let first = true;
      for (const [key, entry] of merged.entries) {
        emit(`${first ? "" : ","}\n${indent}  `);
        first = false;
        const keyOffset = length;
        if (entry.origin.key) keys.set(keyOffset, entry.origin.key);
        const property: JsonNode = { type: "property", offset: keyOffset, length: 0, children: [], parent: node };
        emit(JSON.stringify(key));
        const keyNode: JsonNode = { type: "string", offset: keyOffset, length: length - keyOffset, value: key, quote: '"', parent: property };
        property.colonOffset = length;
        emit(": ");
        property.children!.push(keyNode, write(entry, `${indent}  `, property));
        property.length = length - keyOffset;
        node.children!.push(property);
      }
      emit(first ? "}" : `\n${indent}}`);
    }
    node.length = length - start;
    values.set(start, { origin: merged.origin, length: node.length });
    return node;
  };
  const root = write(value, "", undefined);
  emit("\n");
  return { text: parts.join(""), root, values, keys };
}
