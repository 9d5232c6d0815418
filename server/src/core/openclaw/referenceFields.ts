/**
 * Which places of the config take a reference, by JSON path, for completion: model refs and agent ids
 * where the reference index (references.ts, shared with definition and find-references) says so, plus
 * what only completion needs: model provider ids, a few more agent-id lists, and fields whose schema
 * description says "provider/model" (so model fields OpenClaw adds later work unlisted).
 */
import type { JSONSchema } from "../schema/types";
import type { JsonPath } from "../types";
import { referenceKindAtPath } from "./references";

export type ReferenceKind = "model" | "agent" | "provider";

// Patterns: `*` any key, `[]` any index, `**` any number of segments.
type Pattern = readonly string[];
const compile = (patterns: string[]): Pattern[] => patterns.map((p) => p.split("."));

/** Agent-id allowlists (they also accept `*`), beyond the reference index's fields. */
const MORE_AGENT_VALUES = compile([
  "approvals.exec.agentFilter.[]",
  "approvals.plugin.agentFilter.[]",
  "tools.agentToAgent.allow.[]",
  "channels.**.execApprovals.agentFilter.[]",
]);
/** Values naming a model provider (a `models.providers` id). */
const PROVIDER_VALUES = compile(["auth.profiles.*.provider"]);
/** Objects keyed by model provider id. */
const PROVIDER_KEYS = compile(["models.providers", "auth.order"]);

function matches(pattern: Pattern, path: JsonPath, i = 0, j = 0): boolean {
  if (i === pattern.length) return j === path.length;
  const segment = pattern[i]!;
  if (segment === "**") {
    for (let k = j; k <= path.length; k++) if (matches(pattern, path, i + 1, k)) return true;
    return false;
  }
  if (j === path.length) return false;
  const actual = path[j]!;
  const ok = segment === "[]" ? typeof actual === "number" : segment === "*" ? typeof actual === "string" : actual === segment;
  return ok && matches(pattern, path, i + 1, j + 1);
}

const MODEL_DESCRIPTION = /\bprovider\/model\b/i;

function takesStrings(schemas: readonly JSONSchema[]): boolean {
  return schemas.some((s) => s.type === "string" || (Array.isArray(s.type) && s.type.includes("string"))) && !schemas.some((s) => s.enum);
}

/**
 * What the value at `path` refers to, if anything. `schemas` are the value's schemas and
 * `parentSchemas` those of its container (an array item's description sits on the array).
 */
export function valueReferenceKind(path: JsonPath, schemas: readonly JSONSchema[] = [], parentSchemas: readonly JSONSchema[] = []): ReferenceKind | undefined {
  const indexed = referenceKindAtPath(path, false);
  if (indexed) return indexed;
  if (MORE_AGENT_VALUES.some((p) => matches(p, path))) return "agent";
  if (PROVIDER_VALUES.some((p) => matches(p, path))) return "provider";
  if (!takesStrings(schemas)) return undefined;
  const described = typeof path[path.length - 1] === "number" ? parentSchemas : schemas;
  if (described.some((s) => typeof s.description === "string" && MODEL_DESCRIPTION.test(s.description) && !/\bkeyed by\b/i.test(s.description))) {
    return "model";
  }
  return undefined;
}

/** What the keys of the object at `path` name, if anything. */
export function keyReferenceKind(path: JsonPath): ReferenceKind | undefined {
  if (referenceKindAtPath([...path, "provider/model"], true)) return "model";
  if (PROVIDER_KEYS.some((p) => matches(p, path))) return "provider";
  return undefined;
}
