/**
 * The merged config as a tree whose every value remembers where it was written (which file, which node),
 * so that a problem found in the merged result is reported where the offending value is written.
 */
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";

/** One file taking part in the merge. */
export interface IncludeSource {
  doc: ConfigDocument;
  /** Absolute normalized path; for the edited document, the document's own path. */
  file: string;
  /** How the user wrote it (the `$include` string), for messages; undefined for the edited document. */
  display?: string;
  /** The `$include` string in the edited document through which this file was reached. */
  anchor?: JsonNode;
}

export interface Origin {
  source: IncludeSource;
  /** The value node as written. */
  node: JsonNode;
  /** Its key literal, when the value is a property's. */
  key?: JsonNode;
}

export type Val =
  | { kind: "object"; entries: Map<string, Val>; origin: Origin }
  | { kind: "array"; items: Val[]; origin: Origin }
  | { kind: "scalar"; node: JsonNode; origin: Origin };

/** Keys OpenClaw's merge drops (src/infra/prototype-keys.ts). */
const BLOCKED_KEYS = new Set(["__proto__", "prototype", "constructor"]);

function sanitize(val: Val & { kind: "object" }): Val & { kind: "object" } {
  const entries = new Map<string, Val>();
  for (const [key, value] of val.entries) {
    if (BLOCKED_KEYS.has(key)) continue;
    entries.set(key, value.kind === "object" ? sanitize(value) : value);
  }
  return { kind: "object", entries, origin: val.origin };
}

/**
 * OpenClaw's include merge (src/infra/deep-merge.ts with arrays "concat", undefined "replace"): arrays
 * concatenate, objects merge recursively, anything else: the override wins. The merged object keeps the
 * override's origin (the object that holds the `$include` and its sibling keys).
 */
export function deepMerge(base: Val, override: Val): Val {
  if (base.kind === "array" && override.kind === "array") return { kind: "array", items: [...base.items, ...override.items], origin: override.origin };
  if (base.kind !== "object" || override.kind !== "object") return override;
  const merged = sanitize(base);
  for (const [key, value] of override.entries) {
    if (BLOCKED_KEYS.has(key)) continue;
    const current = merged.entries.get(key);
    if (value.kind === "object") merged.entries.set(key, current?.kind === "object" ? deepMerge(current, value) : sanitize(value));
    else if (value.kind === "array" && current?.kind === "array") merged.entries.set(key, { kind: "array", items: [...current.items, ...value.items], origin: value.origin });
    else merged.entries.set(key, value);
  }
  merged.origin = override.origin;
  return merged;
}

/** Where each piece of the serialized merged text came from: by offset of the value (and of its key). */
export interface SerializedTree {
  text: string;
  values: Map<number, Origin>;
  keys: Map<number, Origin>;
}

function scalarText(node: JsonNode): string {
  if (node.type === "string") return JSON.stringify(node.value);
  if (node.type === "number") {
    const n = node.value as number;
    return Number.isNaN(n) ? "NaN" : n === Infinity ? "Infinity" : n === -Infinity ? "-Infinity" : String(n);
  }
  return String(node.value);
}

/** The merged tree as JSON5 text (Infinity/NaN kept), recording the origin of every value and key. */
export function serialize(root: Val): SerializedTree {
  const values = new Map<number, Origin>();
  const keys = new Map<number, Origin>();
  let text = "";
  const write = (val: Val, indent: string): void => {
    values.set(text.length, val.origin);
    if (val.kind === "scalar") {
      text += scalarText(val.node);
    } else if (val.kind === "array") {
      text += "[";
      val.items.forEach((item, i) => {
        text += `${i ? "," : ""}\n${indent}  `;
        write(item, `${indent}  `);
      });
      text += val.items.length ? `\n${indent}]` : "]";
    } else {
      text += "{";
      let first = true;
      for (const [key, value] of val.entries) {
        text += `${first ? "" : ","}\n${indent}  `;
        first = false;
        keys.set(text.length, value.origin);
        text += `${JSON.stringify(key)}: `;
        write(value, `${indent}  `);
      }
      text += first ? "}" : `\n${indent}}`;
    }
  };
  write(root, "");
  return { text: `${text}\n`, values, keys };
}
