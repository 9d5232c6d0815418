/**
 * A tolerant JSON5 parser: it builds a syntax tree with exact offsets for every key and value, turns
 * each syntax error into one precise error and recovers, so the rest of the document can still be
 * validated and hovered. On valid input it accepts exactly what the `json5` package accepts and the
 * tree's values equal `JSON5.parse`'s (checked by a differential test).
 */
import type { Comment, Json5ErrorCode, JsonNode, ParseResult, SyntaxError } from "./ast";
import { Scanner, TokenKind, type Token } from "./scanner";

/**
 * Nesting deeper than this is not built into the tree: the rest of the nested text is skipped with an
 * error, so hostile input (100,000 open brackets) costs linear time and no deep recursion.
 */
export const MAX_NESTING = 512;

const LITERALS: Record<string, { type: JsonNode["type"]; value: unknown }> = {
  true: { type: "boolean", value: true },
  false: { type: "boolean", value: false },
  null: { type: "null", value: null },
  Infinity: { type: "number", value: Infinity },
  NaN: { type: "number", value: NaN },
};

function tokenText(kind: TokenKind): string {
  switch (kind) {
    case TokenKind.OpenBrace:
      return "'{'";
    case TokenKind.CloseBrace:
      return "'}'";
    case TokenKind.OpenBracket:
      return "'['";
    case TokenKind.CloseBracket:
      return "']'";
    case TokenKind.Colon:
      return "':'";
    case TokenKind.Comma:
      return "','";
    case TokenKind.String:
      return "a string";
    case TokenKind.Number:
      return "a number";
    case TokenKind.Identifier:
      return "a name";
    case TokenKind.EOF:
      return "the end of the file";
    default:
      return "an invalid character";
  }
}

class Parser {
  private readonly scanner: Scanner;
  private token!: Token;
  private readonly errors: SyntaxError[] = [];
  private readonly comments: Comment[] = [];
  private depth = 0;
  /** The closing token of each open container, innermost last; lets a stray closer end the right one. */
  private readonly closers: TokenKind[] = [];
  /** Offset up to which errors are suppressed: one mistake must not cascade into many. */
  private quietUntil = -1;
  /** Significant tokens consumed since the last error: a stray token right after an error is its echo. */
  private consumedSinceError = 1;

  constructor(private readonly text: string) {
    this.scanner = new Scanner(text);
    this.advance();
  }

  parse(): ParseResult {
    let root: JsonNode | undefined;
    if (this.token.kind === TokenKind.EOF) {
      this.error("json5-empty", "The file is empty: an OpenClaw config is a JSON5 object, e.g. {}.", 0, 0);
    } else {
      root = this.parseValue(undefined);
      while (!this.atEnd()) {
        this.unexpected("after the top-level value");
        this.advance();
      }
    }
    return { root, errors: this.errors, comments: this.comments };
  }

  private atEnd(): boolean {
    return this.token.kind === TokenKind.EOF;
  }

  /** Moves to the next significant token, collecting comments and reporting malformed tokens. */
  private advance(): void {
    this.consumedSinceError++;
    for (;;) {
      const token = this.scanner.next();
      if (token.error) this.error(token.error.code, token.error.message, token.error.offset, token.error.length);
      if (token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment) {
        this.comments.push({
          offset: token.offset,
          length: token.length,
          kind: token.kind === TokenKind.LineComment ? "line" : "block",
        });
        continue;
      }
      if (token.kind === TokenKind.Invalid) continue;
      this.token = token;
      return;
    }
  }

  private error(code: Json5ErrorCode, message: string, offset: number, length: number): void {
    if (offset < this.quietUntil) return;
    this.errors.push({ code, message, offset, length });
    this.quietUntil = offset + Math.max(length, 1);
    this.consumedSinceError = 0;
  }

  private unexpected(context: string): void {
    if (this.consumedSinceError === 0) return;
    const t = this.token;
    const shown = t.kind === TokenKind.EOF ? "the end of the file" : `'${this.text.slice(t.offset, t.offset + Math.min(t.length, 40))}'`;
    this.error("json5-unexpected-token", `Unexpected ${shown} ${context}.`, t.offset, t.length);
  }

