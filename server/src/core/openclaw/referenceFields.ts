/**
 * Which places of the config take a reference (a model `provider/model`, an agent id, a model
 * provider id), by JSON path, for completion. Paths follow OpenClaw 2026.9.6's schema; fields whose
 * schema description says "provider/model" are recognised too, so new model fields work unlisted.
 */
import type { JSONSchema } from "../schema/types";
import type { JsonPath } from "../types";

export type ReferenceKind = "model" | "agent" | "provider";

// Patterns: `*` any key, `[]` any index, `**` any number of segments.
const AGENT_SCOPES = ["agents.defaults", "agents.entries.*", "agents.list.[]"];
/** Fields of an agent scope holding a model: a string, or `{ primary, fallbacks[] }`. */
const SCOPED_MODEL_FIELDS = [
  "model",
  "imageModel",
  "voiceModel",
  "pdfModel",
  "utilityModel",
  "decisionModel",
  "imageGenerationModel",
  "videoGenerationModel",
  "musicGenerationModel",
  "mediaModels.image",
  "mediaModels.video",
  "mediaModels.music",
  "compaction.model",
  "compaction.memoryFlush.model",
  "embeddedAgent.cyberFailover.model",
  "subagents.model",
  "heartbeat.model",
  "tts.summaryModel",
  "tools.exec.reviewer.model",
];
const GLOBAL_MODEL_FIELDS = [
  "defaultModel",
  "tools.exec.reviewer.model",
  "tts.summaryModel",
  "hooks.mappings.[].model",
  "hooks.gmail.model",
  "channels.modelByChannel.*.*",
];
const MODEL_LISTS = [
  ...AGENT_SCOPES.flatMap((scope) => [`${scope}.modelPolicy.allow.[]`, `${scope}.tools.exec.applyPatch.allowModels.[]`]),
  "tools.exec.applyPatch.allowModels.[]",
];
/** Objects keyed by `provider/model`: the model catalog and per-agent overrides. */
const MODEL_KEYED_MAPS = ["agents.defaults.models", "agents.entries.*.models"];
const AGENT_FIELDS = [
  "bindings.[].agentId",
  "agents.defaults.systemAgent.agentId",
  "agents.defaults.heartbeat.agentId",
  "agents.defaults.authInheritance.agentId",
  "agents.defaults.sessionStore.agentId",
  "talk.agentId",
  "hooks.mappings.[].agentId",
  "tools.swarm.defaultAgentId",
  "agents.entries.*.tools.swarm.defaultAgentId",
  "agents.defaults.subagents.allowAgents.[]",
  "agents.entries.*.subagents.allowAgents.[]",
  "hooks.allowedAgentIds.[]",
  "broadcast.*.[]",
  "broadcast.*.agents.[]",
  "mcp.servers.*.codex.agents.[]",
  "gateway.roles.definitions.*.agents.[]",
  "approvals.exec.agentFilter.[]",
  "approvals.plugin.agentFilter.[]",
  "tools.agentToAgent.allow.[]",
  "channels.**.agentId",
  "channels.**.execApprovals.agentFilter.[]",
];
/** Values naming a model provider (`models.providers` id). */
const PROVIDER_FIELDS = ["auth.profiles.*.provider"];
/** Objects keyed by model provider id. */
const PROVIDER_KEYED_MAPS = ["models.providers", "auth.order"];

type Pattern = readonly string[];
const compile = (patterns: string[]): Pattern[] => patterns.map((p) => p.split("."));

const MODEL_VALUES = compile(
  [...AGENT_SCOPES.flatMap((scope) => SCOPED_MODEL_FIELDS.map((field) => `${scope}.${field}`)), ...GLOBAL_MODEL_FIELDS]
    .flatMap((field) => [field, `${field}.primary`, `${field}.fallbacks.[]`])
    .concat(MODEL_LISTS),
);
const MODEL_KEYS = compile(MODEL_KEYED_MAPS);
const AGENT_VALUES = compile(AGENT_FIELDS);
const PROVIDER_VALUES = compile(PROVIDER_FIELDS);
const PROVIDER_KEYS = compile(PROVIDER_KEYED_MAPS);

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
  if (AGENT_VALUES.some((p) => matches(p, path))) return "agent";
  if (PROVIDER_VALUES.some((p) => matches(p, path))) return "provider";
  if (MODEL_VALUES.some((p) => matches(p, path))) return "model";
  if (!takesStrings(schemas)) return undefined;
  const described = typeof path[path.length - 1] === "number" ? parentSchemas : schemas;
  if (described.some((s) => typeof s.description === "string" && MODEL_DESCRIPTION.test(s.description) && !/\bkeyed by\b/i.test(s.description))) {
    return "model";
  }
  return undefined;
}

/** What the keys of the object at `path` name, if anything. */
export function keyReferenceKind(path: JsonPath): ReferenceKind | undefined {
  if (MODEL_KEYS.some((p) => matches(p, path))) return "model";
  if (PROVIDER_KEYS.some((p) => matches(p, path))) return "provider";
  return undefined;
}
