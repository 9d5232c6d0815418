import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { Rule } from "./rule";

const nonBlank = (node: import("../json5/ast").JsonNode | undefined) => node?.type === "string" && (node.value as string).trim() !== "";

/**
 * OpenClaw (zod-schema.ts, hooks.superRefine): a hook mapping that runs an agent (`action` "agent", the default)
 * in a persistent session (`sessionMode: "persistent"`) must say which session: its own `sessionKey`,
 * `hooks.defaultSessionKey`, or a `transform` that sets one. Reported on the mapping (where the key is missing).
 */
export const hookMappingSession: Rule = {
  code: "hook-mapping-session",
  severity: DiagnosticSeverity.Error,
  summary: "A persistent agent hook mapping without sessionKey, hooks.defaultSessionKey or a transform.",
  check(ctx) {
    const hooks = propertyValue(ctx.root, "hooks");
    const mappings = propertyValue(hooks, "mappings");
    if (mappings?.type !== "array" || nonBlank(propertyValue(hooks, "defaultSessionKey"))) return;
    for (const mapping of mappings.children!) {
      if (mapping.type !== "object") continue;
      const action = propertyValue(mapping, "action");
      const mode = propertyValue(mapping, "sessionMode");
      if (action?.type === "string" && action.value !== "agent") continue;
      if (mode?.type !== "string" || mode.value !== "persistent") continue;
      if (nonBlank(propertyValue(mapping, "sessionKey")) || (propertyNode(mapping, "transform") && nodeAtPath(mapping, ["transform"])?.type !== "null")) continue;
      // On the mapping, as a missing property is reported: its sessionKey is what is missing.
      ctx.report({ node: mapping, message: 'A persistent hook mapping must say which session to continue: set its sessionKey, hooks.defaultSessionKey, or a transform.' });
    }
  },
};
