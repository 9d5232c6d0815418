/** OpenClaw's agent roster over the syntax tree (src/agents/agent-roster.ts, packages/normalization-core/src/agent-id.ts). */
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";

export const DEFAULT_AGENT_ID = "main";
const VALID_ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** normalizeAgentId: lower-cased; other characters become dashes; `main` when nothing is left. */
export function normalizeAgentId(value: string): string {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  if (VALID_ID_RE.test(trimmed)) return lower;
  const id = lower.replace(/[^a-z0-9_-]+/g, "-").replace(/^-+/, "").replace(/-+$/, "").slice(0, 64);
  return id || DEFAULT_AGENT_ID;
}

export interface AgentEntry {
  /** The id as written (`agents.entries` key, or `agents.list[i].id`); undefined for a list item without one. */
  id: string | undefined;
  /** The agent's object. */
  node: JsonNode;
}

/**
 * The configured agents, as OpenClaw's listAgentEntries reads them: `agents.entries` (keyed) when that key
 * is present, otherwise the legacy `agents.list` array; only object entries count.
 */
export function listAgentEntries(root: JsonNode): AgentEntry[] {
  const agents = propertyValue(root, "agents");
  if (agents?.type !== "object") return [];
  const entriesProperty = propertyNode(agents, "entries");
  if (entriesProperty) {
    const entries = entriesProperty.children![1];
    if (entries?.type !== "object") return [];
    // Object semantics: a repeated key keeps its last value, in the position of its first occurrence.
    const byId = new Map<string, JsonNode | undefined>();
    for (const property of entries.children!) byId.set(String(property.children![0]!.value), property.children![1]);
    return [...byId].filter(([, node]) => node?.type === "object").map(([id, node]) => ({ id, node: node! }));
  }
  const list = propertyValue(agents, "list");
  if (list?.type !== "array") return [];
  return list.children!.filter((item) => item.type === "object" || item.type === "array").map((node) => {
    const id = propertyValue(node, "id");
    return { id: id?.type === "string" ? (id.value as string) : undefined, node };
  });
}

export function stringAt(root: JsonNode, path: string[]): JsonNode | undefined {
  const node = nodeAtPath(root, path);
  return node?.type === "string" ? node : undefined;
}
