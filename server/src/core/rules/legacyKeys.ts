/**
 * OpenClaw's doctor migrations as diagnostics: every legacy key or value in the migration table gets a
 * diagnostic naming its new place, with a comment-preserving fix (see core/migrations/).
 * Codes: `legacy-key` (a key to move, rename or remove), `legacy-value` (a retired value spelling),
 * `legacy-codex-route` (Codex providers, api ids and model references).
 */
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { EditSession } from "../edits/session";
import { findingsOf, parsePattern } from "../migrations/engine";
import { MIGRATIONS } from "../migrations/table";
import { pathMatchesSegments } from "../openclaw/references";
import type { LegacyFinding, MigrationEntry } from "../migrations/types";
import type { Fix, JsonPath } from "../types";
import type { Rule, RuleContext } from "./rule";

export const LEGACY_CODES = ["legacy-key", "legacy-value", "legacy-codex-route"] as const;

function codeOf(finding: LegacyFinding): (typeof LEGACY_CODES)[number] {
  if (finding.rule.code) return finding.rule.code;
  return finding.rule.kind === "value" ? "legacy-value" : "legacy-key";
}

function versionPhrase(entry: MigrationEntry, severity: DiagnosticSeverity): string {
  const since = entry.since ? `Retired in OpenClaw ${entry.since}; ` : "";
  const verdict = severity === DiagnosticSeverity.Error ? "OpenClaw 2026.9.6 rejects the old form" : "OpenClaw 2026.9.6 still accepts it but migrates it";
  return `${since}${verdict} (doctor migration "${entry.id}").`;
}

/** Runs every migration rule of the table over a document. */
export function legacyFindings(ctx: RuleContext): { finding: LegacyFinding; severity: DiagnosticSeverity }[] {
  const out: { finding: LegacyFinding; severity: DiagnosticSeverity }[] = [];
  for (const entry of MIGRATIONS) {
    for (const rule of entry.rules) {
      const severityOf = (level: "error" | "warning" | undefined) => (level === "warning" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error);
      for (const finding of findingsOf(ctx.root, entry, rule, (text) => text)) {
        const severity = severityOf(finding.severity ?? rule.severity);
        finding.message = `${finding.message} ${versionPhrase(entry, severity)}`;
        out.push({ finding, severity });
      }
    }
  }
  return out;
}

/** Runs a fix plan on the document; undefined when an operation failed (the fix is then not offered). */
function toFix(ctx: RuleContext, finding: LegacyFinding): Fix | undefined {
  // Moving text around a tree the parser had to recover could land it in the wrong place: fix the syntax first.
  if (!finding.fix || ctx.doc.parse.errors.length > 0) return undefined;
  const session = new EditSession(ctx.doc);
  if (!finding.fix.apply(session) || session.failed || !session.changed) return undefined;
  return { title: finding.fix.title, edits: session.edits(), isPreferred: true, safe: finding.fix.safe };
}

export const legacyKeys: Rule = {
  code: "legacy-key",
  codes: LEGACY_CODES,
  severity: DiagnosticSeverity.Error,
  summary: "A key or value OpenClaw's doctor migrates (renamed, moved, retired): fixable one click at a time, comments kept.",
  check(ctx) {
    for (const { finding, severity } of legacyFindings(ctx)) {
      // A fix runs a whole-document edit session (re-parse, style, diff): computed when asked for.
      const fixes = finding.fix
        ? () => {
            const fix = toFix(ctx, finding);
            return fix ? [fix] : [];
          }
        : undefined;
      ctx.report({
        node: finding.node,
        message: finding.message,
        severity,
        code: codeOf(finding),
        ...(fixes ? { fixes } : {}),
      });
    }
  },
};

/** Parsed patterns of every key-based rule (for isLegacyPath). */
const KEY_PATTERNS: string[][] = MIGRATIONS.flatMap((entry) =>
  entry.rules.filter((rule) => rule.kind !== "value" && rule.kind !== "custom" && !rule.when).map((rule) => parsePattern(rule.path)),
);

/**
 * Whether a JSON path is a legacy key this rule reports (so a schema `unknown-key` diagnostic for it
 * is redundant): `agents.defaults.imageGenerationModel`, `models.providers.openai-codex`...
 */
export function isLegacyPath(path: JsonPath): boolean {
  const matches = (pattern: string[]) => pattern.length === path.length && pathMatchesSegments(pattern, path);
  if (KEY_PATTERNS.some(matches)) return true;
  // Custom rules' keys.
  const [a, b, c] = path;
  if (a === "agents" && b === "list" && path.length === 2) return true;
  if (a === "models" && b === "providers" && typeof c === "string" && path.length === 3 && ["openai-codex", "codex"].includes(c.toLowerCase())) return true;
  if (a === "env" && path.length === 2 && b !== "vars" && b !== "shellEnv") return true;
  return false;
}
