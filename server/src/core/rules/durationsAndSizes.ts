import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import type { JsonNode } from "../json5/ast";
import { parseByteSize, parseDurationMs } from "../openclaw/units";
import type { Rule, RuleContext } from "./rule";

/** The written text of a number or string value (what OpenClaw's normalizeStringifiedOptionalString gives the parser). */
function textOf(node: JsonNode): string | undefined {
  if (node.type === "string") return node.value as string;
  if (node.type === "number") return String(node.value);
  return undefined;
}

const DURATION_HINT = "use a number with ms, s, m, h or d, such as 30d, 12h or 1h30m";
const SIZE_HINT = "use a number with b, kb, mb, gb or tb, such as 512kb, 10mb or 1gb";

/** Positive durations whose bare numbers count in days (session.maintenance, PositiveDurationSchema). */
const POSITIVE_DURATIONS = ["pruneAfter", "archiveDashboardAfter", "preserveRecent", "resetArchiveRetention"];

/**
 * OpenClaw's duration and byte-size settings are strings or numbers that it parses with its own grammar
 * (zod refinements: the JSON Schema only says "string or number"): session.maintenance durations and sizes,
 * cron.sessionRetention, and the agent compaction byte thresholds.
 */
export const durationsAndSizes: Rule = {
  code: "invalid-duration",
  codes: ["invalid-duration", "invalid-byte-size"],
  severity: DiagnosticSeverity.Error,
  summary: "A duration or byte size OpenClaw cannot parse (session maintenance, cron retention, compaction thresholds).",
  check(ctx) {
    const maintenance = nodeAtPath(ctx.root, ["session", "maintenance"]);
    if (maintenance?.type === "object") {
      for (const key of POSITIVE_DURATIONS) {
        const node = nodeAtPath(maintenance, [key]);
        if (!node) continue;
        // `false` turns these off; archiveDashboardAfter also takes 0. Other types are the schema's business.
        if (node.type === "boolean" || (key === "archiveDashboardAfter" && node.type === "number" && node.value === 0)) continue;
        positiveDuration(ctx, node, `session.maintenance.${key}`);
      }
      for (const key of ["maxDiskBytes", "highWaterBytes"]) {
        const node = nodeAtPath(maintenance, [key]);
        if (node) byteSize(ctx, node, `session.maintenance.${key}`, false);
      }
    }
    const retention = nodeAtPath(ctx.root, ["cron", "sessionRetention"]);
    if (retention && retention.type !== "boolean") {
      const text = textOf(retention);
      if (text !== undefined && !text.includes("${") && parseDurationMs(text, "h") === undefined) {
        ctx.report({ node: retention, code: "invalid-duration", message: `cron.sessionRetention: OpenClaw cannot read "${text}" as a duration: ${DURATION_HINT}, or false.` });
      }
    }
    for (const path of [
      ["agents", "defaults", "compaction", "memoryFlush", "forceFlushTranscriptBytes"],
      ["agents", "defaults", "compaction", "maxActiveTranscriptBytes"],
    ]) {
      const node = nodeAtPath(ctx.root, path);
      if (node?.type === "string") byteSize(ctx, node, path.join("."), true);
    }
  },
};

function positiveDuration(ctx: RuleContext, node: JsonNode, label: string): void {
  const text = textOf(node);
  if (text === undefined || text.includes("${")) return;
  const ms = parseDurationMs(text, "d");
  if (ms === undefined) ctx.report({ node, code: "invalid-duration", message: `${label}: OpenClaw cannot read "${text}" as a duration: ${DURATION_HINT} (a bare number counts days).` });
  else if (ms <= 0) ctx.report({ node, code: "invalid-duration", message: `${label} must be a positive duration, such as 30d.` });
}

function byteSize(ctx: RuleContext, node: JsonNode, label: string, stringOnly: boolean): void {
  if (node.type === "boolean" && !stringOnly) return; // false disables maxDiskBytes; the schema checks the rest
  const text = stringOnly ? (node.type === "string" ? (node.value as string) : undefined) : textOf(node);
  if (text === undefined || text.includes("${")) return;
  if (parseByteSize(text) === undefined) ctx.report({ node, code: "invalid-byte-size", message: `${label}: OpenClaw cannot read "${text}" as a size: ${SIZE_HINT}.` });
}
