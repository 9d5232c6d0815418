/**
 * Validation of a config that uses `$include`: OpenClaw validates the merged result, so the rules run on
 * it too, and every problem is reported in the edited document where the offending value is written: at
 * its own node when it is written in this file; on the `$include` string that brings the file in when it
 * is written in an included file (the message names the file, the line and the dot-path;
 * relatedInformation points at the exact place). Include failures are Errors on the path string.
 *
 * How: the merged tree is serialized to JSON5 text whose every literal remembers its origin
 * (include/serialize.ts), the rules run on that text, and their diagnostics are mapped back. Quick fixes
 * are edits of the text they fix, so they come from a run of the same rules over the edited document
 * itself: a merged diagnostic at the same place with the same code takes its fixes. Findings of that run
 * which the merged run does not confirm are dropped (an agent defined in an included file is not unknown).
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import { DiagnosticSeverity, type Range, type TextEdit } from "vscode-languageserver-types";
import { ConfigDocument, dotPath, pathOf } from "../document";
import type { JsonNode } from "../json5/ast";
import type { IncludeOptions } from "../include/fileSystem";
import type { IncludeSource, KeyOrigin, Origin } from "../include/merged";
import { documentFilePath, hasIncludeDirective, resolveIncludes, type IncludeResolution } from "../include/resolve";
import { serializeMerged, type SerializedMerge } from "../include/serialize";
import { ruleDocsUrl, type Rule } from "../rules/rule";
import { replaceStringValue, stringLiteral } from "../edits/strings";
import type { Fix, OpenClawDiagnostic } from "../types";
import { SEVERITY, validateDocument, type ValidationOptions } from "./validation";

/**
 * While an include is broken the merged config lacks that file's content: findings about something
 * absent (a reference to an agent or provider, a provider's missing fields) may be false, so they wait
 * until every include resolves. Findings about what is written (unknown keys, wrong types and values,
 * the Codex URL) stand. (A missing required property is already not reported in an object whose
 * `$include` failed: the validator skips objects that hold `$include`.)
 */
const NEEDS_COMPLETE_CONFIG = new Set(["unknown-agent-id", "unknown-heartbeat-target", "unknown-model-provider", "custom-provider-incomplete"]);

function isSyntaxDiagnostic(diagnostic: OpenClawDiagnostic): boolean {
  return diagnostic.code.startsWith("json5-") || diagnostic.code === "file-too-large" || diagnostic.code === "root-not-object";
}

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

interface Written {
  source: IncludeSource;
  node: JsonNode;
  /** Only the first character (an object's `{`, where missing properties are reported). */
  brace: boolean;
}

/** Where a diagnostic of the merged text was written: the origin of the innermost literal holding it. */
function writtenAt(merged: ConfigDocument, serialized: SerializedMerge, range: Range): Written | undefined {
  const start = merged.offsetAt(range.start);
  const end = merged.offsetAt(range.end);
  const key: KeyOrigin | undefined = serialized.keys.get(start);
  if (key) return { source: key.source, node: key.node, brace: false };
  const value = serialized.values.get(start);
  if (value) {
    const container = value.origin.node.type === "object" || value.origin.node.type === "array";
    return { source: value.origin.source, node: value.origin.node, brace: container && end - start === 1 && value.length > 1 };
  }
  // Inside a literal: climb to the nearest node that has an origin.
  for (let node = merged.nodeAt(start); node; node = node.parent) {
    const origin: Origin | KeyOrigin | undefined = serialized.values.get(node.offset)?.origin ?? serialized.keys.get(node.offset);
    if (origin) return { source: origin.source, node: origin.node, brace: false };
  }
  return undefined;
}

const BARE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A fix computed on the merged text, as edits of the included file: only when its edits stay within key or
 * scalar literals written in that file (a rename, another value, `/codex` inserted into a URL). Each
 * literal is rewritten in that file's style (bare key, quote character, smallest change). Anything else
 * (removing a property, adding one) is not mapped, and the diagnostic goes without that fix.
 */
function fixInIncludedFile(fix: Fix, merged: ConfigDocument, serialized: SerializedMerge, source: IncludeSource): Fix | undefined {
  const byLiteral = new Map<JsonNode, { start: number; end: number; newText: string }[]>();
  for (const edit of fix.edits) {
    const start = merged.offsetAt(edit.range.start);
    const end = merged.offsetAt(edit.range.end);
    const literal = merged.nodeAt(start, true);
    if (!literal || literal.type === "object" || literal.type === "array" || literal.type === "property") return undefined;
    if (start < literal.offset || end > literal.offset + literal.length) return undefined;
    byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), { start, end, newText: edit.newText }]);
  }
  const edits: TextEdit[] = [];
  for (const [literal, literalEdits] of byLiteral) {
    const origin: KeyOrigin | Origin | undefined = serialized.keys.get(literal.offset) ?? serialized.values.get(literal.offset)?.origin;
    if (!origin || origin.source !== source || origin.node.type !== literal.type) return undefined;
    let text = merged.text.slice(literal.offset, literal.offset + literal.length);
    for (const edit of [...literalEdits].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start - literal.offset) + edit.newText + text.slice(edit.end - literal.offset);
    }
    const target = origin.node;
    const isKey = target.parent?.type === "property" && target.parent.children?.[0] === target;
    if (target.type !== "string" || !text.startsWith('"')) {
      edits.push({ range: source.doc.nodeRange(target), newText: text });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (typeof value !== "string") return undefined;
    if (!isKey) edits.push(replaceStringValue(source.doc, target, value));
    else edits.push({ range: source.doc.nodeRange(target), newText: target.quote === undefined && BARE_KEY.test(value) ? value : stringLiteral(value, target.quote ?? '"') });
  }
  const { safe: _safe, ...rest } = fix;
  return { ...rest, title: `${fix.title} in ${source.chain.at(-1)}`, edits, uri: source.doc.uri };
}

