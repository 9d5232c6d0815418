import { DiagnosticSeverity } from "vscode-languageserver-types";
import { propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { DEFAULT_AGENT_ID, listAgentEntries, normalizeAgentId, stringAt } from "../openclaw/agents";
import { closest } from "../openclaw/closest";
import { replaceStringValue } from "../edits/strings";
import type { Fix } from "../types";
import type { Rule, RuleContext } from "./rule";

/** Settings that name one agent. */
const EXPLICIT_AGENT_SETTINGS = [
  ["agents", "defaults", "heartbeat", "agentId"],
  ["agents", "defaults", "systemAgent", "agentId"],
  ["talk", "agentId"],
];

/**
 * OpenClaw (zod-schema.ts, OpenClawSchema.superRefine): agent ids named by heartbeat, systemAgent, talk,
 * bindings[] and broadcast must exist in agents.entries. Without configured agents only the implicit `main`
 * exists (OpenClaw materializes it); a binding to `main` always passes; broadcast compares ids exactly,
 * the others after OpenClaw's agent id normalization.
 */
export const unknownAgentId: Rule = {
  code: "unknown-agent-id",
  severity: DiagnosticSeverity.Error,
  summary: "A reference (bindings, heartbeat, systemAgent, talk, broadcast) to an agent id that is not configured.",
  check(ctx) {
    // Before validating, OpenClaw materializes an absent or empty roster as the implicit `main` agent
    // (measured: `{ bindings: [{ agentId: "x" }] }` and `{ broadcast: { x: ["Main"] } }` are rejected).
    const configured = listAgentEntries(ctx.root).map((a) => a.id ?? "");
    const known = configured.length > 0 ? configured : [DEFAULT_AGENT_ID];
    const exactIds = new Set(known);
    const effectiveIds = new Set(known.map(normalizeAgentId));

    for (const path of EXPLICIT_AGENT_SETTINGS) {
      const node = stringAt(ctx.root, path);
      if (node && !effectiveIds.has(normalizeAgentId(node.value as string))) report(ctx, node, known);
    }

    const bindings = propertyValue(ctx.root, "bindings");
    if (bindings?.type === "array") {
      for (const binding of bindings.children!) {
        const agentId = propertyValue(binding, "agentId");
        if (agentId?.type !== "string") continue;
        const id = agentId.value as string;
        if (id !== DEFAULT_AGENT_ID && !effectiveIds.has(normalizeAgentId(id))) report(ctx, agentId, known);
      }
    }

    const broadcast = propertyValue(ctx.root, "broadcast");
    if (broadcast?.type !== "object") return;
    for (const property of broadcast.children!) {
      const peerId = String(property.children![0]!.value);
      const entry = property.children![1];
      if (peerId === "strategy" || !entry || (entry.type !== "object" && entry.type !== "array")) continue;
      const ids = entry.type === "array" ? entry : propertyValue(entry, "agents");
      if (ids?.type !== "array") continue;
      for (const item of ids.children!) {
        if (item.type === "string" && !exactIds.has(item.value as string)) report(ctx, item, known);
      }
    }
  },
};

function report(ctx: RuleContext, node: JsonNode, known: string[]): void {
  const id = node.value as string;
  // `${VAR}` becomes the id only when OpenClaw substitutes the environment: never an error here.
  if (id.includes("${")) return;
  const suggestion = closest(id, known);
  const fixes: Fix[] = suggestion ? [{ title: `Change to "${suggestion}"`, edits: [replaceStringValue(ctx.doc, node, suggestion)], isPreferred: true }] : [];
  ctx.report({
    node,
    message:
      `Unknown agent id "${id}": no agent with this id is configured in agents.entries` +
      (known.length ? ` (configured: ${known.slice(0, 10).join(", ")}${known.length > 10 ? ", …" : ""})` : "") +
      "." +
      (suggestion ? ` Did you mean "${suggestion}"?` : ""),
    fixes,
  });
}
