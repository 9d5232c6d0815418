/**
 * Which places of the config take a reference, by JSON path, for completion. The reference index
 * (references.ts, shared with definition, find-references and the rules) knows the model, agent and
 * provider fields; completion adds `models.providers` (whose keys define providers rather than refer to
 * them) and fields whose schema description says "provider/model", so model fields OpenClaw adds later
 * are completed without being listed.
 */
import type { JSONSchema } from "../schema/types";
import type { JsonPath } from "../types";
import { pathMatches, providerKeyAtPath, referenceKindAtPath, type ReferenceKind as IndexedKind } from "./references";

/** What a place takes: the reference index's kinds, plus channel ids (completion only). */
export type ReferenceKind = IndexedKind | "channel";

/** Values naming a channel (`channels.<id>`). A heartbeat target also takes `owner`, `last`, `none`. */
const CHANNEL_VALUES = [
  "bindings.[].match.channel",
  "approvals.exec.targets.[].channel",
  "approvals.plugin.targets.[].channel",
  "session.sendPolicy.rules.[].match.channel",
  "agents.defaults.heartbeat.target",
  "agents.entries.*.heartbeat.target",
];
/** Objects keyed by channel id. */
const CHANNEL_KEYS = ["channels.modelByChannel", "messages.inbound.byChannel", "messages.queue.debounceMsByChannel", "messages.queue.byChannel"];

/** Whether the value at `path` is a heartbeat delivery target. */
export function isHeartbeatTarget(path: JsonPath): boolean {
  return pathMatches("agents.defaults.heartbeat.target", path) || pathMatches("agents.entries.*.heartbeat.target", path);
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
  if (CHANNEL_VALUES.some((pattern) => pathMatches(pattern, path))) return "channel";
  if (!takesStrings(schemas)) return undefined;
  const described = typeof path[path.length - 1] === "number" ? parentSchemas : schemas;
  if (described.some((s) => typeof s.description === "string" && MODEL_DESCRIPTION.test(s.description) && !/\bkeyed by\b/i.test(s.description))) {
    return "model";
  }
  return undefined;
}

/** What the keys of the object at `path` name, if anything. */
export function keyReferenceKind(path: JsonPath): ReferenceKind | undefined {
  const key = [...path, "provider/model"];
  if (referenceKindAtPath(key, true)) return "model";
  if (providerKeyAtPath(key) || (path.length === 2 && path[0] === "models" && path[1] === "providers")) return "provider";
  if (CHANNEL_KEYS.some((pattern) => pathMatches(pattern, path))) return "channel";
  return undefined;
}
