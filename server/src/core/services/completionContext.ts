/**
 * Where the cursor is, for completion, in a document that is usually half-typed: an unfinished key, a
 * missing colon or comma, an unterminated string. The syntax tree's recovery is built for diagnostics
 * and may attach a half-typed word to the wrong place, so this reads the token stream instead: the
 * tokens before the cursor decide the structure (which object or array, key or value position, the
 * JSON path), the tokens after it only what must be inserted around the completion (a colon already
 * there, a comma needed) and which keys the object already has.
 */
import { Scanner, TokenKind, type Token } from "../json5/scanner";
import type { JsonPath } from "../types";

export interface StringAtCursor {
  quote: '"' | "'";
  /** False when the string is not closed yet (the scanner ended it at the line's end). */
  terminated: boolean;
  /** The whole literal as scanned (quotes included; for an unterminated string up to the cursor's word end). */
  start: number;
  end: number;
  /** The text between the opening quote and the cursor. */
  prefix: string;
}

export interface CompletionContext {
  kind: "key" | "value";
  /** Key position: the path of the object; value position: the path of the value. */
  path: JsonPath;
  /** Key position: the keys the object already has (not the one being typed). */
  existingKeys: Set<string>;
  /** The text the completion replaces: the word or literal at the cursor (empty at a gap). */
  replaceStart: number;
  replaceEnd: number;
  /** What is typed of the replaced text before the cursor. */
  prefix: string;
  /** Set when the cursor is inside a string literal. */
  inString?: StringAtCursor;
  /** Key position: a `:` already follows the key being typed. */
  colonFollows: boolean;
  /** Another element follows without a comma: the completion must end with one. */
  commaAfter: boolean;
  /** The previous element has no comma after it: one must be inserted at this offset. */
  commaBefore?: number;
  /** The enclosing object or array is written on one line (`{ a: 1, | }`): insert objects on one line too. */
  inline: boolean;
}

/** Characters of a word being typed where a key or a value goes (model refs: `openai/gpt-5.4@work`). */
const WORD = /[\p{L}\p{N}_$\-./@+]/u;

interface Frame {
  type: "object" | "array";
  /** The segment this container has in its parent (undefined for the root). */
  segment: string | number | undefined;
  state: "key" | "colon" | "value" | "after";
  key?: string;
  index: number;
  keys: Set<string>;
  /** End of the last complete element (where a missing comma goes). */
  lastEnd: number;
  /** End of the last key token (object, state `colon`). */
  keyEnd: number;
  /** Offset of the open brace or bracket. */
  open: number;
}

function isComment(token: Token): boolean {
  return token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment;
}

