import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { DiagnosticData, Fix } from "../types";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.openclaw`;

/** The fixes an OpenClaw diagnostic carries in `data` (none for other sources). */
export function fixesOf(diagnostic: Diagnostic): Fix[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === "openclaw" && Array.isArray(data?.fixes) ? data.fixes : [];
}

/** The diagnostics whose range touches `range` (a cursor at either end of a literal counts, as in Ctrl+.). */
export function diagnosticsTouching<D extends Diagnostic>(diagnostics: readonly D[], range: Range): D[] {
  const notAfter = (a: Range["start"], b: Range["start"]) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return diagnostics.filter((d) => notAfter(d.range.start, range.end) && notAfter(range.start, d.range.end));
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