function chainText(source: IncludeSource): string {
  return source.chain.join(" → ");
}

/**
 * Diagnostics of `doc` with its `$include`s resolved through `includes`. Without includes, without a
 * reader, or for a document that is not a file, it is plain `validateDocument`.
 */
export function validateWithIncludes(
  doc: ConfigDocument,
  rules: readonly Rule[],
  options: ValidationOptions,
  includes: IncludeOptions | undefined,
  onResolved?: (resolution: IncludeResolution) => void,
): OpenClawDiagnostic[] {
  const configPath = includes ? documentFilePath(doc.uri) : undefined;
  if (!includes || !configPath || doc.root?.type !== "object" || !hasIncludeDirective(doc)) return validateDocument(doc, rules, options);

  // The document on its own: its syntax errors, and the fixes of findings that survive the merge.
  const own = validateDocument(doc, rules, options);
  const resolution = resolveIncludes(doc, configPath, includes);
  onResolved?.(resolution);

  const out: OpenClawDiagnostic[] = own.filter(isSyntaxDiagnostic);
  const seen = new Set<string>();
  const push = (diagnostic: OpenClawDiagnostic) => {
    const setting = options.severities?.[diagnostic.code];
    if (setting === "off") return;
    if (setting) diagnostic.severity = SEVERITY[setting];
    const id = `${diagnostic.code}|${rangeKey(diagnostic.range)}|${diagnostic.message as string}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(diagnostic);
  };

  for (const problem of resolution.problems) {
    const diagnostic: OpenClawDiagnostic = {
      range: doc.nodeRange(problem.node),
      severity: problem.warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      code: problem.code,
      codeDescription: { href: ruleDocsUrl(problem.code) },
      source: "openclaw",
      message: problem.message,
      data: { path: dotPath(pathOf(problem.node)) },
    };
    const related = problem.related;
    if (related) diagnostic.relatedInformation = [{ location: { uri: related.uri, range: related.doc.range(related.offset, related.length) }, message: related.message }];
    push(diagnostic);
  }
  const complete = resolution.problems.length === 0;

  const ownByPlace = new Map<string, OpenClawDiagnostic>();
  for (const diagnostic of own) if (!isSyntaxDiagnostic(diagnostic)) ownByPlace.set(`${diagnostic.code}|${rangeKey(diagnostic.range)}`, diagnostic);

  const serialized = serializeMerged(resolution.value);
  const merged = new ConfigDocument(TextDocument.create(doc.uri, doc.textDocument.languageId, doc.version, serialized.text), { root: serialized.root, errors: [], comments: [] });
  // Severity overrides are applied once, by `push`.
  for (const diagnostic of validateDocument(merged, rules, {})) {
    if (isSyntaxDiagnostic(diagnostic) && diagnostic.code !== "root-not-object") continue;
    if (!complete && NEEDS_COMPLETE_CONFIG.has(diagnostic.code)) continue;
    const written = writtenAt(merged, serialized, diagnostic.range);
    if (!written) continue;
    const { source, node } = written;
    const message = diagnostic.message as string;
    if (source.doc === doc) {
      const range = written.brace ? doc.range(node.offset, 1) : doc.nodeRange(node);
      // The same finding on the document alone carries fixes computed against its text: keep those.
      const twin = ownByPlace.get(`${diagnostic.code}|${rangeKey(range)}`);
      const mapped: OpenClawDiagnostic = { ...diagnostic, range, data: { path: diagnostic.data.path } };
      delete mapped.relatedInformation;
      if (twin?.data.fixes) mapped.data.fixes = twin.data.fixes;
      if (twin?.relatedInformation) mapped.relatedInformation = twin.relatedInformation;
      push(mapped);
      continue;
    }
    if (!source.anchor) continue;
    const place = written.brace ? source.doc.range(node.offset, 1) : source.doc.nodeRange(node);
    const mapped: OpenClawDiagnostic = {
      range: doc.nodeRange(source.anchor),
      severity: diagnostic.severity ?? DiagnosticSeverity.Error,
      code: diagnostic.code,
      codeDescription: diagnostic.codeDescription ?? { href: ruleDocsUrl(diagnostic.code) },
      source: "openclaw",
      message: `In ${chainText(source)} (line ${place.start.line + 1}, at \`${diagnostic.data.path}\`): ${message}`,
      data: { path: diagnostic.data.path },
      relatedInformation: [{ location: { uri: source.doc.uri, range: place }, message }],
    };
    const fixes = (diagnostic.data.fixes ?? []).map((fix: Fix) => fixInIncludedFile(fix, merged, serialized, source)).filter((fix: Fix | undefined): fix is Fix => fix !== undefined);
    if (fixes.length > 0) mapped.data.fixes = fixes;
    if (diagnostic.tags) mapped.tags = diagnostic.tags;
    push(mapped);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
