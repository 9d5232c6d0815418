import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode } from "../document";
import type { Rule } from "./rule";

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const TRANSPORT_OWNED = new Set(["host", "connection", "upgrade", "content-length", "sec-websocket-key", "sec-websocket-version", "sec-websocket-protocol", "sec-websocket-extensions"]);

/**
 * OpenClaw (src/shared/gateway-edge-auth-headers.ts): `gateway.remote.edgeAuth` maps header names to secrets sent
 * to an edge proxy; the map must not be empty, names must be valid HTTP header tokens, must not be headers the
 * WebSocket transport owns, and must not repeat in another case. OpenClaw reports only the first problem.
 */
export const edgeAuthHeaders: Rule = {
  code: "edge-auth-header",
  severity: DiagnosticSeverity.Error,
  summary: "gateway.remote.edgeAuth: empty, an invalid or transport-owned header name, or a name repeated in another case.",
  check(ctx) {
    const remote = nodeAtPath(ctx.root, ["gateway", "remote"]);
    const property = propertyNode(remote, "edgeAuth");
    const headers = property?.children![1];
    if (headers?.type !== "object") return;
    if (headers.children!.length === 0) {
      ctx.report({ node: property!.children![0]!, message: "gateway.remote.edgeAuth must name at least one header (or be removed)." });
      return;
    }
    const seen = new Map<string, string>();
    for (const header of headers.children!) {
      const key = header.children![0]!;
      const name = String(key.value);
      const lower = name.toLowerCase();
      let problem: string | undefined;
      if (!HEADER_NAME.test(name)) problem = `"${name}" is not a valid HTTP header name.`;
      else if (TRANSPORT_OWNED.has(lower)) problem = `gateway.remote.edgeAuth cannot set "${name}": the WebSocket transport owns that header.`;
      else if (seen.has(lower)) problem = `Header names "${seen.get(lower)}" and "${name}" differ only by case: keep one.`;
      seen.set(lower, seen.get(lower) ?? name);
      if (problem) {
        ctx.report({ node: key, message: problem });
        return; // OpenClaw stops at the first problem
      }
    }
  },
};
