import { DiagnosticSeverity } from "vscode-languageserver-types";
import { dotPath, pathOf, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { NON_BLANK_STRING_PATHS } from "../openclaw/openclawData";
import type { Rule } from "./rule";

const PATTERNS = NON_BLANK_STRING_PATHS.map((p) => p.split("."));

/** The nodes a pattern (`*` any key, `[]` any item) reaches in the tree. */
function reach(node: JsonNode | undefined, segments: readonly string[], i: number, out: JsonNode[]): void {
  if (!node) return;
  if (i === segments.length) {
    out.push(node);
    return;
  }
  const segment = segments[i]!;
  if (segment === "[]") {
    if (node.type === "array") for (const item of node.children!) reach(item, segments, i + 1, out);
  } else if (segment === "*") {
    if (node.type === "object") for (const property of node.children!) reach(property.children![1], segments, i + 1, out);
  } else {
    reach(propertyValue(node, segment), segments, i + 1, out);
  }
}

/**
 * OpenClaw trims these strings before requiring a character (zod `string().trim().min(1)`; the paths are
 * generated from its schema), so a value of only spaces is rejected although the JSON Schema's minLength
 * passes it. An empty string is the schema rule's finding.
 */
export const blankString: Rule = {
  code: "blank-string",
  severity: DiagnosticSeverity.Error,
  summary: "A setting OpenClaw requires to be non-blank holds only whitespace.",
  check(ctx) {
    for (const segments of PATTERNS) {
      const found: JsonNode[] = [];
      reach(ctx.root, segments, 0, found);
      for (const node of found) {
        if (node.type !== "string") continue;
        const value = node.value as string;
        if (value.length > 0 && value.trim() === "") {
          ctx.report({ node, message: `${dotPath(pathOf(node))} holds only whitespace: OpenClaw trims it and then requires at least one character.` });
        }
      }
    }
  },
};
