/**
 * A JSON5 tokenizer that never throws: malformed input becomes tokens carrying an error, so the
 * parser can report it precisely and go on. The accepted language is exactly that of the `json5`
 * package (which OpenClaw's loader calls): https://spec.json5.org/
 */
import type { Json5ErrorCode } from "./ast";

export const enum TokenKind {
  OpenBrace,
  CloseBrace,
  OpenBracket,
  CloseBracket,
  Colon,
  Comma,
  String,
  Number,
  /** An IdentifierName: a key, or the literals true, false, null, Infinity, NaN. */
  Identifier,
  LineComment,
  BlockComment,
  /** A character that starts no token. */
  Invalid,
  EOF,
}

export interface Token {
  kind: TokenKind;
  offset: number;
  length: number;
  /** Strings: the decoded text; identifiers: the decoded name; numbers: the numeric value. */
  value?: string | number;
  quote?: '"' | "'";
  /** Set when the token is malformed; the token still spans the text it covers. */
  error?: { code: Json5ErrorCode; message: string; offset: number; length: number };
}

const SPACE_SEPARATOR = /\p{Zs}/u;
const ID_START = /[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}$_]/u;
const ID_CONTINUE = /[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}$_\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]/u;

export function isWhitespace(ch: string): boolean {
  switch (ch) {
    case "\t":
    case "\v":
    case "\f":
    case " ":
    case "\u00A0":
    case "\uFEFF":
    case "\n":
    case "\r":
    case "\u2028":
    case "\u2029":
      return true;
    default:
      return ch.length > 0 && ch.charCodeAt(0) > 0x7f && SPACE_SEPARATOR.test(ch);
  }
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

function isHexDigit(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || (ch >= "a" && ch <= "f") || (ch >= "A" && ch <= "F");
}

export function isIdStart(ch: string): boolean {
  if (ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "$" || ch === "_";
  return ID_START.test(ch);
}

export function isIdContinue(ch: string): boolean {
  if (ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isIdStart(ch) || isDigit(ch);
  return ID_CONTINUE.test(ch);
}

function describe(ch: string): string {
  if (ch === "") return "end of input";
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
    return `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `'${ch}'`;
}

export class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  get position(): number {
    return this.pos;
  }

  /** Reads the next token, including comments; whitespace is skipped. */
  next(): Token {
    const text = this.text;
    while (this.pos < text.length && isWhitespace(text[this.pos]!)) this.pos++;
    const start = this.pos;
    if (start >= text.length) return { kind: TokenKind.EOF, offset: start, length: 0 };
    const ch = text[start]!;
    switch (ch) {
      case "{":
        this.pos++;
        return { kind: TokenKind.OpenBrace, offset: start, length: 1 };
      case "}":
        this.pos++;
        return { kind: TokenKind.CloseBrace, offset: start, length: 1 };
      case "[":
        this.pos++;
        return { kind: TokenKind.OpenBracket, offset: start, length: 1 };
      case "]":
        this.pos++;
        return { kind: TokenKind.CloseBracket, offset: start, length: 1 };
      case ":":
        this.pos++;
        return { kind: TokenKind.Colon, offset: start, length: 1 };
      case ",":
        this.pos++;
        return { kind: TokenKind.Comma, offset: start, length: 1 };
      case '"':
      case "'":
        return this.scanString(ch);
      case "/":
        return this.scanComment();
      default:
        break;
    }
    if (isDigit(ch) || ch === "+" || ch === "-" || ch === ".") return this.scanNumber();
    if (isIdStart(ch) || ch === "\\") return this.scanIdentifier();
    // Consume a whole surrogate pair so that one invalid character is one token.
    const cp = text.codePointAt(start) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    this.pos += width;
    const shown = text.slice(start, start + width);
    return {
      kind: TokenKind.Invalid,
      offset: start,
      length: width,
      error: { code: "json5-invalid-character", message: `Unexpected ${describe(shown)}.`, offset: start, length: width },
    };
  }

  private scanComment(): Token {
    const text = this.text;
    const start = this.pos;
    const second = text[start + 1];
    if (second === "/") {
      let end = start + 2;
      while (end < text.length) {
        const c = text[end]!;
        if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") break;
        end++;
      }
      this.pos = end;
      return { kind: TokenKind.LineComment, offset: start, length: end - start };
    }
    if (second === "*") {
      const close = text.indexOf("*/", start + 2);
      if (close < 0) {
        this.pos = text.length;
        return {
          kind: TokenKind.BlockComment,
          offset: start,
          length: text.length - start,
          error: {
            code: "json5-unterminated-comment",
            message: "Unterminated block comment: add */ to close it.",
            offset: start,
            length: 2,
          },
        };
      }
      this.pos = close + 2;
      return { kind: TokenKind.BlockComment, offset: start, length: this.pos - start };
    }
    this.pos++;
    return {
      kind: TokenKind.Invalid,
      offset: start,
      length: 1,
      error: {
        code: "json5-invalid-character",
        message: "Unexpected '/': comments start with // or /*.",
        offset: start,
        length: 1,
      },
    };
  }

  /** Reads a string literal; an unescaped line break or the end of input ends it with an error. */
  private scanString(quote: '"' | "'"): Token {
    const text = this.text;
    const start = this.pos;
    let pos = start + 1;
    let chunkStart = pos;
    let value = "";
    let error: Token["error"];
    for (;;) {
      if (pos >= text.length) {
        value += text.slice(chunkStart, pos);
        error ??= {
          code: "json5-unterminated-string",
          message: `Unterminated string: add the closing ${quote}.`,
          offset: start,
          length: pos - start,
        };
        break;
      }
      const c = text[pos]!;
      if (c === quote) {
        value += text.slice(chunkStart, pos);
        pos++;
        break;
      }
      if (c === "\n" || c === "\r") {
        value += text.slice(chunkStart, pos);
        error ??= {
          code: "json5-unterminated-string",
          message: `Unterminated string: a line break inside a string must be escaped (\\n), or close the string with ${quote}.`,
          offset: start,
          length: pos - start,
        };
        break;
      }
      if (c !== "\\") {
        pos++;
        continue;
      }
      value += text.slice(chunkStart, pos);
      const escape = this.readEscape(pos);
      if (escape.error) error ??= escape.error;
      value += escape.value;
      pos = escape.end;
      chunkStart = pos;
    }
    this.pos = pos;
    const token: Token = { kind: TokenKind.String, offset: start, length: pos - start, value, quote };
    if (error) token.error = error;
    return token;
  }

  /** Decodes the escape sequence whose backslash is at `at`. */
  private readEscape(at: number): { value: string; end: number; error?: Token["error"] } {
    const text = this.text;
    const c = text[at + 1];
    const bad = (length: number, message: string) => ({
      value: "",
      end: at + length,
      error: { code: "json5-invalid-escape" as const, message, offset: at, length },
    });
    switch (c) {
      case undefined:
        return { value: "", end: at + 1 };
      case "b":
        return { value: "\b", end: at + 2 };
      case "f":
        return { value: "\f", end: at + 2 };
      case "n":
        return { value: "\n", end: at + 2 };
      case "r":
        return { value: "\r", end: at + 2 };
      case "t":
        return { value: "\t", end: at + 2 };
      case "v":
        return { value: "\v", end: at + 2 };
      case "0":
        if (isDigit(text[at + 2] ?? "")) return bad(3, "Invalid escape: \\0 must not be followed by a digit.");
        return { value: "\0", end: at + 2 };
      case "x": {
        const hex = text.slice(at + 2, at + 4);
        if (hex.length === 2 && isHexDigit(hex[0]!) && isHexDigit(hex[1]!)) {
          return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 4 };
        }
        return bad(2, "Invalid escape: \\x must be followed by two hex digits.");
      }
      case "u": {
        const hex = text.slice(at + 2, at + 6);
        if (hex.length === 4 && [...hex].every(isHexDigit)) {
          return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 6 };
        }
        return bad(2, "Invalid escape: \\u must be followed by four hex digits.");
      }
      case "\r":
        // A line continuation: backslash + line terminator is removed (CRLF counts as one).
        return { value: "", end: text[at + 2] === "\n" ? at + 3 : at + 2 };
      case "\n":
      case "\u2028":
      case "\u2029":
        return { value: "", end: at + 2 };
      default:
        if (c >= "1" && c <= "9") return bad(2, `Invalid escape: \\${c} is not allowed in JSON5 strings.`);
        // Any other character escapes to itself (a surrogate pair as a whole).
        {
          const cp = text.codePointAt(at + 1) ?? 0;
          const width = cp > 0xffff ? 2 : 1;
          return { value: text.slice(at + 1, at + 1 + width), end: at + 1 + width };
        }
    }
  }

  private scanNumber(): Token {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    let sign = 1;
    if (text[pos] === "+" || text[pos] === "-") {
      if (text[pos] === "-") sign = -1;
      pos++;
    }
    const fail = (end: number, message: string): Token => {
      // Swallow the rest of a number-like run so that one malformed number is one error.
      while (end < text.length && /[0-9A-Za-z_.$+-]/.test(text[end]!) && end - start < 400) {
        if ((text[end] === "+" || text[end] === "-") && !/[eE]/.test(text[end - 1] ?? "")) break;
        end++;
      }
      this.pos = end;
      return {
        kind: TokenKind.Number,
        offset: start,
        length: end - start,
        value: NaN,
        error: { code: "json5-invalid-number", message, offset: start, length: end - start },
      };
    };
    const bodyStart = pos;
    // Infinity and NaN, optionally signed.
    if (text.startsWith("Infinity", pos) || text.startsWith("NaN", pos)) {
      const word = text.startsWith("Infinity", pos) ? "Infinity" : "NaN";
      const end = pos + word.length;
      if (isIdContinue(text[end] ?? "")) return fail(end, `Invalid number '${text.slice(start, end + 1)}…'.`);
      this.pos = end;
      return { kind: TokenKind.Number, offset: start, length: end - start, value: sign * (word === "NaN" ? NaN : Infinity) };
    }
    if (text[pos] === "0" && (text[pos + 1] === "x" || text[pos + 1] === "X")) {
      let end = pos + 2;
      while (isHexDigit(text[end] ?? "")) end++;
      if (end === pos + 2) return fail(end, "Invalid hexadecimal number: 0x must be followed by hex digits.");
      if (isIdContinue(text[end] ?? "")) return fail(end, `Invalid hexadecimal number '${text.slice(start, end + 1)}'.`);
      this.pos = end;
      return { kind: TokenKind.Number, offset: start, length: end - start, value: sign * Number(text.slice(pos, end)) };
    }
    let intDigits = 0;
    if (text[pos] === "0") {
      pos++;
      intDigits = 1;
      if (isDigit(text[pos] ?? "")) return fail(pos, "Invalid number: leading zeros are not allowed.");
    } else {
      while (isDigit(text[pos] ?? "")) {
        pos++;
        intDigits++;
      }
    }
    let fracDigits = 0;
    if (text[pos] === ".") {
      pos++;
      while (isDigit(text[pos] ?? "")) {
        pos++;
        fracDigits++;
      }
    }
    if (intDigits === 0 && fracDigits === 0) {
      if (pos === bodyStart) {
        const shown = text[pos] === undefined ? "end of input" : `'${text[pos]}'`;
        return fail(pos, `Invalid number: '${text.slice(start, pos)}' is not followed by digits (found ${shown}).`);
      }
      return fail(pos, "Invalid number: a decimal point needs digits before or after it.");
    }
    if (text[pos] === "e" || text[pos] === "E") {
      pos++;
      if (text[pos] === "+" || text[pos] === "-") pos++;
      const expStart = pos;
      while (isDigit(text[pos] ?? "")) pos++;
      if (pos === expStart) return fail(pos, "Invalid number: the exponent needs digits.");
    }
    if (isIdContinue(text[pos] ?? "") || text[pos] === "\\") {
      return fail(pos, `Invalid number '${text.slice(start, pos + 1)}'.`);
    }
    this.pos = pos;
    return { kind: TokenKind.Number, offset: start, length: pos - start, value: sign * Number(text.slice(bodyStart, pos)) };
  }

  /** Reads an IdentifierName, decoding `\uXXXX` escapes (which must themselves be identifier characters). */
  private scanIdentifier(): Token {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    let name = "";
    let error: Token["error"];
    while (pos < text.length) {
      const first = pos === start;
      const c = text[pos]!;
      if (c === "\\") {
        const hex = text.slice(pos + 2, pos + 6);
        if (text[pos + 1] !== "u" || hex.length !== 4 || ![...hex].every(isHexDigit)) {
          error ??= {
            code: "json5-invalid-identifier",
            message: "Invalid escape in an unquoted key: only \\uXXXX is allowed.",
            offset: pos,
            length: 2,
          };
          pos += text[pos + 1] === undefined ? 1 : 2;
          continue;
        }
        const decoded = String.fromCharCode(parseInt(hex, 16));
        if (!(first ? isIdStart(decoded) : isIdContinue(decoded))) {
          error ??= {
            code: "json5-invalid-identifier",
            message: `Invalid identifier: \\u${hex} is not allowed in an unquoted key; quote the key instead.`,
            offset: pos,
            length: 6,
          };
        }
        name += decoded;
        pos += 6;
        continue;
      }
      const cp = text.codePointAt(pos) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      const ch = text.slice(pos, pos + width);
      if (!(first ? isIdStart(ch) : isIdContinue(ch))) break;
      name += ch;
      pos += width;
    }
    this.pos = pos;
    const token: Token = { kind: TokenKind.Identifier, offset: start, length: pos - start, value: name };
    if (error) token.error = error;
    return token;
  }
}
