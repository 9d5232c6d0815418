/**
 * Surgical property edits on a JSON5 document: remove a property with its comments and comma, insert
 * a property into an object in the document's own style, rename a key, and lift a property out (key,
 * value and the comments that belong to it) so it can be re-inserted elsewhere. Every function works
 * on one parsed version and returns offset edits that do not overlap; compose several operations with
 * `EditSession` (edits/session.ts), which re-parses between them.
 */
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { stringLiteral } from "./strings";
import { detectStyle, formatKey, indentationAt, isIdentifierName, lineStartOf, nextLineStart, skipTrivia, type DocumentStyle } from "./style";
import type { OffsetEdit } from "./textDiff";

/** Where a property's comma is, if it has one (possibly after comments). */
function commaAfter(doc: ConfigDocument, node: JsonNode): number | undefined {
  const at = skipTrivia(doc, node.offset + node.length);
  return doc.text[at] === "," ? at : undefined;
}

/** Whether only spaces and tabs stand between the start of the line and `offset`. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/**
 * The start of the comment lines directly above `offset` (own-line comments with no blank line in
 * between), or the start of `offset`'s line when there are none. Such comments describe the property
 * below them and travel with it.
 */
function leadingCommentStart(doc: ConfigDocument, offset: number, floor: number): number {
  const text = doc.text;
  let start = lineStartOf(text, offset);
  for (;;) {
    if (start <= floor) return start;
    const prevLineStart = lineStartOf(text, start - 1);
    if (prevLineStart < floor) return start;
    const line = text.slice(prevLineStart, start).trim();
    if (line.startsWith("//")) {
      start = prevLineStart;
      continue;
    }
    if (line.endsWith("*/")) {
      const end = text.lastIndexOf("*/", start) + 2;
      const comment = doc.parse.comments.find((c) => c.kind === "block" && c.offset + c.length === end);
      if (comment && comment.offset >= floor && startsLine(text, comment.offset)) {
        start = lineStartOf(text, comment.offset);
        continue;
      }
    }
    return start;
  }
}

/** The end of a comment that starts on the same line right after `offset` (after spaces), else `offset`. */
function sameLineCommentEnd(doc: ConfigDocument, offset: number): number {
  const at = skipTrivia(doc, offset, true);
  const comment = doc.parse.comments.find((c) => c.offset === at);
  return comment ? comment.offset + comment.length : offset;
}

/** The previous property's end (or the object's `{`): leading comments never reach past it. */
function floorOf(property: JsonNode): number {
  const siblings = property.parent!.children!;
  const index = siblings.indexOf(property);
  return index > 0 ? siblings[index - 1]!.offset + siblings[index - 1]!.length : property.parent!.offset + 1;
}

/** The span a property occupies in its own lines, with its leading comments and trailing comment. */
interface PropertySpan {
  /** The property starts its line and nothing but its comma and comment follows it on its last line. */
  ownLines: boolean;
  /** Start of the first leading comment line (own-line case) or of the key. */
  start: number;
  /** Just after the line ending (own-line case) or after the comma / value. */
  end: number;
  comma: number | undefined;
}

function spanOf(doc: ConfigDocument, property: JsonNode): PropertySpan {
  const text = doc.text;
  const comma = commaAfter(doc, property);
  const afterComma = comma !== undefined ? comma + 1 : property.offset + property.length;
  const commentEnd = sameLineCommentEnd(doc, afterComma);
  const rest = skipTrivia(doc, commentEnd, true);
  const lineEnds = rest >= text.length || text[rest] === "\n" || text[rest] === "\r";
  if (startsLine(text, property.offset) && lineEnds) {
    return { ownLines: true, start: leadingCommentStart(doc, property.offset, floorOf(property)), end: nextLineStart(text, rest), comma };
  }
  return { ownLines: false, start: property.offset, end: afterComma, comma };
}

/**
 * Removes a property with the comments that belong to it (the comment lines directly above it and a
 * comment after it on its last line) and its comma. When it was the last property and had no comma,
 * the previous property's comma goes too, so a file without trailing commas stays without them.
 * `keepLeadingComments` leaves the comment lines above it in place (used when an emptied container
 * is pruned: nothing of what the user wrote disappears).
 */
