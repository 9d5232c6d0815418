import type { ConfigDocument } from "../document";
import { pathOf } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";

/** What the cursor is on, resolved to a field of the config. */
export interface HoverTarget {
  /** `key`: on a property's key, or between the key and its value; `value`: on a value. */
  on: "key" | "value";
  /** The text the hover covers: the key literal, the value literal, or a container's opening bracket. */
  offset: number;
  length: number;
  /** The path of the field: for a key or a property value, the property's path; for an array item, the array's. */
  fieldPath: JsonPath;
  /** For an array item: its index; the item is `valueNode`. */
  itemIndex?: number;
  /** The field's value as written (absent while a property waits for its value). */
  valueNode?: JsonNode;
}

/**
 * Resolves a document offset to the key or value under it. Works on half-typed documents (the tolerant
 * parser still builds nodes) and returns undefined on whitespace, commas, comments and closing brackets.
 */
export function hoverTargetAt(doc: ConfigDocument, offset: number): HoverTarget | undefined {
  const node = doc.nodeAt(offset);
  if (!node) return undefined;
  const parent = node.parent;
  switch (node.type) {
    case "property":
      // Between the key and the colon, on the colon, or before a missing value: the key's docs.
      return keyTarget(node);
    case "object":
    case "array":
      // Only the opening bracket of a property value or an array item stands for the value.
      if (offset !== node.offset || !parent) return undefined;
      return valueTarget(node, 1);
    default:
      if (parent?.type === "property" && parent.children![0] === node) return keyTarget(parent);
      return valueTarget(node, node.length);
  }
}

function keyTarget(property: JsonNode): HoverTarget | undefined {
  const key = property.children?.[0];
  if (!key) return undefined;
  const valueNode = property.children![1];
  return { on: "key", offset: key.offset, length: key.length, fieldPath: pathOf(key), ...(valueNode ? { valueNode } : {}) };
}

function valueTarget(node: JsonNode, length: number): HoverTarget | undefined {
  const parent = node.parent;
  if (parent?.type === "property") return { on: "value", offset: node.offset, length, fieldPath: pathOf(node), valueNode: node };
  if (parent?.type === "array") {
    const path = pathOf(node);
    return { on: "value", offset: node.offset, length, fieldPath: path.slice(0, -1), itemIndex: path[path.length - 1] as number, valueNode: node };
  }
  return undefined;
}
