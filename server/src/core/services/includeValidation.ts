/**
 * Validation of a config that uses `$include`: the merged result (as OpenClaw validates it) is what the
 * rules check, and each problem is reported in the edited document where the offending value is written.
 * A value written in an included file is reported on the `$include` string that brought the file in,
 * naming the file and line, with the exact place as related information.
 */
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { URI } from "vscode-uri";
import { ConfigDocument, dotPath, pathOf } from "../document";
import type { JsonNode } from "../json5/ast";
import type { IncludeOptions } from "../includes/fileSystem";
import { resolveIncludes } from "../includes/resolve";
import { serialize, type Origin } from "../includes/tree";
import { ruleDocsUrl, type Rule } from "../rules/rule";
import type { OpenClawDiagnostic } from "../types";
import { validateDocument, type ValidationOptions } from "./validation";

/** Whether the document has an `$include` key anywhere (a cheap text test first). */
export function usesIncludes(doc: ConfigDocument): boolean {
  if (!doc.text.includes("$include")) return false;
  const visit = (node: JsonNode | undefined): boolean => {
    if (!node?.children) return false;
    if (node.type === "object" && node.children.some((p) => p.children![0]!.value === "$include")) return true;
    return node.children.some(visit);
  };
  return visit(doc.root);
}

/** The document's file path, when it is a file the include resolver can start from. */
function configPathOf(doc: ConfigDocument): string | undefined {
  try {
    const uri = URI.parse(doc.uri);
    return uri.scheme === "file" ? uri.fsPath : undefined;
  } catch {
    return undefined;
  }
}

const sameRange = (a: OpenClawDiagnostic, b: OpenClawDiagnostic) =>
  a.range.start.line === b.range.start.line &&
  a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line &&
  a.range.end.character === b.range.end.character;

export function validateWithIncludes(
  doc: ConfigDocument,
  rules: readonly Rule[],
  options: ValidationOptions,
  includes: IncludeOptions | undefined,
): OpenClawDiagnostic[] {
  const configPath = includes ? configPathOf(doc) : undefined;
  if (!includes || !configPath || doc.root?.type !== "object" || !usesIncludes(doc)) return validateDocument(doc, rules, options);

  // The document on its own: its syntax errors, and the fixes of findings that survive the merge.
  const own = validateDocument(doc, rules, options);
  const syntaxCodes = new Set(doc.parse.errors.map((e) => e.code));
  const out = own.filter((d) => syntaxCodes.has(d.code));

  const resolved = resolveIncludes(doc, configPath, includes);
  if (resolved.problems.length > 0) {
    // Until every include resolves, the merged config is unknown: report only what blocks it.
    for (const problem of resolved.problems) {
      const setting = options.severities?.[problem.code];
      if (setting === "off") continue;
      out.push({
        range: doc.nodeRange(problem.node),
        severity: DiagnosticSeverity.Error,
        code: problem.code,
        codeDescription: { href: ruleDocsUrl(problem.code) },
        source: "openclaw",
        message: problem.message,
        data: { path: dotPath(pathOf(problem.node)) },
      });
    }
    return out;
  }

  const merged = serialize(resolved.root);
  const mergedDoc = ConfigDocument.create(doc.uri, merged.text, doc.version);
  const originAt = (offset: number): { origin: Origin; onKey: boolean } | undefined => {
    const key = merged.keys.get(offset);
    if (key) return { origin: key, onKey: true };
    let node = mergedDoc.nodeAt(offset);
    while (node) {
      const origin = merged.values.get(node.offset);
      if (origin) return { origin, onKey: false };
      node = node.parent;
    }
    return undefined;
  };

  for (const diagnostic of validateDocument(mergedDoc, rules, options)) {
    const found = originAt(mergedDoc.offsetAt(diagnostic.range.start));
    if (!found) continue;
    const { origin, onKey } = found;
    const written = onKey && origin.key ? origin.key : origin.node;
    if (!origin.source.anchor) {
      const range = doc.nodeRange(written);
      const remapped: OpenClawDiagnostic = { ...diagnostic, range };
      delete remapped.data.fixes;
      // The same finding on the document alone carries fixes computed against its text: keep those.
      const twin = own.find((d) => d.code === diagnostic.code && sameRange(d, remapped));
      out.push(twin ?? remapped);
      continue;
    }
    const source = origin.source;
    const line = source.doc.nodeRange(written).start.line + 1;
    const message = typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value;
    const remapped: OpenClawDiagnostic = {
      ...diagnostic,
      range: doc.nodeRange(source.anchor!),
      message: `In ${source.display} (line ${line}): ${message}`,
      relatedInformation: [{ location: { uri: source.doc.uri, range: source.doc.nodeRange(written) }, message: `${diagnostic.code}: written here` }],
      data: { path: diagnostic.data.path },
    };
    out.push(remapped);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
