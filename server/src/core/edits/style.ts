import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { stringLiteral } from "./strings";

/** How a document is written, so that inserted text looks as if the user had typed it. */
export interface DocumentStyle {
  /** One level of indentation: two spaces, four spaces, a tab. */
  indentUnit: string;
  eol: "\n" | "\r\n";
  /** The quote used for keys and strings. */
  quote: '"' | "'";
  /** Keys that are valid identifiers are written without quotes. */
  bareKeys: boolean;
  /** The last property of a multi-line object is followed by a comma. */
  trailingCommas: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifierName(key: string): boolean {
  return IDENTIFIER.test(key);
}

const styleCache = new WeakMap<ConfigDocument, DocumentStyle>();

/** The style of `doc`, measured on its keys, strings and indentation (defaults: JSON5 as the OpenClaw docs write it). */
export function detectStyle(doc: ConfigDocument): DocumentStyle {
  const cached = styleCache.get(doc);
  if (cached) return cached;
  const text = doc.text;
  let bare = 0;
  let quotedIdentifiers = 0;
  let double = 0;
  let single = 0;
  let trailing = 0;
  let noTrailing = 0;
  let indentUnit: string | undefined;
  const visit = (node: JsonNode, depth: number) => {
    if (node.type === "string") {
      if (node.quote === '"') double++;
      else if (node.quote === "'") single++;
    }
    if (node.type === "property") {
      const key = node.children![0]!;
      if (key.quote === undefined) bare++;
      else if (isIdentifierName(String(key.value))) quotedIdentifiers++;
    }
    if (node.type === "object" && node.children!.length > 0) {
      const first = node.children![0]!;
      const lineStart = text.lastIndexOf("\n", first.offset - 1) + 1;
      const lead = text.slice(lineStart, first.offset);
      if (indentUnit === undefined && depth === 0 && lead.length > 0 && /^[ \t]+$/.test(lead)) indentUnit = lead;
      const last = node.children![node.children!.length - 1]!;
      const close = node.offset + node.length - 1;
      if (text.slice(last.offset + last.length, close).includes("\n")) {
        if (nextSignificant(doc, last.offset + last.length) === ",") trailing++;
        else noTrailing++;
      }
    }
    for (const child of node.children ?? []) visit(child, node.type === "property" ? depth : node.type === "object" || node.type === "array" ? depth + 1 : depth);
  };
  if (doc.root) visit(doc.root, 0);
  const style: DocumentStyle = {
    indentUnit: indentUnit ?? "  ",
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    quote: single > double ? "'" : '"',
    bareKeys: bare + quotedIdentifiers === 0 ? true : bare >= quotedIdentifiers,
    trailingCommas: trailing + noTrailing === 0 ? true : trailing >= noTrailing,
  };
  styleCache.set(doc, style);
  return style;
}

/** A key as the document would write it. */
export function formatKey(key: string, style: DocumentStyle): string {
  return style.bareKeys && isIdentifierName(key) ? key : stringLiteral(key, style.quote);
}

/** Longest object written on one line by formatValue. */
const INLINE_OBJECT_MAX = 60;

/**
 * A JSON value written in the document's style: objects one property per line at `indent` + one
 * unit (small objects of scalars on one line), arrays of scalars on one line, keys bare when the
 * document writes them bare.
 */
export function formatValue(value: unknown, style: DocumentStyle, indent: string): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return stringLiteral(value, style.quote);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
  if (typeof value === "boolean") return String(value);
  const inner = indent + style.indentUnit;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) return `[${value.map((item) => formatValue(item, style, inner)).join(", ")}]`;
    const items = value.map((item) => `${inner}${formatValue(item, style, inner)}`);
    return `[${style.eol}${items.join(`,${style.eol}`)}${style.trailingCommas ? "," : ""}${style.eol}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  // A small object of scalars reads best on one line: `{ id: "codex" }`.
  if (entries.every(([, item]) => item === null || typeof item !== "object")) {
    const inline = `{ ${entries.map(([key, item]) => `${formatKey(key, style)}: ${formatValue(item, style, inner)}`).join(", ")} }`;
    if (inline.length <= INLINE_OBJECT_MAX) return inline;
  }
  const lines = entries.map(([key, item]) => `${inner}${formatKey(key, style)}: ${formatValue(item, style, inner)}`);
  return `{${style.eol}${lines.join(`,${style.eol}`)}${style.trailingCommas ? "," : ""}${style.eol}${indent}}`;
}

/** The first character after `offset` that is not whitespace or inside a comment. */
export function nextSignificant(doc: ConfigDocument, offset: number): string | undefined {
  const at = skipTrivia(doc, offset);
  return at < doc.text.length ? doc.text[at] : undefined;
}

/** The offset of the first character at or after `offset` that is not whitespace or a comment. */
export function skipTrivia(doc: ConfigDocument, offset: number, stopAtNewline = false): number {
  const text = doc.text;
  const comments = doc.parse.comments;
  let at = offset;
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at), stopAtNewline)) at++;
    const comment = comments.find((c) => c.offset === at);
    if (!comment) return at;
    if (stopAtNewline && comment.kind === "line") return at;
    if (stopAtNewline && text.slice(comment.offset, comment.offset + comment.length).includes("\n")) return at;
    at = comment.offset + comment.length;
  }
}

function isSpace(ch: number, stopAtNewline: boolean): boolean {
  if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) return !stopAtNewline;
  return ch === 32 || ch === 9 || ch === 11 || ch === 12 || ch === 0xa0 || ch === 0xfeff;
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== "\n" && text[at - 1] !== "\r") at--;
  return at;
}

/** The offset just after the line ending of the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== "\n" && text[at] !== "\r") at++;
  if (text[at] === "\r" && text[at + 1] === "\n") return at + 2;
  return at < text.length ? at + 1 : at;
}

/** The indentation (leading spaces and tabs) of the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
  return text.slice(start, end);
}
