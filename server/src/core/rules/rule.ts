import type { DiagnosticSeverity } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Finding } from "../types";

/** Where each rule's documentation lives (one Markdown page per code, shipped in the repository). */
export const RULE_DOCS_BASE = "https://github.com/openclaw-config/openclaw-config/blob/main/docs/rules/";

/** Codes that share one documentation page rather than each having their own (the JSON5 parser's). */
export function docsPageOf(code: string): string {
  return code.startsWith("json5-") ? "json5-syntax" : code;
}

export function ruleDocsUrl(code: string): string {
  return `${RULE_DOCS_BASE}${docsPageOf(code)}.md`;
}

export interface RuleContext {
  readonly doc: ConfigDocument;
  /** The root object of the config (rules run only when the document has one). */
  readonly root: JsonNode;
  report(finding: Finding): void;
}

/**
 * A rule is data plus one small function: a stable code, a default severity, a one-line summary (for
 * SARIF and the docs), and `check`, which reports findings with their fixes already computed.
 */
export interface Rule {
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly summary: string;
  /**
   * Every code the rule may report, when that is not just `code` (a family such as the schema rule sets
   * `Finding.code`). The `openclaw.rules` setting, the docs pages and the invariant tests go by these.
   */
  readonly codes?: readonly string[];
  check(ctx: RuleContext): void;
}

/** The codes a rule's diagnostics may carry. */
export function ruleCodes(rule: Rule): readonly string[] {
  return rule.codes ?? [rule.code];
}
