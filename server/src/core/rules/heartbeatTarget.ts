import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import { closest } from "../openclaw/closest";
import { CHANNEL_ALIASES, CHANNEL_IDS, INSTALLABLE_CHANNELS } from "../openclaw/openclawData";
import { replaceStringValue } from "../edits/strings";
import type { Fix } from "../types";
import type { Rule } from "./rule";

export const SPECIAL_TARGETS = ["owner", "last", "none"];

/**
 * OpenClaw (config/validation-plugin-rules.ts, validateHeartbeatTarget): a heartbeat `target` must be `owner`,
 * `last`, `none` or a channel id (or one of its aliases), in any case; a blank target is rejected.
 */
export const unknownHeartbeatTarget: Rule = {
  code: "unknown-heartbeat-target",
  severity: DiagnosticSeverity.Error,
  summary: "A heartbeat target that is neither owner, last, none nor a channel id.",
  check(ctx) {
    const targets: JsonNode[] = [];
    const defaults = nodeAtPath(ctx.root, ["agents", "defaults", "heartbeat", "target"]);
    if (defaults) targets.push(defaults);
    for (const agent of listAgentEntries(ctx.root)) {
      const target = nodeAtPath(agent.node, ["heartbeat", "target"]);
      if (target) targets.push(target);
    }
    for (const node of targets) {
      // `${VAR}` placeholders are resolved by OpenClaw at load time: never an error here.
      if (node.type !== "string" || (node.value as string).includes("${")) continue;
      const value = node.value as string;
      const normalized = value.trim().toLowerCase();
      if (normalized === "") {
        ctx.report({ node, message: `The heartbeat target is empty: use "owner", "last", "none" or a channel id (${CHANNEL_IDS.slice(0, 6).join(", ")}, …).` });
        continue;
      }
      if (SPECIAL_TARGETS.includes(normalized) || CHANNEL_IDS.includes(normalized) || normalized in CHANNEL_ALIASES) continue;
      if (normalized in INSTALLABLE_CHANNELS) {
        ctx.report({
          node,
          severity: DiagnosticSeverity.Warning,
          message: `Heartbeat target "${value}" is a channel of the official "${INSTALLABLE_CHANNELS[normalized]}" plugin, installed separately: unless it is installed, OpenClaw rejects this target.`,
        });
        continue;
      }
      const suggestion = closest(normalized, [...SPECIAL_TARGETS, ...CHANNEL_IDS]);
      const fixes: Fix[] = suggestion ? [{ title: `Change to "${suggestion}"`, edits: [replaceStringValue(ctx.doc, node, suggestion)], isPreferred: true }] : [];
      ctx.report({
        node,
        message:
          `Unknown heartbeat target "${value}": use "owner", "last", "none" or a channel id.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : ` Channels: ${CHANNEL_IDS.join(", ")}.`),
        fixes,
      });
    }
  },
};
