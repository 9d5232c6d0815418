/**
 * Document and range formatting: our own JSON5 printer over the token stream (jsonc-parser's formatter
 * does not know JSON5). It only ever rewrites whitespace: between tokens, after a line comment, and the
 * indentation of the lines of a block comment that moves. Every comment's text, bare key, quote
 * character, number spelling and trailing comma stays exactly as the user wrote it.
 *
 * Layout: a container the user wrote on one line stays on one line (`{ a: 1, b: [1, 2] }`, spacing
 * normalised), as in OpenClaw's own docs; any other container gets one element per line, indented.
 * A comment keeps its place: at the end of a line when it was there, on its own line otherwise. One
 * blank line between elements is kept where the user had one or more.
 */
import type { FormattingOptions, Range, TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import { Scanner, TokenKind, type Token } from "../json5/scanner";

interface Container {
  /** The open token's kind: an object or an array. */
  kind: TokenKind.OpenBrace | TokenKind.OpenBracket;
  /** One element per line (the source spans several lines), or everything on one line. */
  expanded: boolean;
  depth: number;
}

interface Gap {
  start: number;
  end: number;
  text: string;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Line breaks in `text` between `from` and `to` (CRLF counts once), without copying the range. */
function countLineBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function isComment(token: Token): boolean {
  return token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment;
}

function isOpen(token: Token): token is Token & { kind: TokenKind.OpenBrace | TokenKind.OpenBracket } {
  return token.kind === TokenKind.OpenBrace || token.kind === TokenKind.OpenBracket;
}

function isClose(token: Token): boolean {
  return token.kind === TokenKind.CloseBrace || token.kind === TokenKind.CloseBracket;
}

/** The document's own line break (its first one), `\n` when it has none. */
function lineBreakOf(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : "\n";
}

/**
 * The whitespace every gap between tokens should have, for the whole document; undefined when the
 * document has syntax errors (formatting a broken document would guess at its structure and mangle it).
 */
function layout(doc: ConfigDocument, options: FormattingOptions): Gap[] | undefined {
  if (doc.parse.errors.length > 0) return undefined;
  const text = doc.text;
  const tokens: Token[] = [];
  const scanner = new Scanner(text);
  for (let token = scanner.next(); token.kind !== TokenKind.EOF; token = scanner.next()) {
    if (token.error || token.kind === TokenKind.Invalid) return undefined;
    if (token.kind === TokenKind.LineComment) {
      // Spaces at the end of a line comment are trailing whitespace, not part of what it says.
      while (token.length > 2 && /[ \t\v\f\u00A0\uFEFF]/.test(text[token.offset + token.length - 1]!)) token.length--;
    }
    tokens.push(token);
  }

  // Which containers span several lines in the source: those are laid out one element per line.
  const expanded = new Map<number, boolean>();
  {
    const open: number[] = [];
    let line = 0;
    let previousEnd = 0;
    const lineOfOpen: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      line += countLineBreaks(text, previousEnd, token.offset);
      if (isOpen(token)) {
        open.push(i);
        lineOfOpen.push(line);
      } else if (isClose(token)) {
        const at = open.pop();
        const startLine = lineOfOpen.pop();
        if (at === undefined || startLine === undefined) return undefined;
        expanded.set(at, line !== startLine);
      }
      line += countLineBreaks(text, token.offset, token.offset + token.length);
      previousEnd = token.offset + token.length;
    }
    if (open.length > 0) return undefined;
  }

  const indentUnit = options.insertSpaces ? " ".repeat(Math.max(0, options.tabSize)) : "\t";
  const eol = lineBreakOf(text);
  const indent = (depth: number) => indentUnit.repeat(depth);
  const gaps: Gap[] = [];
  const stack: Container[] = [];
  // A byte order mark is not formatting: it stays where it is.
  const firstStart = text.startsWith("\uFEFF") ? 1 : 0;

  for (let i = 0; i <= tokens.length; i++) {
    const previous = tokens[i - 1];
    const token = tokens[i];
    const start = previous ? previous.offset + previous.length : firstStart;
    const end = token ? token.offset : text.length;
    const original = text.slice(start, end);
    const breaks = countLineBreaks(original);

    if (previous && isOpen(previous)) {
      stack.push({ kind: previous.kind, expanded: expanded.get(i - 1)!, depth: stack.length });
    }
    if (!previous) {
      gaps.push({ start, end, text: "" });
      continue;
    }
    if (!token) {
      gaps.push({ start, end, text: finalWhitespace(breaks, eol, options) });
      continue;
    }
    if (isClose(token)) {
      const container = stack.pop()!;
      gaps.push({ start, end, text: beforeClose(previous, token, container, eol, indent) });
      continue;
    }
    const container = stack[stack.length - 1];
    // The indentation of an element (or of a comment between elements) of the current container.
    const elementIndent = container ? indent(container.depth + 1) : "";
    const newline = (keepBlank: boolean) => (keepBlank && breaks >= 2 ? eol + eol : eol) + elementIndent;
    let gap: string;
    if (previous.kind === TokenKind.LineComment) {
      gap = newline(!isOpen(previous) && token.kind !== TokenKind.Comma);
    } else if (isComment(token)) {
      // A comment on its own line stays on its own line; a trailing comment stays at the line's end.
      gap = breaks > 0 ? newline(!isOpen(previous)) : " ";
    } else if (previous.kind === TokenKind.BlockComment) {
      gap = breaks > 0 ? newline(true) : token.kind === TokenKind.Comma || token.kind === TokenKind.Colon ? "" : " ";
    } else if (token.kind === TokenKind.Comma || token.kind === TokenKind.Colon) {
      gap = "";
    } else if (previous.kind === TokenKind.Colon) {
      gap = " ";
    } else if (isOpen(previous)) {
      gap = container!.expanded ? newline(false) : previous.kind === TokenKind.OpenBrace ? " " : "";
    } else if (previous.kind === TokenKind.Comma) {
      gap = container?.expanded ? newline(true) : " ";
    } else {
      // Two values with nothing between them cannot occur in a document without syntax errors.
      gap = original;
    }
    gaps.push({ start, end, text: gap });
    if (token.kind === TokenKind.BlockComment && breaks > 0) reindentCommentLines(text, token, original, gap, gaps);
  }
  return gaps;
}

/**
 * A block comment on its own line moves with its indentation: its following lines that start with the
 * comment's old indentation get the new one, so a `/** ... *\/` block keeps its shape (whitespace only).
 */
function reindentCommentLines(text: string, comment: Token, originalGap: string, newGap: string, gaps: Gap[]): void {
  const oldIndent = originalGap.slice(lastLineBreakEnd(originalGap));
  const newIndent = newGap.slice(lastLineBreakEnd(newGap));
  if (oldIndent === newIndent) return;
  const end = comment.offset + comment.length;
  LINE_BREAK.lastIndex = 0;
  const body = text.slice(comment.offset, end);
  for (const match of body.matchAll(LINE_BREAK)) {
    const lineStart = comment.offset + match.index! + match[0].length;
    const next = text[lineStart];
    // Blank lines stay blank; lines indented less than the comment (or differently) are left as written.
    if (next === undefined || next === "\n" || next === "\r" || !text.startsWith(oldIndent, lineStart)) continue;
    gaps.push({ start: lineStart, end: lineStart + oldIndent.length, text: newIndent });
  }
}

function lastLineBreakEnd(whitespace: string): number {
  let at = 0;
  for (const match of whitespace.matchAll(LINE_BREAK)) at = match.index! + match[0].length;
  return at;
}

function beforeClose(
  previous: Token,
  close: Token,
  container: Container,
  eol: string,
  indent: (depth: number) => string,
): string {
  if (isOpen(previous)) return ""; // `{}` and `[]`
  if (container.expanded || previous.kind === TokenKind.LineComment) return eol + indent(container.depth);
  if (previous.kind === TokenKind.Comma) return close.kind === TokenKind.CloseBrace ? " " : "";
  return close.kind === TokenKind.CloseBrace ? " " : "";
}

/** The whitespace after the last token, following the editor's final-newline settings. */
function finalWhitespace(breaks: number, eol: string, options: FormattingOptions): string {
  if (breaks === 0) return options.insertFinalNewline ? eol : "";
  return options.trimFinalNewlines ? eol : eol.repeat(breaks);
}

/** The edit turning `gap`'s current text into its laid-out text, trimmed to the part that differs. */
function gapEdit(doc: ConfigDocument, gap: Gap): TextEdit | undefined {
  const current = doc.text.slice(gap.start, gap.end);
  if (current === gap.text) return undefined;
  let prefix = 0;
  const max = Math.min(current.length, gap.text.length);
  while (prefix < max && current[prefix] === gap.text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && current[current.length - 1 - suffix] === gap.text[gap.text.length - 1 - suffix]) suffix++;
  // Never cut a CRLF pair: a position between \r and \n does not exist for an editor.
  if (prefix > 0 && current[prefix - 1] === "\r" && current[prefix] === "\n") prefix--;
  if (suffix > 0 && current[current.length - suffix - 1] === "\r" && current[current.length - suffix] === "\n") suffix--;
  const start = gap.start + prefix;
  const end = gap.end - suffix;
  return { range: doc.range(start, end - start), newText: gap.text.slice(prefix, gap.text.length - suffix) };
}

/** Edits that format the whole document; [] when it is already formatted or has syntax errors. */
export function formatDocument(doc: ConfigDocument, options: FormattingOptions): TextEdit[] {
  const gaps = layout(doc, options);
  if (!gaps) return [];
  const edits: TextEdit[] = [];
  for (const gap of gaps) {
    const edit = gapEdit(doc, gap);
    if (edit) edits.push(edit);
  }
  return edits;
}

/**
 * Edits that format the lines of `range`: the whole document is laid out (indentation depends on what
 * encloses the range) and the edits of the gaps that touch the range are kept.
 */
export function formatRange(doc: ConfigDocument, range: Range, options: FormattingOptions): TextEdit[] {
  const gaps = layout(doc, options);
  if (!gaps) return [];
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const edits: TextEdit[] = [];
  for (const gap of gaps) {
    const touches = gap.start === gap.end ? gap.start >= from && gap.start <= to : gap.start < to && gap.end > from;
    if (!touches) continue;
    const edit = gapEdit(doc, gap);
    if (edit) edits.push(edit);
  }
  return edits;
}
