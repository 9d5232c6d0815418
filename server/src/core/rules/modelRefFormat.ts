import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import type { Rule, RuleContext } from "./rule";

/** OpenClaw's parseProviderModelRef: `provider/model`, both parts non-empty after trimming. */
export function isProviderModelRef(value: string): boolean {
  const trimmed = value.trim();
  const slash = trimmed.indexOf("/");
  return slash > 0 && slash < trimmed.length - 1 && trimmed.slice(0, slash).trim() !== "" && trimmed.slice(slash + 1).trim() !== "";
}

function checkAgent(ctx: RuleContext, agent: JsonNode | undefined): void {
  if (agent?.type !== "object") return;
  const decision = propertyValue(agent, "decisionModel");
  if (decision?.type === "string") {
    const value = (decision.value as string).trim();
    if (value !== "" && !value.includes("${") && !isProviderModelRef(value)) {
      ctx.report({ node: decision, message: `decisionModel must be a provider/model reference such as "openai/gpt-5.4-mini", or "" to turn decision models off; "${value}" is neither.` });
    }
  }
  const models = propertyValue(agent, "models");
  if (models?.type !== "object") return;
  for (const property of models.children!) {
    const [key, entry] = property.children!;
    const ref = String(key!.value);
    if (!entry || (!ref.includes("*") && isProviderModelRef(ref))) continue;
    for (const field of ["pickerRuntimes", "codeMode"]) {
      const setting = propertyNode(entry, field);
      if (!setting) continue;
      ctx.report({
        node: setting.children![0]!,
        message: `${field} needs an exact provider/model entry: "${ref}" is ${ref.includes("*") ? "a wildcard" : "a bare model id"}. Move it under the full reference, such as "openai/gpt-5.4".`,
      });
    }
  }
}

/**
 * OpenClaw (zod-schema.agent-runtime.ts): `decisionModel` is a `provider/model` reference or "" (off), and
 * `pickerRuntimes`/`codeMode` in a `models` map apply only to exact `provider/model` keys (not wildcards or bare ids).
 */
export const modelRefFormat: Rule = {
  code: "model-ref-format",
  severity: DiagnosticSeverity.Error,
  summary: "A decisionModel that is not provider/model, or per-model runtime settings under a wildcard or bare model key.",
  check(ctx) {
    checkAgent(ctx, nodeAtPath(ctx.root, ["agents", "defaults"]));
    for (const agent of listAgentEntries(ctx.root)) checkAgent(ctx, agent.node);
  },
};
