/** `--format text`: `file:line:col severity message [code]`, a code frame, and a summary line. */
import { uriDisplayPath, type CheckRun, type FileReport } from "../check";
import { codeFrame } from "./codeFrame";
import type { Colors } from "./colors";
import { plural, severityName, totals, type SeverityName } from "./common";

function paint(colors: Colors, severity: SeverityName): (text: string) => string {
  return severity === "error" ? colors.red : severity === "warning" ? colors.yellow : colors.blue;
}

export function formatText(reports: readonly FileReport[], run: CheckRun, colors: Colors): string {
  const out: string[] = [];
  for (const report of reports) {
    if (report.diff) out.push(report.diff);
  }
  for (const report of reports) {
    if (report.fixSkipped) out.push(`${colors.bold(report.displayPath)}: ${report.fixSkipped}\n`);
    const doc = report.doc;
    if (!doc) continue;
    for (const diagnostic of report.diagnostics) {
      const { start } = diagnostic.range;
      const severity = severityName(diagnostic.severity);
      const where = colors.bold(`${report.displayPath}:${start.line + 1}:${start.character + 1}`);
      out.push(`${where} ${paint(colors, severity)(severity)} ${diagnostic.message} ${colors.dim(`[${diagnostic.code}]`)}`);
      out.push(codeFrame(doc, diagnostic.range, colors));
      for (const related of diagnostic.relatedInformation ?? []) {
        const at = related.location.range.start;
        const file = related.location.uri === doc.uri ? report.displayPath : uriDisplayPath(related.location.uri, run.cwd);
        out.push(`  ${colors.dim("related")} ${file}:${at.line + 1}:${at.character + 1} ${related.message}`);
      }
      out.push("");
    }
  }
  out.push(summary(reports, run, colors));
  return `${out.join("\n")}\n`;
}

function summary(reports: readonly FileReport[], run: CheckRun, colors: Colors): string {
  const t = totals(reports);
  const checked = t.files - t.ioErrors;
  const lines: string[] = [];
  if (run.fix && t.fixed > 0) {
    const fixedFiles = reports.filter((r) => (r.fixesApplied ?? 0) > 0).length;
    lines.push(
      run.dryRun
        ? `Would fix ${plural(t.fixed, "problem")} in ${plural(fixedFiles, "file")} (dry run: nothing written).`
        : `Fixed ${plural(t.fixed, "problem")} in ${plural(fixedFiles, "file")}.`,
    );
  }
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0) {
    lines.push(colors.green(`✔ ${plural(checked, "file")} checked, no problems.`));
  } else {
    const parts = [plural(t.errors, "error"), plural(t.warnings, "warning")];
    if (t.infos > 0) parts.push(`${t.infos} info`);
    const mark = t.errors > 0 ? colors.red : colors.yellow;
    lines.push(mark(colors.bold(`✖ ${plural(problems, "problem")} (${parts.join(", ")}) in ${plural(checked, "file")} checked.`)));
    if (!run.fix && t.fixable > 0) lines.push(`  ${plural(t.fixable, "problem")} fixable with --fix.`);
  }
  if (t.ioErrors > 0) lines.push(colors.red(`${plural(t.ioErrors, "file")} could not be checked (see above).`));
  return lines.join("\n");
}
