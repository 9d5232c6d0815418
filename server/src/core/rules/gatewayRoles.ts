import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import { closest } from "../openclaw/closest";
import type { Rule } from "./rule";

/**
 * OpenClaw (zod-schema.gateway.ts, gateway.roles): `definitions` must define at least one role and `default`
 * must name one of them.
 */
export const gatewayRoles: Rule = {
  code: "gateway-roles",
  severity: DiagnosticSeverity.Error,
  summary: "gateway.roles.default must name a role in gateway.roles.definitions, which must not be empty.",
  check(ctx) {
    const roles = nodeAtPath(ctx.root, ["gateway", "roles"]);
    if (roles?.type !== "object") return;
    const definitionsProperty = propertyNode(roles, "definitions");
    const definitions = definitionsProperty?.children![1];
    if (definitions?.type !== "object") return;
    const names = definitions.children!.map((p) => String(p.children![0]!.value));
    if (names.length === 0) ctx.report({ node: definitionsProperty!.children![0]!, message: "gateway.roles.definitions must define at least one role." });
    const fallback = propertyValue(roles, "default");
    if (fallback?.type === "string" && !names.includes(fallback.value as string) && !(fallback.value as string).includes("${")) {
      const suggestion = closest(fallback.value as string, names);
      ctx.report({
        node: fallback,
        message: `gateway.roles.default "${fallback.value as string}" is not a role defined in gateway.roles.definitions${names.length ? ` (${names.join(", ")})` : ""}.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
      });
    }
  },
};
