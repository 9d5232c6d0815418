import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { DiagnosticData, Fix } from "../types";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.openclaw`;

function fixesOf(diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === "openclaw" && Array.isArray(data?.fixes) ? data.fixes : [];
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range["start"], y: Range["start"]) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** One `quickfix` action per fix carried by the diagnostics in the requested range. */
export function quickFixes(doc: ConfigDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    for (const fix of fixesOf(diagnostic)) {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [fix.uri ?? doc.uri]: fix.edits } },
      };
      if (fix.isPreferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}

/**
 * The edits of every safe fix among `diagnostics`, as one list without overlaps (a fix whose edits
 * overlap an earlier one is left for the next round, so applying the list is always well defined).
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    for (const fix of fixesOf(diagnostic)) {
      if (!fix.safe || fix.uri) continue;
      if (fix.edits.some((edit) => taken.some((other) => overlaps(edit.range, other.range) || sameInsertPoint(edit, other)))) continue;
      taken.push(...fix.edits);
      break;
    }
  }
  return taken;
}

function sameInsertPoint(a: TextEdit, b: TextEdit): boolean {
  const at = (e: TextEdit) => `${e.range.start.line}:${e.range.start.character}:${e.range.end.line}:${e.range.end.character}`;
  return at(a) === at(b);
}

export function fixAllAction(doc: ConfigDocument, diagnostics: readonly Diagnostic[]): CodeAction | undefined {
  const edits = fixAllEdits(diagnostics);
  if (edits.length === 0) return undefined;
  return { title: "Fix all auto-fixable OpenClaw problems", kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } };
}