export function removeProperty(doc: ConfigDocument, property: JsonNode, options: { keepLeadingComments?: boolean } = {}): OffsetEdit[] {
  const text = doc.text;
  const object = property.parent!;
  const siblings = object.children!;
  const index = siblings.indexOf(property);
  const span = spanOf(doc, property);
  if (options.keepLeadingComments && span.ownLines) span.start = lineStartOf(text, property.offset);
  const edits: OffsetEdit[] = [];
  if (span.ownLines && siblings.length === 1) {
    // The last property goes: `{ ... }` becomes `{}` unless other comments stay inside.
    const close = object.offset + object.length - 1;
    const inside = doc.parse.comments.some((c) => c.offset > object.offset && c.offset < close && (c.offset < span.start || c.offset >= span.end));
    if (inside || text[close] !== "}") edits.push({ start: span.start, end: span.end, text: "" });
    else edits.push({ start: object.offset + 1, end: close, text: "" });
  } else if (span.ownLines) {
    edits.push({ start: span.start, end: span.end, text: "" });
  } else if (span.comma !== undefined) {
    let end = span.end;
    while (text[end] === " " || text[end] === "\t") end++;
    edits.push({ start: property.offset, end, text: "" });
  } else if (index > 0) {
    const previousComma = commaAfter(doc, siblings[index - 1]!);
    const start = previousComma ?? siblings[index - 1]!.offset + siblings[index - 1]!.length;
    edits.push({ start, end: property.offset + property.length, text: "" });
    return edits;
  } else {
    // The only property, written inline: `{ a: 1 }` becomes `{}`.
    let start = property.offset;
    let end = span.end;
    while (start > object.offset + 1 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    while (end < text.length && (text[end] === " " || text[end] === "\t")) end++;
    edits.push({ start, end, text: "" });
    return edits;
  }
  if (span.comma === undefined && index > 0) {
    const previousComma = commaAfter(doc, siblings[index - 1]!);
    if (previousComma !== undefined) edits.push({ start: previousComma, end: previousComma + 1, text: "" });
  }
  return edits;
}

/** A property's text lifted out of its place: comment lines above it, `key: value`, a trailing comment. */
export interface LiftedProperty {
  /** Own-line comments above the property, each without indentation. */
  leading: string[];
  /** The value's text exactly as written, its later lines re-based to indentation "". */
  valueText: string;
  /** A comment after the property on its last line, if any. */
  trailing: string | undefined;
}

/** Re-bases the lines after the first from indentation `from` to indentation `to`. */
export function reindent(text: string, from: string, to: string): string {
  return text.replace(/(\r?\n)([ \t]*)/g, (_m, eol: string, lead: string) => {
    const kept = lead.startsWith(from) ? lead.slice(from.length) : lead.replace(/^[ \t]*/, "");
    return eol + to + kept;
  });
}

/** The text of a property's value and of the comments around it, ready to be inserted elsewhere. */
export function liftProperty(doc: ConfigDocument, property: JsonNode): LiftedProperty {
  return lift(doc, property, property.children![1]!);
}

/** The text of an array item and of the comments around it (the comment lines above it, one after it). */
export function liftArrayItem(doc: ConfigDocument, item: JsonNode): LiftedProperty {
  return lift(doc, item, item);
}

function lift(doc: ConfigDocument, property: JsonNode, value: JsonNode): LiftedProperty {
  const text = doc.text;
  const indent = indentationAt(text, property.offset);
  const span = spanOf(doc, property);
  const leading: string[] = [];
  if (span.ownLines && span.start < lineStartOf(text, property.offset)) {
    const block = text.slice(span.start, lineStartOf(text, property.offset)).replace(/\r?\n$/, "");
    for (const line of reindent(block, indent, "").split(/\r?\n/)) leading.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
  }
  const afterValue = span.comma !== undefined ? span.comma + 1 : value.offset + value.length;
  const commentEnd = sameLineCommentEnd(doc, afterValue);
  const trailing = commentEnd > afterValue ? text.slice(skipTrivia(doc, afterValue, true), commentEnd) : undefined;
  return { leading, valueText: reindent(text.slice(value.offset, value.offset + value.length), indent, ""), trailing };
}

export interface InsertOptions {
  /** Comment lines to put above the new property. */
  leading?: readonly string[];
  /** A comment to put after it on its (last) line. */
  trailing?: string;
}

/**
 * Inserts `key: <valueText>` as the last property of `object`, in the document's style: its
 * indentation, key quoting, trailing-comma habit and line endings. `valueText` is written for
 * indentation "" (lines after the first are re-based to the property's indentation).
 * Returns undefined when the object is not well formed (its closing brace is missing).
 */
export function insertProperty(doc: ConfigDocument, object: JsonNode, key: string, valueText: string, options: InsertOptions = {}): OffsetEdit[] | undefined {
  if (object.type !== "object") return undefined;
  const style = detectStyle(doc);
  return appendEntry(doc, object, (indent) => `${formatKey(key, style)}: ${reindent(valueText, "", indent)}`, options);
}

/**
 * Appends an item (its text written for indentation "") to an array, in the document's style, like
 * insertProperty. Returns undefined when the array is not well formed.
 */
export function insertArrayItem(doc: ConfigDocument, array: JsonNode, itemText: string, options: InsertOptions = {}): OffsetEdit[] | undefined {
  if (array.type !== "array") return undefined;
  return appendEntry(doc, array, (indent) => reindent(itemText, "", indent), options);
}

/** A one-line container that would grow past this many characters is laid out on lines instead. */
const MAX_INLINE_CONTAINER = 100;

/** The last entry of an object or array, written by `entry` for the indentation it gets. */
function appendEntry(doc: ConfigDocument, container: JsonNode, entry: (indent: string) => string, options: InsertOptions): OffsetEdit[] | undefined {
  const text = doc.text;
  const style = detectStyle(doc);
  const close = container.offset + container.length - 1;
  if (text[close] !== (container.type === "object" ? "}" : "]")) return undefined;
  const children = container.children!;
  const containerIndent = indentationAt(text, container.offset);
  const first = children[0];
  const childIndent = first && startsLine(text, first.offset) ? indentationAt(text, first.offset) : containerIndent + style.indentUnit;
  const lines = (indent: string, comma: boolean) => {
    let out = "";
    for (const comment of options.leading ?? []) out += `${indent}${reindent(comment, "", indent)}${style.eol}`;
    out += `${indent}${entry(indent)}${comma ? "," : ""}${options.trailing ? ` ${options.trailing}` : ""}${style.eol}`;
    return out;
  };
  const multiLine = /[\r\n]/.test(text.slice(container.offset, close));
  const closeOwnLine = startsLine(text, close);
  if (children.length > 0) {
    const last = children[children.length - 1]!;
    const comma = commaAfter(doc, last);
    if (multiLine && closeOwnLine) {
      const trailingComma = comma !== undefined || (children.length === 1 && style.trailingCommas);
      const edits: OffsetEdit[] = [];
      if (comma === undefined) edits.push({ start: last.offset + last.length, end: last.offset + last.length, text: "," });
      edits.push({ start: lineStartOf(text, close), end: lineStartOf(text, close), text: lines(childIndent, trailingComma) });
      return edits;
    }
    // Written on one line (or closed on the line of its last entry): stay inline, on one line if the entry allows.
    const written = entry(childIndent);
    const single = multiLine ? written : toSingleLine(written);
    // Comments and long lines read better one entry per line: lay a one-line container out on lines.
    const crowded = (options.leading?.length ?? 0) > 0 || options.trailing !== undefined || container.length + (single ?? written).length > MAX_INLINE_CONTAINER;
    if ((single === undefined || crowded) && !multiLine) {
      // A multi-line entry with line comments cannot join a one-line container: lay the container out on lines.
      const expanded = expandInline(doc, container, containerIndent, style);
      if (expanded) {
        const inner = containerIndent + style.indentUnit;
        const body = expanded.entries.map((e) => `${inner}${e},${style.eol}`).join("") + lines(inner, style.trailingCommas);
        return [{ start: container.offset + 1, end: close, text: `${style.eol}${body}${containerIndent}` }];
      }
    }
    const inline = `${inlineComments(options.leading)}${single ?? written}${options.trailing ? ` ${toBlockComment(options.trailing)}` : ""}`;
    if (comma !== undefined) return [{ start: comma + 1, end: comma + 1, text: ` ${inline},` }];
    return [{ start: last.offset + last.length, end: last.offset + last.length, text: `, ${inline}` }];
  }
  const inside = text.slice(container.offset + 1, close);
  if (inside.trim() !== "") {
    // Only comments inside: keep them, add the entry below them.
    if (closeOwnLine) return [{ start: lineStartOf(text, close), end: lineStartOf(text, close), text: lines(childIndent, style.trailingCommas) }];
    return [{ start: close, end: close, text: ` ${inlineComments(options.leading)}${entry(childIndent)} ` }];
  }
  // An empty container inside a one-line object or array stays on that line when the entry allows.
  const holder = container.parent?.type === "property" ? container.parent.parent : container.parent;
  const holderOneLine = holder !== undefined && !/[\r\n]/.test(text.slice(holder.offset, holder.offset + holder.length));
  const single = toSingleLine(entry(childIndent));
  if (holderOneLine && single !== undefined && !options.leading?.length && options.trailing === undefined) {
    return [{ start: container.offset + 1, end: close, text: container.type === "object" ? ` ${single} ` : single }];
  }
  const body = lines(containerIndent + style.indentUnit, style.trailingCommas);
  return [{ start: container.offset + 1, end: close, text: `${style.eol}${body}${containerIndent}` }];
}

/**
 * `{\n  a: 1,\n}` as `{ a: 1 }`: for an entry going into an object written on one line. Undefined when
 * the text has a line comment or a string line continuation (joining lines would change its meaning).
 */
export function toSingleLine(text: string): string | undefined {
  if (!/[\r\n]/.test(text)) return text;
  if (/\/\/|\\\r?\n/.test(text)) return undefined;
  // Strings never span lines (continuations are excluded above), so these only touch layout.
  return text
    .replace(/,([ \t]*\r?\n[ \t]*)([}\]])/g, "$1$2")
    .replace(/([{[])[ \t]*\r?\n[ \t]*([}\]])/g, "$1$2")
    .replace(/[ \t]*\r?\n[ \t]*/g, " ");
}

