import { DiagnosticSeverity } from "vscode-languageserver-types";
import { dotPath, pathOf, type ConfigDocument } from "../document";
import { ruleDocsUrl, type Rule } from "../rules/rule";
import { isSecretAt } from "../openclaw/secrets";
import type { DiagnosticData, Finding, Fix, JsonPath, OpenClawDiagnostic } from "../types";

export type SeveritySetting = "off" | "error" | "warning" | "information" | "hint";

export interface ValidationOptions {
  /** Per-code severity overrides (`openclaw.rules` setting); "off" drops the code. */
  severities?: Readonly<Record<string, SeveritySetting>>;
}

export const SEVERITY: Record<Exclude<SeveritySetting, "off">, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Everything wrong with one document version: JSON5 syntax errors first (the parser recovers, so the
 * rules still run on what parsed), then each rule's findings, with fixes carried in `data`.
 */
export function validateDocument(doc: ConfigDocument, rules: readonly Rule[], options: ValidationOptions = {}): OpenClawDiagnostic[] {
  const out: OpenClawDiagnostic[] = [];
  const push = (diagnostic: OpenClawDiagnostic) => {
    const setting = options.severities?.[diagnostic.code];
    if (setting === "off") return;
    if (setting) diagnostic.severity = SEVERITY[setting];
    out.push(diagnostic);
  };
  const { root, errors } = doc.parse;
  for (const error of errors) {
    const tooLarge = error.code === "file-too-large";
    push({
      range: doc.range(error.offset, error.length),
      severity: tooLarge ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      code: error.code,
      codeDescription: { href: ruleDocsUrl(error.code) },
      source: "openclaw",
      message: error.message,
      data: { path: "<root>" },
    });
  }
  if (root?.type !== "object") {
    if (root) {
      push({
        range: doc.nodeRange(root),
        severity: DiagnosticSeverity.Error,
        code: "root-not-object",
        codeDescription: { href: ruleDocsUrl("root-not-object") },
        source: "openclaw",
        message: "An OpenClaw config must be a JSON5 object: wrap the settings in { }.",
        data: { path: "<root>" },
      });
    }
    return out;
  }
  for (const rule of rules) {
    const report = (finding: Finding) => push(toDiagnostic(doc, rule, finding));
    rule.check({ doc, root, report });
  }
  return withoutSupersededSchemaDiagnostics(out);
}

/** Schema codes a legacy diagnostic on the same range explains better (an old key is "unknown" only because it moved). */
const SUPERSEDED_BY_LEGACY = new Set(["unknown-key", "invalid-enum", "invalid-type", "invalid-value"]);

/**
 * Drops a schema diagnostic where a `legacy-*` diagnostic (migration rules) sits on the same range:
 * the user gets "moved to X, here is the fix" instead of also a generic "unknown key".
 */
function withoutSupersededSchemaDiagnostics(diagnostics: OpenClawDiagnostic[]): OpenClawDiagnostic[] {
  const key = (d: OpenClawDiagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
  const legacy = new Set(diagnostics.filter((d) => d.code.startsWith("legacy-")).map(key));
  if (legacy.size === 0) return diagnostics;
  return diagnostics.filter((d) => !(SUPERSEDED_BY_LEGACY.has(d.code) && legacy.has(key(d))));
}

/**
 * The finding's message without the value it sits on when that value is a secret: a rule that quotes
 * the offending value ("\"sk-...\" is not a valid id") must not carry a pasted key into the Problems
 * view, a trace or CLI output.
 */
function messageOf(finding: Finding, path: JsonPath): string {
  const { node, message } = finding;
  if (node.type !== "string" || typeof node.value !== "string" || node.value.trim().length < 4) return message;
  if (!message.includes(node.value) || !isSecretAt(path, node.value)) return message;
  return message.split(node.value).join("<redacted>");
}

function toDiagnostic(doc: ConfigDocument, rule: Rule, finding: Finding): OpenClawDiagnostic {
  const code = finding.code ?? rule.code;
  const path = finding.path ?? pathOf(finding.node);
  const diagnostic: OpenClawDiagnostic = {
    range: finding.range ? doc.range(finding.range.offset, finding.range.length) : doc.nodeRange(finding.node),
    severity: finding.severity ?? rule.severity,
    code,
    codeDescription: { href: ruleDocsUrl(code) },
    source: "openclaw",
    message: messageOf(finding, path),
    data: { path: dotPath(path) },
  };
  if (typeof finding.fixes === "function") defineLazyFixes(diagnostic.data, finding.fixes);
  else if (finding.fixes?.length) diagnostic.data.fixes = finding.fixes;
  if (finding.relatedInformation?.length) diagnostic.relatedInformation = finding.relatedInformation;
  if (finding.tags?.length) diagnostic.tags = finding.tags;
  return diagnostic;
}

/**
 * `data.fixes` computed on first read and then kept. Not enumerable, so publishing diagnostics does not
 * compute it (the server answers code actions from its own copy of the diagnostics).
 */
function defineLazyFixes(data: DiagnosticData, compute: () => Fix[]): void {
  const settle = (value: Fix[] | undefined) =>
    Object.defineProperty(data, "fixes", { value, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(data, "fixes", {
    configurable: true,
    enumerable: false,
    get() {
      const computed = compute();
      // As for eager fixes: no fix is `undefined`, not an empty list.
      const fixes = computed.length > 0 ? computed : undefined;
      settle(fixes);
      return fixes;
    },
    set(value: Fix[] | undefined) {
      settle(value);
    },
  });
}