  private parseValue(parent: JsonNode | undefined): JsonNode | undefined {
    const t = this.token;
    switch (t.kind) {
      case TokenKind.OpenBrace:
      case TokenKind.OpenBracket:
        if (this.depth >= MAX_NESTING) return this.skipTooDeep(parent);
        return t.kind === TokenKind.OpenBrace ? this.parseObject(parent) : this.parseArray(parent);
      case TokenKind.String: {
        this.advance();
        return { type: "string", offset: t.offset, length: t.length, value: t.value, quote: t.quote, parent };
      }
      case TokenKind.Number: {
        this.advance();
        return { type: "number", offset: t.offset, length: t.length, value: t.value, parent };
      }
      case TokenKind.Identifier: {
        const literal = Object.hasOwn(LITERALS, t.value as string) && !t.error ? LITERALS[t.value as string] : undefined;
        // An escaped spelling such as tru\u0065 is a name, not the literal.
        if (literal && t.length === (t.value as string).length) {
          this.advance();
          return { type: literal.type, offset: t.offset, length: t.length, value: literal.value, parent };
        }
        this.error(
          "json5-unexpected-token",
          `Unexpected '${this.text.slice(t.offset, t.offset + Math.min(t.length, 40))}': a value must be an object, array, string, number, true, false or null (quote text values).`,
          t.offset,
          t.length,
        );
        this.advance();
        return undefined;
      }
      default:
        this.unexpected("where a value was expected");
        return undefined;
    }
  }

  private parseObject(parent: JsonNode | undefined): JsonNode {
    const node: JsonNode = { type: "object", offset: this.token.offset, length: 0, children: [], parent };
    this.depth++;
    this.closers.push(TokenKind.CloseBrace);
    this.advance();
    let needComma = false;
    while (this.token.kind !== TokenKind.CloseBrace && this.token.kind !== TokenKind.EOF) {
      if (this.token.kind === TokenKind.Comma) {
        if (!needComma) this.unexpected("in an object: a property was expected");
        this.advance();
        needComma = false;
        continue;
      }
      if (this.token.kind === TokenKind.CloseBracket || this.token.kind === TokenKind.Colon) {
        if (this.closesEnclosing()) break;
        this.unexpected("in an object");
        this.advance();
        continue;
      }
      if (needComma) {
        const prev = node.children![node.children!.length - 1];
        const at = prev ? prev.offset + prev.length : this.token.offset;
        this.error("json5-missing-comma", "Missing ',' between properties.", at, 0);
      }
      const property = this.parseProperty(node);
      if (property) {
        node.children!.push(property);
        needComma = true;
      } else {
        this.skipToNextProperty();
        needComma = false;
      }
    }
    this.depth--;
    this.closers.pop();
    if (this.token.kind === TokenKind.CloseBrace) {
      node.length = this.token.offset + 1 - node.offset;
      this.advance();
    } else {
      this.error("json5-unclosed-object", "Unclosed object: add the matching '}'.", node.offset, 1);
      node.length = this.token.offset - node.offset;
    }
    return node;
  }

  private parseProperty(object: JsonNode): JsonNode | undefined {
    const t = this.token;
    if (t.kind !== TokenKind.String && t.kind !== TokenKind.Identifier) {
      if (t.kind === TokenKind.Number) {
        this.error(
          "json5-invalid-key",
          `A key cannot be a number: quote it ('${this.text.slice(t.offset, t.offset + t.length)}').`,
          t.offset,
          t.length,
        );
      } else {
        this.unexpected("where a property name was expected");
      }
      return undefined;
    }
    const property: JsonNode = { type: "property", offset: t.offset, length: 0, children: [], parent: object };
    const key: JsonNode = { type: "string", offset: t.offset, length: t.length, value: t.value, parent: property };
    if (t.quote) key.quote = t.quote;
    property.children!.push(key);
    this.advance();
    if (this.token.kind !== TokenKind.Colon) {
      this.error("json5-missing-colon", `Missing ':' after the key '${key.value as string}'.`, key.offset + key.length, 0);
      property.length = key.length;
      // `key value` (colon forgotten) still parses the value when one plainly follows on the line.
      if (!this.startsValue() || this.token.kind === TokenKind.Identifier) return property;
    } else {
      property.colonOffset = this.token.offset;
      this.advance();
    }
    let value: JsonNode | undefined;
    if (this.startsValue()) value = this.parseValue(property);
    else this.unexpected(`where the value of '${key.value as string}' was expected`);
    if (value) {
      property.children!.push(value);
      property.length = value.offset + value.length - property.offset;
    } else {
      property.length = (property.colonOffset ?? key.offset + key.length - 1) + 1 - property.offset;
    }
    return property;
  }

