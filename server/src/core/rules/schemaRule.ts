import { DiagnosticSeverity, type TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import { removeProperty, renameKey } from "../edits/properties";
import { replaceStringValue, stringLiteral } from "../edits/strings";
import type { OffsetEdit } from "../edits/textDiff";
import type { JsonNode } from "../json5/ast";
import { loadBundledSchema, type JSONSchema } from "../schema/schema";
import { literal } from "../schema/messages";
import { SCHEMA_CODES, schemaValidator, type SchemaProblem } from "../schema/validator";
import type { Finding, Fix } from "../types";
import type { Rule } from "./rule";

/** At most this many "Change to ..." fixes on one enum error (the message lists every value). */
const MAX_ENUM_FIXES = 25;

/** Offset edits (edits/properties.ts) as LSP text edits of this document version. */
function toTextEdits(doc: ConfigDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: doc.range(edit.start, edit.end - edit.start), newText: edit.text }));
}

/** Replaces a value literal with `value`, keeping the quote style of a string literal. */
export function replaceValueEdit(doc: ConfigDocument, node: JsonNode, value: unknown): TextEdit {
  if (typeof value === "string") {
    if (node.type === "string") return replaceStringValue(doc, node, value);
    return { range: doc.nodeRange(node), newText: stringLiteral(value, '"') };
  }
  return { range: doc.nodeRange(node), newText: JSON.stringify(value) };
}

function fixesFor(doc: ConfigDocument, problem: SchemaProblem): Fix[] {
  if (problem.code === "unknown-key" && problem.node.parent?.type === "property") {
    // Rename keeps the key's bare or quoted style; removal takes its comments and comma along.
    const property = problem.node.parent;
    const key = problem.node.value as string;
    const fixes: Fix[] = [];
    if (typeof problem.suggestion === "string") {
      fixes.push({ title: `Rename \`${key}\` to \`${problem.suggestion}\``, edits: toTextEdits(doc, renameKey(doc, property, problem.suggestion)), isPreferred: true });
    }
    fixes.push({ title: `Remove \`${key}\``, edits: toTextEdits(doc, removeProperty(doc, property)) });
    return fixes;
  }
  if ((problem.code === "invalid-enum" || problem.code === "invalid-type") && problem.allowedValues) {
    const values = problem.allowedValues.filter((value) => value === null || typeof value !== "object").slice(0, MAX_ENUM_FIXES);
    const preferred = values.length === 1 ? values[0] : problem.suggestion;
    return values.map((value) => ({
      title: `Change to ${literal(value)}`,
      edits: [replaceValueEdit(doc, problem.node, value)],
      ...(value === preferred && preferred !== undefined ? { isPreferred: true } : {}),
    }));
  }
  return [];
}

/** A problem as a finding: where the squiggle goes, the message and its fixes. */
export function findingFor(doc: ConfigDocument, problem: SchemaProblem): Finding {
  const finding: Finding = { node: problem.node, message: problem.message, code: problem.code, path: problem.path };
  if (problem.code === "missing-property") {
    // On the key that holds the object; for the root object or an array item, on its opening brace.
    const holder = problem.node.parent;
    if (holder?.type === "property" && holder.children?.[0]) finding.node = holder.children[0];
    else finding.range = { offset: problem.node.offset, length: 1 };
  }
  const fixes = fixesFor(doc, problem);
  if (fixes.length > 0) finding.fixes = fixes;
  return finding;
}

/**
 * The schema rule family: the whole document against OpenClaw's JSON Schema (bundled in schemas/),
 * reporting `unknown-key`, `invalid-type`, `invalid-enum`, `missing-property` and `invalid-value`.
 * Every one is an Error: OpenClaw refuses to start on a config that fails its schema.
 */
export function createSchemaRule(getSchema: () => JSONSchema = loadBundledSchema): Rule {
  return {
    code: "schema",
    codes: [...SCHEMA_CODES, "schema-unavailable"],
    severity: DiagnosticSeverity.Error,
    summary: "The config does not match OpenClaw's schema (unknown keys, wrong types or values, missing properties): OpenClaw refuses to start.",
    check(ctx) {
      let problems: SchemaProblem[];
      try {
        problems = schemaValidator(getSchema()).validate(ctx.root);
      } catch (error) {
        // A missing schema file or a validator bug must not take the other rules' diagnostics down.
        ctx.report({
          node: ctx.root,
          range: { offset: ctx.root.offset, length: 1 },
          code: "schema-unavailable",
          severity: DiagnosticSeverity.Warning,
          message: `OpenClaw's schema could not be checked (${error instanceof Error ? error.message : String(error)}); other checks still ran. Please report this.`,
        });
        return;
      }
      for (const problem of problems) ctx.report(findingFor(ctx.doc, problem));
    },
  };
}

export const schemaRule: Rule = createSchemaRule();
