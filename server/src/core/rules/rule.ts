import type { DiagnosticSeverity } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Finding } from "../types";

/** Where each rule's documentation lives (one Markdown page per code, shipped in the repository). */
export const RULE_DOCS_BASE = "https://github.com/openclaw-config/openclaw-config/blob/main/docs/rules/";

export function ruleDocsUrl(code: string): string {
  return `${RULE_DOCS_BASE}${code}.md`;
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
  check(ctx: RuleContext): void;
}
