/**
 * The merged config as a tree whose every value remembers where it was written (which file, which
 * node): the provenance a problem found in the merged result needs to be reported where the
 * offending value is written.
 */
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";

/** One file taking part in the merge. */
export interface IncludeSource {
  doc: ConfigDocument;
  /** Absolute normalized path (for the edited document: its own path). */
  file: string;
  /** The chain of `$include` strings that reached this file, as written (empty for the edited document). */
  chain: readonly string[];
  /** The `$include` string in the edited document through which this file was reached. */
  anchor?: JsonNode;
}

export interface Origin {
  source: IncludeSource;
  /** The value node as written. */
  node: JsonNode;
  /**
   * The key literal it is written under, when the value is a property's. Its file may differ from the
   * value's: `agents: { $include: "./agents.json5" }` writes the key here and the value there.
   */
  key?: KeyOrigin;
}

export interface KeyOrigin {
  source: IncludeSource;
  node: JsonNode;
}

export type MergedValue =
  | { kind: "object"; entries: Map<string, MergedValue>; origin: Origin }
  | { kind: "array"; items: MergedValue[]; origin: Origin }
  | { kind: "scalar"; node: JsonNode; origin: Origin };

export type MergedObject = Extract<MergedValue, { kind: "object" }>;

/** Keys OpenClaw's merge drops (src/infra/prototype-keys.ts). */
const BLOCKED_KEYS = new Set(["__proto__", "prototype", "constructor"]);

function sanitize(value: MergedObject): MergedObject {
  const entries = new Map<string, MergedValue>();
  for (const [key, entry] of value.entries) {
    if (BLOCKED_KEYS.has(key)) continue;
    entries.set(key, entry.kind === "object" ? sanitize(entry) : entry);
  }
  return { kind: "object", entries, origin: value.origin };
}

/**
 * OpenClaw's include merge (src/infra/deep-merge.ts with arrays "concat"): arrays concatenate,
 * objects merge recursively, anything else: the override wins. A merged object keeps the override's
 * origin (for sibling keys: the object that holds the `$include`).
 */
export function deepMerge(base: MergedValue, override: MergedValue): MergedValue {
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

/** The plain value of a merged tree, as OpenClaw's resolver returns it (what its validator sees). */
export function plainValue(value: MergedValue): unknown {
  switch (value.kind) {
    case "scalar":
      return value.node.value;
    case "array":
      return value.items.map(plainValue);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of value.entries) {
        Object.defineProperty(out, key, { value: plainValue(entry), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
  }
}

/** Provenance: which file and which node wrote the value at `path` of the merged result. */
export function originAt(root: MergedValue, path: JsonPath): Origin | undefined {
  let value: MergedValue | undefined = root;
  for (const segment of path) {
    if (!value) return undefined;
    if (typeof segment === "number") value = value.kind === "array" ? value.items[segment] : undefined;
    else value = value.kind === "object" ? value.entries.get(segment) : undefined;
  }
  return value?.origin;
}
