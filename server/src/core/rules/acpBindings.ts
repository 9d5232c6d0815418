import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Rule } from "./rule";

/**
 * OpenClaw (zod-schema.agents.ts and zod-schema.channels-config.ts): an ACP binding (`bindings[]` with
 * `type: "acp"`) must target one conversation with `match.peer.id`; channel-local `bindings.acp` blocks under
 * `channels` were removed in favour of top-level `bindings[]`.
 */
export const acpBindings: Rule = {
  code: "acp-binding",
  severity: DiagnosticSeverity.Error,
  summary: "ACP bindings need match.peer.id; channel-local bindings.acp blocks are no longer supported.",
  check(ctx) {
    const bindings = propertyValue(ctx.root, "bindings");
    if (bindings?.type === "array") {
      for (const binding of bindings.children!) {
        const type = propertyValue(binding, "type");
        if (type?.type !== "string" || type.value !== "acp") continue;
        const id = nodeAtPath(binding, ["match", "peer", "id"]);
        if (id?.type === "string" && (id.value as string).trim() !== "") continue;
        const peer = nodeAtPath(binding, ["match", "peer"]);
        const match = propertyValue(binding, "match");
        const anchor = id ?? (peer ? propertyNode(match, "peer")!.children![0]! : match ? propertyNode(binding, "match")!.children![0]! : type);
        ctx.report({ node: anchor, message: "ACP bindings must target one conversation: set match.peer.id (and match.peer.kind)." });
      }
    }
    const channels = propertyValue(ctx.root, "channels");
    const visit = (node: JsonNode | undefined): void => {
      if (!node?.children) return;
      if (node.type === "object") {
        const legacy = propertyNode(node, "bindings");
        const acp = propertyNode(legacy?.children![1], "acp");
        if (legacy?.children![1]?.type === "object" && acp && (acp.children![1]?.type === "object" || acp.children![1]?.type === "array")) {
          ctx.report({ node: acp.children![0]!, message: "Channel-local ACP bindings were removed: move them to top-level bindings[] entries with type: \"acp\"." });
        }
        for (const property of node.children) visit(property.children![1]);
      } else if (node.type === "array") node.children.forEach(visit);
    };
    visit(channels);
  },
};