function isLiteral(token: Token): boolean {
  return token.kind === TokenKind.String || token.kind === TokenKind.Identifier || token.kind === TokenKind.Number;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** What follows the part being completed, up to the end of its container. */
interface Ahead {
  /** The first token after the part (comments skipped). */
  next: Token | undefined;
  /** Keys of the current object after the cursor. */
  keys: string[];
  /** Offset of the current container's closing token. */
  close: number | undefined;
}

/** Reads the tokens after the part being completed, only as far as the current container goes. */
function scanAhead(scanner: Scanner, shift: number, pending: Token[], partEnd: number): Ahead {
  const ahead: Ahead = { next: undefined, keys: [], close: undefined };
  let depth = 0;
  const read = (): Token | undefined => {
    for (;;) {
      const token = pending.shift() ?? scanner.next();
      if (token.kind === TokenKind.EOF) return undefined;
      if (isComment(token) || token.offset + shift < partEnd) continue;
      return token.offset === token.offset + shift ? token : { ...token, offset: token.offset + shift };
    }
  };
  let token = read();
  ahead.next = token;
  while (token) {
    const following = read();
    if (token.kind === TokenKind.OpenBrace || token.kind === TokenKind.OpenBracket) depth++;
    else if (token.kind === TokenKind.CloseBrace || token.kind === TokenKind.CloseBracket) {
      if (depth === 0) {
        ahead.close = token.offset;
        break;
      }
      depth--;
    } else if (depth === 0 && (token.kind === TokenKind.String || token.kind === TokenKind.Identifier) && following?.kind === TokenKind.Colon) {
      ahead.keys.push(String(token.value));
    }
    token = following;
  }
  return ahead;
}

/** The completion context at `offset`, or undefined where nothing can be completed (inside a comment, after the root value). */
export function completionContextAt(text: string, offset: number): CompletionContext | undefined {
  // The word at the cursor (possibly empty); a string or comment around the cursor is found while scanning.
  let partStart = offset;
  let partEnd = offset;
  while (partStart > 0 && WORD.test(text[partStart - 1]!)) partStart--;
  while (partEnd < text.length && WORD.test(text[partEnd]!)) partEnd++;
  let inString: StringAtCursor | undefined;

  // The structure before the cursor, token by token (a large file is not held as a token list).
  const root: { state: "value" | "after" } = { state: "value" };
  const stack: Frame[] = [];
  const scanner = new Scanner(text);
  /** Tokens already read that start at or after the part being completed. */
  const read: Token[] = [];
  for (let token = scanner.next(); token.kind !== TokenKind.EOF; token = scanner.next()) {
    const end = token.offset + token.length;
    if (token.offset < offset && isComment(token)) {
      // Inside a comment there is nothing to complete.
      const unterminated = token.kind === TokenKind.LineComment || token.error !== undefined;
      if (offset < end || (unterminated && offset === end)) return undefined;
    } else if (token.offset < offset && token.kind === TokenKind.String && (offset < end || (token.error && offset === end))) {
      const terminated = !token.error;
      let stringEnd = end;
      if (!terminated) {
        // The scanner ran the unclosed string to the line's end: only the word at the cursor belongs to it.
        stringEnd = offset;
        while (stringEnd < text.length && WORD.test(text[stringEnd]!)) stringEnd++;
      }
      inString = { quote: token.quote!, terminated, start: token.offset, end: stringEnd, prefix: text.slice(token.offset + 1, offset) };
      partStart = token.offset;
      partEnd = Math.max(stringEnd, offset);
      read.length = 0;
      break;
    }
    if (token.offset >= partStart) {
      // The word's own tokens, then what follows; keep reading to the cursor, for a comment it may be in (`a//b|`).
      read.push(token);
      if (token.offset >= offset) break;
      continue;
    }
    // A token overlapping the part being completed (the word's own tokens) is not structure.
    if (end > partStart) continue;
    if (isComment(token) || token.kind === TokenKind.Invalid) continue;
    const top = stack[stack.length - 1];
    switch (token.kind) {
      case TokenKind.OpenBrace:
      case TokenKind.OpenBracket: {
        const segment = top ? (top.type === "object" ? (top.key ?? "") : top.index) : undefined;
        if (!top && root.state === "after") return undefined;
        if (top?.type === "array" && top.state === "after") top.index++;
        stack.push({
          type: token.kind === TokenKind.OpenBrace ? "object" : "array",
          segment,
          state: token.kind === TokenKind.OpenBrace ? "key" : "value",
          index: 0,
          keys: new Set(),
          lastEnd: end,
          keyEnd: end,
          open: token.offset,
        });
        break;
      }
      case TokenKind.CloseBrace:
      case TokenKind.CloseBracket: {
        const type = token.kind === TokenKind.CloseBrace ? "object" : "array";
        const match = stack.map((f) => f.type).lastIndexOf(type);
        if (match < 0) break;
        stack.length = match;
        const parent = stack[stack.length - 1];
        if (parent) {
          parent.state = "after";
          parent.lastEnd = end;
        } else {
          root.state = "after";
        }
        break;
      }
      case TokenKind.Comma:
        if (!top) break;
        if (top.type === "object") {
          top.state = "key";
          top.key = undefined;
        } else if (top.state === "after") {
          top.state = "value";
          top.index++;
        }
        break;
      case TokenKind.Colon:
        if (top?.type === "object" && top.state === "colon") top.state = "value";
        break;
      default:
        if (!isLiteral(token)) break;
        if (!top) {
          root.state = "after";
        } else if (top.type === "array") {
          if (top.state === "after") top.index++;
          top.state = "after";
          top.lastEnd = end;
        } else if (top.state === "value") {
          top.state = "after";
          top.lastEnd = end;
        } else {
          // A key; after a value or another key it starts a new property (a comma or colon is missing).
          top.key = token.kind === TokenKind.Number ? text.slice(token.offset, end) : String(token.value);
          top.keys.add(top.key);
          top.state = "colon";
          top.keyEnd = end;
        }
    }
  }

  // What follows the part being completed. An unclosed string swallowed the rest of its line: read
  // what follows as if the string were closed at the cursor's word.
  const ahead =
    inString && !inString.terminated
      ? scanAhead(new Scanner(text.slice(inString.end)), inString.end, [], partEnd)
      : scanAhead(scanner, 0, read, partEnd);
  const next = ahead.next;
  const startsElement = next !== undefined && (isLiteral(next) || next.kind === TokenKind.OpenBrace || next.kind === TokenKind.OpenBracket);
  const path: JsonPath = stack.slice(1).map((frame) => frame.segment!);
  const base = {
    replaceStart: inString ? inString.start : partStart,
    replaceEnd: partEnd,
    prefix: inString ? inString.prefix : text.slice(partStart, offset),
    inString,
  };
  const top = stack[stack.length - 1];
  const close = ahead.close;
  const inline = top !== undefined && close !== undefined && !hasLineBreak(text, top.open, offset) && !hasLineBreak(text, offset, close);
  // Touching the end of a complete value (`"x"|`, `}|`): the user is not asking for the next element yet.
  if (top?.state === "after" && base.prefix === "" && !inString && offset === top.lastEnd) return undefined;
  if (!top) {
    if (root.state === "after") return undefined;
    return { kind: "value", path: [], existingKeys: new Set(), colonFollows: false, commaAfter: false, inline: false, ...base };
  }
  if (top.type === "array") {
    const index = top.state === "after" ? top.index + 1 : top.index;
    const context: CompletionContext = {
      kind: "value",
      path: [...path, index],
      existingKeys: new Set(),
      colonFollows: false,
      commaAfter: startsElement,
      inline,
      ...base,
    };
    if (top.state === "after") context.commaBefore = top.lastEnd;
    return context;
  }
  if (top.state === "value") {
    return { kind: "value", path: [...path, top.key ?? ""], existingKeys: new Set(), colonFollows: false, commaAfter: startsElement, inline, ...base };
  }
  // A key still waiting for its colon, with the cursor on the same line after it: nothing to offer there.
  if (top.state === "colon" && base.prefix === "" && !inString && !hasLineBreak(text, top.keyEnd, offset)) return undefined;
  const colonFollows = next?.kind === TokenKind.Colon;
  const context: CompletionContext = {
    kind: "key",
    path,
    existingKeys: new Set([...top.keys, ...ahead.keys]),
    colonFollows,
    commaAfter: !colonFollows && startsElement,
    inline,
    ...base,
  };
  if (top.state === "colon") context.existingKeys.delete(top.key!);
  if (top.state === "after") context.commaBefore = top.lastEnd;
  return context;
}
