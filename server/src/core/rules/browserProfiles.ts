import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Rule } from "./rule";

function truthy(node: JsonNode | undefined): boolean {
  if (!node) return false;
  if (node.type === "string") return node.value !== "";
  if (node.type === "number") return node.value !== 0 && !Number.isNaN(node.value);
  if (node.type === "boolean") return node.value === true;
  return node.type !== "null";
}

/**
 * OpenClaw (zod-schema.ts, browser.profiles refinements): a profile must say where Chrome's DevTools endpoint
 * is (`cdpPort` or `cdpUrl`) unless its driver is `existing-session` or `extension`; `userDataDir` only works
 * with `existing-session`; `cdpUrl` is not allowed with `extension` (the relay owns the endpoint). Reported on
 * the profile's name, where OpenClaw reports them.
 */
export const browserProfiles: Rule = {
  code: "browser-profile",
  severity: DiagnosticSeverity.Error,
  summary: "A browser profile without cdpPort/cdpUrl, or with settings its driver does not support.",
  check(ctx) {
    const profiles = nodeAtPath(ctx.root, ["browser", "profiles"]);
    if (profiles?.type !== "object") return;
    for (const property of profiles.children!) {
      const [key, profile] = property.children!;
      if (profile?.type !== "object") continue;
      const driverNode = propertyValue(profile, "driver");
      const driver = driverNode?.type === "string" ? (driverNode.value as string) : undefined;
      const name = String(key!.value);
      if (driver !== "existing-session" && driver !== "extension" && !truthy(propertyValue(profile, "cdpPort")) && !truthy(propertyValue(profile, "cdpUrl"))) {
        ctx.report({ node: key!, message: `Browser profile "${name}" must set cdpPort or cdpUrl (or use driver "existing-session" or "extension").` });
      }
      const userDataDir = propertyNode(profile, "userDataDir");
      if (driver !== "existing-session" && truthy(userDataDir?.children![1])) {
        ctx.report({ node: key!, message: `userDataDir is only supported with driver: "existing-session" (profile "${name}").` });
      }
      const cdpUrl = propertyNode(profile, "cdpUrl");
      if (driver === "extension" && truthy(cdpUrl?.children![1])) {
        ctx.report({ node: key!, message: `cdpUrl is not supported with driver: "extension": the relay owns the endpoint (profile "${name}").` });
      }
    }
  },
};
