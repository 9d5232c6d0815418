import { DiagnosticSeverity } from "vscode-languageserver-types";
import { propertyNode, propertyValue } from "../document";
import { insertProperty } from "../edits/properties";
import { normalizeAgentId } from "../openclaw/agents";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { offsetEditsToTextEdits } from "./ruleEdits";

/**
 * OpenClaw (zod-schema.agents.ts, AgentsSchema.superRefine) on `agents.entries`: keys that normalize to the
 * same agent id; more than one `default: true`; `ownership: "explicit"` together with a `default: true`
 * marker; and a roster of several agents with neither (OpenClaw then cannot tell which agent owns what).
 */
export const agentRoster: Rule = {
  code: "agent-roster",
  severity: DiagnosticSeverity.Error,
  summary: "agents.entries: duplicate ids, several default agents, or several agents without agents.ownership.",
  check(ctx) {
    const agentsProperty = propertyNode(ctx.root, "agents");
    const agents = agentsProperty?.children![1];
    if (agents?.type !== "object") return;
    const entriesProperty = propertyNode(agents, "entries");
    const entries = entriesProperty?.children![1];
    if (entries?.type !== "object") return;
    // JSON5 keeps the last of repeated keys.
    const byKey = new Map<string, { key: import("../json5/ast").JsonNode; value: import("../json5/ast").JsonNode | undefined }>();
    for (const property of entries.children!) byKey.set(String(property.children![0]!.value), { key: property.children![0]!, value: property.children![1] });

    const firstById = new Map<string, string>();
    for (const [key, { key: keyNode }] of byKey) {
      const id = normalizeAgentId(key);
      const first = firstById.get(id);
      if (first === undefined) firstById.set(id, key);
      else ctx.report({ node: keyNode, message: `Agents "${first}" and "${key}" are the same agent id "${id}" to OpenClaw (ids ignore case and odd characters): rename one.` });
    }

    const marked = [...byKey.values()].filter(({ value }) => {
      const flag = propertyValue(value, "default");
      return flag?.type === "boolean" && flag.value === true;
    });
    const ownership = propertyValue(agents, "ownership");
    const explicit = ownership?.type === "string" && ownership.value === "explicit";
    if (marked.length > 1) {
      ctx.report({ node: entriesProperty!.children![0]!, message: `Only one agent may be marked default: true (found ${marked.length}).` });
    }
    if (explicit && marked.length > 0) {
      ctx.report({ node: ownership!, message: 'agents.ownership: "explicit" cannot be combined with a legacy default: true marker: remove the marker or the ownership setting.' });
    }
    if (byKey.size > 1 && marked.length === 0 && !explicit) {
      const edits = insertProperty(ctx.doc, agents, "ownership", '"explicit"');
      const fixes: Fix[] = edits ? [{ title: 'Add agents.ownership: "explicit"', edits: offsetEditsToTextEdits(ctx.doc, edits), isPreferred: true }] : [];
      ctx.report({
        node: ownership ?? agentsProperty!.children![0]!,
        message: `With ${byKey.size} agents, OpenClaw requires agents.ownership: "explicit" (or one agent marked default: true, the legacy form) to know which agent owns channels and sessions.`,
        fixes,
      });
    }
  },
};