  /** True when the current (stray) closing token closes an enclosing container: the inner one is unclosed. */
  private closesEnclosing(): boolean {
    return this.closers.lastIndexOf(this.token.kind, this.closers.length - 2) >= 0;
  }

  /** After a token that cannot start a property: skip to the next ',' or '}' of this object. */
  private skipToNextProperty(): void {
    let open = 0;
    for (;;) {
      const kind = this.token.kind;
      if (kind === TokenKind.EOF) return;
      if (open === 0 && (kind === TokenKind.Comma || kind === TokenKind.CloseBrace)) return;
      if (open === 0 && kind === TokenKind.CloseBracket && this.closesEnclosing()) return;
      if (kind === TokenKind.OpenBrace || kind === TokenKind.OpenBracket) open++;
      else if ((kind === TokenKind.CloseBrace || kind === TokenKind.CloseBracket) && open > 0) open--;
      this.advance();
    }
  }

  private startsValue(): boolean {
    switch (this.token.kind) {
      case TokenKind.OpenBrace:
      case TokenKind.OpenBracket:
      case TokenKind.String:
      case TokenKind.Number:
      case TokenKind.Identifier:
        return true;
      default:
        return false;
    }
  }

  private parseArray(parent: JsonNode | undefined): JsonNode {
    const node: JsonNode = { type: "array", offset: this.token.offset, length: 0, children: [], parent };
    this.depth++;
    this.closers.push(TokenKind.CloseBracket);
    this.advance();
    let needComma = false;
    while (this.token.kind !== TokenKind.CloseBracket && this.token.kind !== TokenKind.EOF) {
      if (this.token.kind === TokenKind.Comma) {
        if (!needComma) this.unexpected("in an array: a value was expected");
        this.advance();
        needComma = false;
        continue;
      }
      if (this.token.kind === TokenKind.CloseBrace || this.token.kind === TokenKind.Colon) {
        if (this.closesEnclosing()) break;
        this.unexpected("in an array");
        this.advance();
        continue;
      }
      if (needComma) {
        const prev = node.children![node.children!.length - 1];
        const at = prev ? prev.offset + prev.length : this.token.offset;
        this.error("json5-missing-comma", "Missing ',' between array items.", at, 0);
      }
      const item = this.parseValue(node);
      if (item) node.children!.push(item);
      needComma = true;
    }
    this.depth--;
    this.closers.pop();
    if (this.token.kind === TokenKind.CloseBracket) {
      node.length = this.token.offset + 1 - node.offset;
      this.advance();
    } else {
      this.error("json5-unclosed-array", "Unclosed array: add the matching ']'.", node.offset, 1);
      node.length = this.token.offset - node.offset;
    }
    return node;
  }

  /** Skips a container nested deeper than MAX_NESTING without recursing, and reports it once. */
  private skipTooDeep(parent: JsonNode | undefined): JsonNode | undefined {
    const start = this.token.offset;
    this.error(
      "json5-too-deep",
      `Nesting deeper than ${MAX_NESTING} levels: the content from here on is not analysed.`,
      start,
      1,
    );
    let open = 0;
    do {
      const kind = this.token.kind;
      if (kind === TokenKind.OpenBrace || kind === TokenKind.OpenBracket) open++;
      else if (kind === TokenKind.CloseBrace || kind === TokenKind.CloseBracket) open--;
      this.advance();
    } while (open > 0 && this.token.kind !== TokenKind.EOF);
    void parent;
    return undefined;
  }
}

export function parseJson5(text: string): ParseResult {
  return new Parser(text).parse();
}
