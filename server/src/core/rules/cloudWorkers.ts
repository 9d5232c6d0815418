import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import { parseDurationMs } from "../openclaw/units";
import type { Rule } from "./rule";

/**
 * OpenClaw (zod-schema.cloud-workers.ts): a worker profile's name has no outer whitespace, and its
 * `suspendAfter` is a duration with an explicit unit of at least one minute (`45m`, `2h`).
 */
export const cloudWorkerProfile: Rule = {
  code: "cloud-worker-profile",
  severity: DiagnosticSeverity.Error,
  summary: "A cloud worker profile name with outer whitespace, or a suspendAfter shorter than 1m or without a unit.",
  check(ctx) {
    const profiles = nodeAtPath(ctx.root, ["cloudWorkers", "profiles"]);
    if (profiles?.type !== "object") return;
    for (const property of profiles.children!) {
      const [key, profile] = property.children!;
      const name = String(key!.value);
      if (name !== name.trim()) ctx.report({ node: key!, message: `Worker profile name "${name}" has spaces around it: OpenClaw rejects outer whitespace in profile names.` });
      const suspendAfter = propertyValue(profile, "suspendAfter");
      if (suspendAfter?.type !== "string" || (suspendAfter.value as string).includes("${")) continue;
      const value = suspendAfter.value as string;
      const ms = /(?:ms|s|m|h|d)$/i.test(value) ? parseDurationMs(value, "ms") : undefined;
      if (ms === undefined || ms < 60_000) {
        ctx.report({ node: suspendAfter, message: `suspendAfter must be a duration of at least 1m with its unit, such as "45m" or "2h"; "${value}" is not.` });
      }
    }
  },
};
