import { DiagnosticSeverity } from "vscode-languageserver-types";
import { propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Rule, RuleContext } from "./rule";

const FILE_SEGMENT = /^(?:[^~]|~0|~1)*$/;
const EXEC_ID = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/;

/** OpenClaw's isValidFileSecretRefId: `value`, or an absolute JSON pointer. */
export function isValidFileSecretRefId(id: string): boolean {
  if (id === "value") return true;
  return id.startsWith("/") && id.slice(1).split("/").every((segment) => FILE_SEGMENT.test(segment));
}

/** OpenClaw's validateExecSecretRefId: its pattern, and no `.`/`..` segments. */
export function isValidExecSecretRefId(id: string): boolean {
  return EXEC_ID.test(id) && !id.split("/").some((segment) => segment === "." || segment === "..");
}

/**
 * OpenClaw (zod-schema.secret-input.ts): the `id` of a `{ source: "file" }` SecretRef must be an absolute
 * JSON pointer (or `value`); of a `{ source: "exec" }` SecretRef, a safe name without `.`/`..` segments. These
 * are zod refinements, so the JSON Schema cannot say it. Channel and plugin settings are checked by their own
 * schemas and are left to the schema rule.
 */
export const secretRefIds: Rule = {
  code: "secret-ref-id",
  severity: DiagnosticSeverity.Error,
  summary: "A file or exec SecretRef whose id OpenClaw cannot resolve.",
  check(ctx) {
    visit(ctx, ctx.root, []);
  },
};

function visit(ctx: RuleContext, node: JsonNode, path: string[]): void {
  if (node.type === "array") {
    for (const item of node.children!) visit(ctx, item, path);
    return;
  }
  if (node.type !== "object") return;
  if (path[0] === "channels" || (path[0] === "plugins" && path[1] === "entries")) return;
  const keys = node.children!.map((p) => p.children![0]!.value);
  if (keys.length === 3 && keys.includes("source") && keys.includes("provider") && keys.includes("id")) {
    const source = propertyValue(node, "source");
    const id = propertyValue(node, "id");
    if (source?.type === "string" && id?.type === "string" && !(id.value as string).includes("${")) {
      const value = id.value as string;
      if (source.value === "file" && !isValidFileSecretRefId(value)) {
        ctx.report({ node: id, message: `A file secret reference id must be an absolute JSON pointer into the secrets file (for example "/providers/openai/apiKey"), or "value" for a single-value file; "${value}" is neither.` });
      } else if (source.value === "exec" && !isValidExecSecretRefId(value)) {
        ctx.report({ node: id, message: `An exec secret reference id must be a name like "vault/openai/api-key" or "aws/secret#json_key" (letters, digits and . _ : / # -, no "." or ".." segments); "${value}" is not.` });
      }
    }
    return;
  }
  for (const property of node.children!) {
    const value = property.children![1];
    if (value) visit(ctx, value, [...path, String(property.children![0]!.value)]);
  }
}
