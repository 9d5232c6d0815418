import { DiagnosticSeverity } from "vscode-languageserver-types";
import { dotPath } from "../document";
import { matchPattern } from "../migrations/engine";
import { NON_BLANK_STRING_PATHS } from "../openclaw/openclawData";
import type { Rule } from "./rule";

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
    // matchPattern walks `*` keys and `[]` items as JSON5.parse reads them (a duplicate key: the last one).
    for (const pattern of NON_BLANK_STRING_PATHS) {
      for (const { value: node, path } of matchPattern(ctx.root, pattern)) {
        if (node.type !== "string") continue;
        const value = node.value as string;
        if (value.length > 0 && value.trim() === "") {
          ctx.report({ node, message: `${dotPath(path)} holds only whitespace: OpenClaw trims it and then requires at least one character.` });
        }
      }
    }
  },
};
