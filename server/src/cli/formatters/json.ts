/** `--format json`: one object, stable field names, 1-based line/column beside the LSP range. */
import type { CheckRun, FileReport } from "../check";
import { isFixable, severityName, totals } from "./common";

export function formatJson(reports: readonly FileReport[], run: CheckRun): string {
  const t = totals(reports);
  const output = {
    files: reports.map((report) => ({
      path: report.displayPath,
      ...(report.ioError ? { error: report.ioError } : {}),
      errorCount: report.diagnostics.filter((d) => severityName(d.severity) === "error").length,
      warningCount: report.diagnostics.filter((d) => severityName(d.severity) === "warning").length,
      ...(run.fix ? { fixesApplied: report.fixesApplied ?? 0 } : {}),
      ...(report.fixSkipped ? { fixSkipped: report.fixSkipped } : {}),
      ...(report.diff !== undefined ? { diff: report.diff } : {}),
      diagnostics: report.diagnostics.map((diagnostic) => ({
        code: diagnostic.code,
        severity: severityName(diagnostic.severity),
        message: diagnostic.message,
        path: diagnostic.data.path,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        range: diagnostic.range,
        fixable: isFixable(diagnostic),
        ...(diagnostic.codeDescription ? { docs: diagnostic.codeDescription.href } : {}),
      })),
    })),
    summary: {
      files: t.files,
      errors: t.errors,
      warnings: t.warnings,
      infos: t.infos,
      fixable: t.fixable,
      ...(run.fix ? { fixed: t.fixed, dryRun: run.dryRun } : {}),
      unreadable: t.ioErrors,
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
