import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Rule, RuleContext } from "./rule";

/** One `{ provider, providers }` pair: provider must name a key of providers; several providers need one. */
function checkPair(ctx: RuleContext, holder: JsonNode | undefined, holderKey: JsonNode | undefined, prefix: string): void {
  if (holder?.type !== "object") return;
  const providerNode = propertyValue(holder, "provider");
  const providers = propertyValue(holder, "providers");
  if (providers?.type !== "object") return;
  const keys = new Set(providers.children!.map((p) => String(p.children![0]!.value)));
  const provider = providerNode?.type === "string" ? (providerNode.value as string).trim().toLowerCase() : "";
  if (provider && keys.size > 0 && !keys.has(provider)) {
    if ((providerNode!.value as string).includes("${")) return;
    ctx.report({ node: providerNode!, message: `${prefix}.provider "${provider}" is not one of the providers configured in ${prefix}.providers (${[...keys].join(", ")}).` });
  }
  if (!provider && keys.size > 1) {
    ctx.report({ node: holderKey ?? holder, message: `${prefix}.providers configures ${keys.size} providers: set ${prefix}.provider to the one to use (${[...keys].join(", ")}).` });
  }
}

/**
 * OpenClaw (zod-schema.root-support.ts, TalkSchema and TalkRealtimeSchema refinements): `talk.provider` and
 * `talk.realtime.provider` must match a key of their `providers` map (compared lower-cased), and are required
 * when that map has several entries.
 */
export const talkProvider: Rule = {
  code: "talk-provider",
  severity: DiagnosticSeverity.Error,
  summary: "talk.provider / talk.realtime.provider must name one of the configured talk providers.",
  check(ctx) {
    const talk = propertyNode(ctx.root, "talk");
    checkPair(ctx, talk?.children![1], talk?.children![0], "talk");
    const realtime = propertyNode(nodeAtPath(ctx.root, ["talk"]), "realtime");
    checkPair(ctx, realtime?.children![1], realtime?.children![0], "talk.realtime");
  },
};
