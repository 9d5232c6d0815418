import { DiagnosticSeverity } from "vscode-languageserver-types";
import { propertyValue } from "../document";
import type { Rule } from "./rule";

const QUALIFIED = /^[a-z][a-z0-9_-]*:.+$/i;

/**
 * OpenClaw (zod-schema.core.ts, BroadcastSchema.superRefine): a broadcast entry written as an object (group
 * options) needs a channel-qualified key `<channel>:<peerId>`; a qualified entry written as a list runs an
 * agent group thread of at most 16 agents.
 */
export const broadcastGroups: Rule = {
  code: "broadcast-group",
  severity: DiagnosticSeverity.Error,
  summary: "Broadcast group options without a <channel>:<peerId> key, or agent group threads of more than 16 agents.",
  check(ctx) {
    const broadcast = propertyValue(ctx.root, "broadcast");
    if (broadcast?.type !== "object") return;
    for (const property of broadcast.children!) {
      const [key, entry] = property.children!;
      const peerId = String(key!.value);
      if (!entry || peerId === "strategy") continue;
      const qualified = QUALIFIED.test(peerId);
      if (entry.type === "object" && !qualified) {
        ctx.report({ node: key!, message: `Broadcast group options need a channel-qualified key such as "telegram:${peerId}" (<channel>:<peerId>).` });
      } else if (entry.type === "array" && qualified && entry.children!.length > 16) {
        ctx.report({ node: key!, message: `Agent group threads support at most 16 agents; "${peerId}" lists ${entry.children!.length}.` });
      }
    }
  },
};
