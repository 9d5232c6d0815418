import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";

const REGION_START = /^\/\/\s*#?region\b/;
const REGION_END = /^\/\/\s*#?endregion\b/;

/**
 * Folding: every object and array spanning lines (the closing bracket stays visible), multi-line
 * block comments, runs of whole-line `//` comments, and `// #region` ... `// #endregion` markers.
 * `limit` is the client's `rangeLimit`; past it, the outermost ranges are kept.
 */
export function foldingRanges(doc: ConfigDocument, limit = Number.MAX_SAFE_INTEGER): FoldingRange[] {
  const text = doc.text;
  const line = (offset: number) => doc.textDocument.positionAt(offset).line;
  const ranges: FoldingRange[] = [];

  const visit = (node: JsonNode) => {
    if (node.type === "object" || node.type === "array") {
      const startLine = line(node.offset);
      const end = node.offset + node.length;
      const closed = text[end - 1] === (node.type === "object" ? "}" : "]");
      // A closed bracket stays visible on its own line; an unclosed one (being typed) folds to its end.
      const endLine = closed ? line(end - 1) - 1 : line(end);
      if (endLine > startLine) ranges.push({ startLine, endLine });
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (doc.root) visit(doc.root);

  const regions: number[] = [];
  let run: { start: number; end: number } | undefined;
  const flushRun = () => {
    if (run && run.end > run.start) ranges.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const comment of doc.parse.comments) {
    const startLine = line(comment.offset);
    if (comment.kind === "block") {
      flushRun();
      const endLine = line(comment.offset + comment.length);
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
      continue;
    }
    const body = text.slice(comment.offset, comment.offset + comment.length);
    const lineStart = doc.offsetAt({ line: startLine, character: 0 });
    const ownLine = text.slice(lineStart, comment.offset).trim() === "";
    if (REGION_START.test(body)) {
      flushRun();
      regions.push(startLine);
      continue;
    }
    if (REGION_END.test(body)) {
      flushRun();
      const open = regions.pop();
      if (open !== undefined && startLine > open) ranges.push({ startLine: open, endLine: startLine, kind: FoldingRangeKind.Region });
      continue;
    }
    if (!ownLine) {
      flushRun();
      continue;
    }
    if (run && startLine === run.end + 1) run.end = startLine;
    else {
      flushRun();
      run = { start: startLine, end: startLine };
    }
  }
  flushRun();

  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  const unique = ranges.filter((r, i) => i === 0 || r.startLine !== ranges[i - 1]!.startLine || r.endLine !== ranges[i - 1]!.endLine);
  if (unique.length <= limit) return unique;
  // Keep the biggest (outermost) ranges when the client caps the count.
  return unique
    .map((r, i) => ({ r, i, size: r.endLine - r.startLine }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map(({ r }) => r);
}
