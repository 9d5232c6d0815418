/**
 * The lines around a diagnostic with the range underlined, as Babel and ESLint's codeframe show it.
 * Secret values on those lines are masked before anything is printed.
 */
import type { Range } from "vscode-languageserver-types";
import type { ConfigDocument } from "../../core/document";
import { maskSecrets, secretSpans, type SecretSpan } from "../../core/secrets";
import type { Colors } from "./colors";

const CONTEXT_LINES = 1;
/** Longer lines are cut to a window around the diagnostic (minified configs are one huge line). */
const MAX_LINE_WIDTH = 160;

const masked = new WeakMap<ConfigDocument, string[]>();

/** The document's lines with secret values masked, computed once per document. */
function maskedLines(doc: ConfigDocument, spans?: readonly SecretSpan[]): string[] {
  let lines = masked.get(doc);
  if (!lines) {
    lines = maskSecrets(doc.text, spans ?? secretSpans(doc)).split(/\r\n|\r|\n/);
    masked.set(doc, lines);
  }
  return lines;
}

function window(line: string, column: number): { text: string; shift: number } {
  if (line.length <= MAX_LINE_WIDTH) return { text: line, shift: 0 };
  const start = Math.max(0, Math.min(column - 40, line.length - MAX_LINE_WIDTH));
  const end = start + MAX_LINE_WIDTH;
  return { text: (start > 0 ? "…" : "") + line.slice(start, end) + (end < line.length ? "…" : ""), shift: start - (start > 0 ? 1 : 0) };
}

export function codeFrame(doc: ConfigDocument, range: Range, colors: Colors): string {
  const lines = maskedLines(doc);
  const first = Math.max(0, range.start.line - CONTEXT_LINES);
  const last = Math.min(lines.length - 1, range.start.line + CONTEXT_LINES);
  const gutterWidth = String(last + 1).length;
  const out: string[] = [];
  for (let index = first; index <= last; index++) {
    const isTarget = index === range.start.line;
    const { text, shift } = window(lines[index]!, range.start.character);
    const gutter = `${isTarget ? ">" : " "} ${String(index + 1).padStart(gutterWidth)} |`;
    out.push(`${isTarget ? colors.bold(gutter) : colors.dim(gutter)}${text ? ` ${text}` : ""}`);
    if (isTarget) {
      const start = Math.max(0, range.start.character - shift);
      // Only the part of the range on this line is underlined; at least one caret, even for an empty range.
      const endOnLine = range.end.line === range.start.line ? range.end.character - shift : text.length;
      const width = Math.max(1, Math.min(endOnLine, text.length) - start);
      // Tabs before the range stay tabs, so the carets line up whatever the tab width.
      const pad = text.slice(0, start).replace(/[^\t]/g, " ");
      out.push(`${colors.dim(`  ${" ".repeat(gutterWidth)} |`)} ${pad}${colors.marker("^".repeat(width))}`);
    }
  }
  return out.join("\n");
}
