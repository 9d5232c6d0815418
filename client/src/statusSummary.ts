/**
 * What the OpenClaw language status shows for the active file, as plain data (no `vscode` import, so
 * it is unit-tested without an editor).
 */

/** LSP/VS Code severities: 0 Error, 1 Warning, 2 Information, 3 Hint (vscode.DiagnosticSeverity). */
export interface CountedDiagnostic {
  severity: number;
  source?: string;
}

export interface ProblemSummary {
  text: string;
  detail: string;
  /** 0 Information, 1 Warning, 2 Error (vscode.LanguageStatusSeverity). */
  severity: 0 | 1 | 2;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Counts the file's OpenClaw diagnostics (other sources are someone else's) by severity. */
export function summarizeProblems(diagnostics: readonly CountedDiagnostic[]): ProblemSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.source !== "openclaw") continue;
    if (d.severity === 0) errors++;
    else if (d.severity === 1) warnings++;
    else if (d.severity === 2) infos++;
  }
  if (errors + warnings + infos === 0) return { text: "$(check) No problems", detail: "OpenClaw config", severity: 0 };
  const parts = [errors && plural(errors, "error"), warnings && plural(warnings, "warning"), infos && plural(infos, "info")].filter(Boolean);
  return {
    text: `${errors ? "$(error)" : warnings ? "$(warning)" : "$(info)"} ${parts.join(", ")}`,
    detail: "in this OpenClaw config",
    severity: errors ? 2 : warnings ? 1 : 0,
  };
}

/** "OpenClaw 2026.9.6" from the bundled schema's meta file, or undefined when it is unreadable. */
export function schemaLabel(metaJson: string | undefined): string | undefined {
  if (!metaJson) return undefined;
  try {
    const meta = JSON.parse(metaJson) as { openclawVersion?: unknown };
    return typeof meta.openclawVersion === "string" && /^[\w.+-]{1,40}$/.test(meta.openclawVersion) ? `OpenClaw ${meta.openclawVersion}` : undefined;
  } catch {
    return undefined;
  }
}
