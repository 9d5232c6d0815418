/**
 * The JSON5 TextMate grammar, tokenized by vscode-textmate with the Oniguruma engine VS Code uses: every
 * JSON5 construct gets the scope themes colour (keys, strings, numbers, constants, comments, punctuation).
 */
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from "vscode-textmate";

const root = path.resolve(__dirname, "..", "..", "..");
let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(path.join(root, "node_modules", "vscode-oniguruma", "release", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== "source.json5.openclaw") return null;
      const file = path.join(root, "syntaxes", "openclaw-json.tmLanguage.json");
      return parseRawGrammar(readFileSync(file, "utf8"), file);
    },
  });
  const loaded = await registry.loadGrammar("source.json5.openclaw");
  assert.ok(loaded);
  grammar = loaded;
});

/** [text, innermost scope] for every token of a document. */
function tokenize(source: string): { text: string; scopes: string[] }[] {
  let state: StateStack = INITIAL;
  const tokens: { text: string; scopes: string[] }[] = [];
  for (const line of source.split("\n")) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  }
  return tokens;
}

/** The scopes of the first token whose text is exactly `text`. */
function scopesOf(source: string, text: string): string {
  const token = tokenize(source).find((t) => t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokenize(source).map((t) => t.text))}`);
  return token.scopes.join(" ");
}

describe("JSON5 TextMate grammar", () => {
  const doc = [
    "// line comment",
    "/* block",
    "   comment */",
    "{",
    "  $schema: 'x',",
    "  _private: 1,",
    "  unquoted: \"double \\\"esc\\\" \\u00e9\",",
    "  'single key': 'it\\'s',",
    "  \"double key\": +.5,",
    "  hex: 0x1F, neg: -Infinity, nan: NaN, exp: 1e-3, trail: 5.,",
    "  flags: [true, false, null,],",
    "  long: 'line one \\",
    "line two',",
    "}",
  ].join("\n");

  it("scopes comments", () => {
    assert.match(scopesOf(doc, " line comment"), /comment\.line\.double-slash/);
    assert.match(scopesOf(doc, "   comment "), /comment\.block/);
  });

  it("scopes unquoted keys, including $ and _, as property names", () => {
    for (const key of ["$schema", "_private", "unquoted"]) assert.match(scopesOf(doc, key), /support\.type\.property-name/, key);
  });

  it("scopes quoted keys as property names, not as string values", () => {
    const single = scopesOf(doc, "single key");
    assert.match(single, /support\.type\.property-name/);
    assert.doesNotMatch(single, /string\.quoted/);
    assert.match(scopesOf(doc, "double key"), /support\.type\.property-name/);
  });

  it("scopes single- and double-quoted values with their escapes", () => {
    assert.match(scopesOf(doc, "double "), /string\.quoted\.double/);
    assert.match(scopesOf(doc, "\\\""), /constant\.character\.escape/);
    assert.match(scopesOf(doc, "\\u00e9"), /constant\.character\.escape/);
    assert.match(scopesOf(doc, "it"), /string\.quoted\.single/);
    assert.match(scopesOf(doc, "\\'"), /constant\.character\.escape/);
  });

  it("continues a string across an escaped line break", () => {
    assert.match(scopesOf(doc, "line two"), /string\.quoted\.single/);
    assert.match(scopesOf(doc, "line one "), /string\.quoted\.single/);
    // The key after the string is a key again.
    assert.match(scopesOf(doc + "\n", "}"), /punctuation\.definition\.dictionary\.end/);
  });

  it("scopes JSON5 numbers and constants", () => {
    for (const number of ["+.5", "0x1F", "-Infinity", "NaN", "1e-3", "5."]) assert.match(scopesOf(doc, number), /constant\.numeric/, number);
    for (const constant of ["true", "false", "null"]) assert.match(scopesOf(doc, constant), /constant\.language/, constant);
  });

  it("scopes punctuation, trailing commas included", () => {
    assert.match(scopesOf(doc, "{"), /punctuation\.definition\.dictionary\.begin/);
    assert.match(scopesOf(doc, "["), /punctuation\.definition\.array\.begin/);
    assert.match(scopesOf(doc, ":"), /punctuation\.separator\.dictionary\.key-value/);
    const flags = tokenize("{ flags: [true, null,], }");
    assert.ok(flags.every((t) => !t.scopes.some((s) => s.startsWith("invalid"))), JSON.stringify(flags));
  });

  it("marks an unterminated string and recovers on the next line", () => {
    const tokens = tokenize("{\n  a: 'open\n  b: 1,\n}");
    const b = tokens.find((t) => t.text === "b");
    assert.ok(b);
    assert.match(b.scopes.join(" "), /property-name/, "the next line is keys again");
  });

  it("keeps a value that starts on the line after its key", () => {
    const source = "{\n  a:\n    'v',\n  b: 1,\n}";
    assert.match(scopesOf(source, "v"), /string\.quoted\.single/);
    assert.match(scopesOf(source, "b"), /property-name/);
  });
});
