import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import { parseDurationMs } from "../openclaw/units";
import type { Rule, RuleContext } from "./rule";

const TIME = /^([01]\d|2[0-3]|24):([0-5]\d)$/;

function checkHeartbeat(ctx: RuleContext, heartbeat: JsonNode | undefined): void {
  if (heartbeat?.type !== "object") return;
  const every = nodeAtPath(heartbeat, ["every"]);
  if (every?.type === "string" && every.value !== "" && !(every.value as string).includes("${") && parseDurationMs(every.value as string, "m") === undefined) {
    ctx.report({ node: every, message: `heartbeat.every: OpenClaw cannot read "${every.value as string}" as a duration: use a number with ms, s, m or h, such as 30m or 1h (a bare number counts minutes).` });
  }
  for (const [which, allow24] of [["start", false], ["end", true]] as const) {
    const time = nodeAtPath(heartbeat, ["activeHours", which]);
    if (time?.type !== "string" || time.value === "" || (time.value as string).includes("${")) continue;
    const value = time.value as string;
    const match = TIME.exec(value);
    if (!match) ctx.report({ node: time, message: `activeHours.${which} "${value}" is not a 24-hour "HH:MM" time (two-digit hours, such as "09:00").` });
    else if (match[1] === "24" && match[2] !== "00") ctx.report({ node: time, message: `activeHours.${which}: 24:00 is the only 24:xx time OpenClaw accepts.` });
    else if (match[1] === "24" && !allow24) ctx.report({ node: time, message: "activeHours.start cannot be 24:00 (use 00:00)." });
  }
}

/**
 * OpenClaw (zod-schema.agent-runtime.ts, HeartbeatSchema.superRefine): `heartbeat.every` is a duration (a bare
 * number counts minutes) and `activeHours.start`/`end` are "HH:MM" 24-hour times (end may be 24:00).
 */
export const heartbeatSchedule: Rule = {
  code: "heartbeat-schedule",
  severity: DiagnosticSeverity.Error,
  summary: "A heartbeat interval or active-hours time OpenClaw cannot parse.",
  check(ctx) {
    checkHeartbeat(ctx, nodeAtPath(ctx.root, ["agents", "defaults", "heartbeat"]));
    for (const agent of listAgentEntries(ctx.root)) checkHeartbeat(ctx, nodeAtPath(agent.node, ["heartbeat"]));
  },
};
