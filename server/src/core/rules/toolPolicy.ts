import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import type { Rule, RuleContext } from "./rule";

const nonEmptyArray = (node: JsonNode | undefined) => node?.type === "array" && node.children!.length > 0;

/** The tool policy objects OpenClaw's zod schema refines, with the key literal each is written under. */
function policies(root: JsonNode): { key: JsonNode; policy: JsonNode }[] {
  const out: { key: JsonNode; policy: JsonNode }[] = [];
  const add = (property: JsonNode | undefined) => {
    const value = property?.children?.[1];
    if (value?.type === "object") out.push({ key: property!.children![0]!, policy: value });
  };
  const addMap = (map: JsonNode | undefined) => {
    if (map?.type === "object") for (const property of map.children!) add(property);
  };
  const scope = (toolsProperty: JsonNode | undefined, nested: boolean) => {
    add(toolsProperty);
    const tools = toolsProperty?.children?.[1];
    addMap(propertyValue(tools, "byProvider"));
    addMap(propertyValue(tools, "toolsBySender"));
    add(propertyNode(propertyValue(tools, "sandbox"), "tools"));
    if (nested) add(propertyNode(propertyValue(tools, "subagents"), "tools"));
  };
  scope(propertyNode(root, "tools"), true);
  for (const agent of listAgentEntries(root)) scope(propertyNode(agent.node, "tools"), false);
  return out;
}

/** The exec settings objects (`tools.exec`, each agent's `tools.exec`). */
function execObjects(root: JsonNode): JsonNode[] {
  const out: JsonNode[] = [];
  const exec = nodeAtPath(root, ["tools", "exec"]);
  if (exec?.type === "object") out.push(exec);
  for (const agent of listAgentEntries(root)) {
    const agentExec = nodeAtPath(agent.node, ["tools", "exec"]);
    if (agentExec?.type === "object") out.push(agentExec);
  }
  return out;
}

function checkExec(ctx: RuleContext, exec: JsonNode): void {
  const mode = propertyNode(exec, "mode");
  if (!mode || (!propertyNode(exec, "security") && !propertyNode(exec, "ask"))) return;
  ctx.report({
    node: mode.children![1] ?? mode.children![0]!,
    message: "exec `mode` cannot be combined with the legacy `security`/`ask` in the same exec settings: keep `mode` and remove `security` and `ask` (or, to keep an exact legacy pair, remove `mode`).",
  });
}

/**
 * OpenClaw (zod-schema.agent-runtime.ts): a tool policy cannot set both `allow` and `alsoAllow` (non-empty) in the
 * same scope, and exec settings cannot combine `mode` with the legacy `security`/`ask`.
 */
export const toolPolicyConflict: Rule = {
  code: "tool-policy-conflict",
  severity: DiagnosticSeverity.Error,
  summary: "A tool policy with both allow and alsoAllow, or exec settings with mode and security/ask.",
  check(ctx) {
    for (const { key, policy } of policies(ctx.root)) {
      if (nonEmptyArray(propertyValue(policy, "allow")) && nonEmptyArray(propertyValue(policy, "alsoAllow"))) {
        ctx.report({ node: key, message: "A tool policy cannot set both `allow` and `alsoAllow` in the same scope: merge alsoAllow into allow, or remove allow and use profile + alsoAllow." });
      }
    }
    for (const exec of execObjects(ctx.root)) checkExec(ctx, exec);
  },
};
