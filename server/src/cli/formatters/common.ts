import { DiagnosticSeverity } from "vscode-languageserver-types";
import { fixesOf } from "../../core/services/codeActions";
import type { OpenClawDiagnostic } from "../../core/types";
import type { FileReport } from "../check";

export type SeverityName = "error" | "warning" | "info" | "hint";

export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
  switch (severity) {
    case DiagnosticSeverity.Warning:
      return "warning";
    case DiagnosticSeverity.Information:
      return "info";
    case DiagnosticSeverity.Hint:
      return "hint";
    default:
      return "error"; // LSP says an unset severity is the client's choice; we count it as an error
  }
}

export function isFixable(diagnostic: OpenClawDiagnostic): boolean {
  return fixesOf(diagnostic).some((fix) => fix.safe);
}

/** A diagnostic's message as plain text (LSP 3.18 allows MarkupContent; ours are strings). */
export function messageText(diagnostic: OpenClawDiagnostic): string {
  const message: unknown = diagnostic.message;
  return typeof message === "string" ? message : ((message as { value?: string } | undefined)?.value ?? "");
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  fixed: number;
  ioErrors: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const out: Totals = { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0, ioErrors: 0 };
  for (const report of reports) {
    if (report.ioError) out.ioErrors++;
    out.fixed += report.fixesApplied ?? 0;
    for (const diagnostic of report.diagnostics) {
      const name = severityName(diagnostic.severity);
      if (name === "error") out.errors++;
      else if (name === "warning") out.warnings++;
      else out.infos++;
      if (isFixable(diagnostic)) out.fixable++;
    }
  }
  return out;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