function toBlockComment(comment: string): string {
  const body = comment.startsWith("//") ? comment.slice(2).trim() : comment.startsWith("/*") ? comment.slice(2, -2).trim() : comment.trim();
  return `/* ${body.replace(/\*\//g, "* /").replace(/\r?\n[ \t]*/g, " ")} */`;
}

/** Own-line comments rewritten as block comments, for an object written on one line. */
export function inlineComments(comments: readonly string[] | undefined): string {
  if (!comments || comments.length === 0) return "";
  return `${comments.map(toBlockComment).join(" ")} `;
}

/** The entries of a one-line container as text, when it holds no comments (so nothing is lost by re-laying it out). */
function expandInline(doc: ConfigDocument, container: JsonNode, indent: string, style: DocumentStyle): { entries: string[] } | undefined {
  const end = container.offset + container.length;
  if (doc.parse.comments.some((c) => c.offset > container.offset && c.offset < end)) return undefined;
  const entries = container.children!.map((child) => reindent(doc.text.slice(child.offset, child.offset + child.length), indent, indent + style.indentUnit));
  return { entries };
}

/** Renames a property's key, keeping its quote style (a bare key stays bare when the new name allows it). */
export function renameKey(doc: ConfigDocument, property: JsonNode, newKey: string): OffsetEdit[] {
  const key = property.children![0]!;
  const style: DocumentStyle = detectStyle(doc);
  const text = key.quote === undefined ? (isIdentifierName(newKey) ? newKey : stringLiteral(newKey, style.quote)) : stringLiteral(newKey, key.quote);
  return [{ start: key.offset, end: key.offset + key.length, text }];
}

/** Replaces a value node's text (for computed values: `formatValue(value, style, indentationAt(...))`). */
export function replaceValue(node: JsonNode, newText: string): OffsetEdit[] {
  return [{ start: node.offset, end: node.offset + node.length, text: newText }];
}
