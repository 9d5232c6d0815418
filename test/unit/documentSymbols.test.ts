import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { documentSymbols } from "../../server/src/core/services/documentSymbols";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");

function find(symbols: DocumentSymbol[] | undefined, ...names: string[]): DocumentSymbol {
  let current: DocumentSymbol | undefined;
  let list = symbols;
  for (const name of names) {
    current = list?.find((s) => s.name === name);
    assert.ok(current, `no symbol ${names.join(" > ")}`);
    list = current.children;
  }
  return current!;
}

function contains(outer: { start: { line: number; character: number }; end: { line: number; character: number } }, inner: typeof outer): boolean {
  const le = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe("document symbols", () => {
  const text = readFileSync(path.join(FIXTURES, "navigation/openclaw.json"), "utf8");
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  const symbols = documentSymbols(doc);

  it("nests properties as in the file, with kinds by value type", () => {
    assert.deepEqual(symbols.map((s) => s.name), ["models", "agents", "bindings", "talk"]);
    assert.equal(find(symbols, "models").kind, SymbolKind.Module);
    assert.equal(find(symbols, "models", "providers", "OpenAI", "models").kind, SymbolKind.Array);
    assert.equal(find(symbols, "models", "providers", "OpenAI", "baseUrl").kind, SymbolKind.String);
    assert.equal(find(symbols, "agents", "defaults", "model", "fallbacks").detail, "3 items");
  });

  it("shows scalar values as detail but never a secret", () => {
    assert.equal(find(symbols, "models", "providers", "OpenAI", "baseUrl").detail, "https://api.openai.com/v1");
    const apiKey = find(symbols, "models", "providers", "OpenAI", "apiKey");
    assert.equal(apiKey.detail, undefined);
    const header = find(symbols, "models", "providers", "myproxy", "headers", "X-Proxy-Key");
    assert.equal(header.detail, undefined);
    assert.ok(!JSON.stringify(symbols).includes("sk-proj"), "the API key leaked into the symbols");
    assert.ok(!JSON.stringify(symbols).includes("hunter2"), "a header value leaked into the symbols");
  });

  it("names array items by their id, with the index as detail", () => {
    const model = find(symbols, "models", "providers", "OpenAI", "models", "gpt-image-2");
    assert.equal(model.detail, "[1]");
    assert.equal(text.slice(doc.offsetAt(model.selectionRange.start), doc.offsetAt(model.selectionRange.end)), '"gpt-image-2"');
    const binding = find(symbols, "bindings", "work");
    assert.equal(binding.detail, "[0]");
    const fallback = find(symbols, "agents", "defaults", "model", "fallbacks", "[0]");
    assert.equal(fallback.detail, "openai/gpt-5.4");
  });

  it("keeps every selection range inside its range and every child inside its parent", () => {
    const check = (list: DocumentSymbol[] | undefined, parent?: DocumentSymbol) => {
      for (const s of list ?? []) {
        assert.ok(s.name.length > 0);
        assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection outside range`);
        if (parent) assert.ok(contains(parent.range, s.range), `${s.name}: outside ${parent.name}`);
        check(s.children, s);
      }
    };
    check(symbols);
  });

  it("works on the official full reference, a half-typed file, an empty key, and caps the count", () => {
    const full = ConfigDocument.create("file:///x/openclaw.json", readFileSync(path.join(FIXTURES, "official/full-reference.json5"), "utf8"));
    assert.ok(documentSymbols(full).length > 5);
    const broken = ConfigDocument.create("file:///x/openclaw.json", '{ "": 1, models: { providers: { a: { baseUrl: "x", api');
    const brokenSymbols = documentSymbols(broken);
    assert.equal(brokenSymbols[0]!.name, '""');
    const api = find(brokenSymbols, "models", "providers", "a", "api");
    assert.equal(api.kind, SymbolKind.Property);
    const count = (list: DocumentSymbol[] | undefined): number => (list ?? []).reduce((n, s) => n + 1 + count(s.children), 0);
    assert.equal(count(documentSymbols(full, 10)), 10);
  });

  it("hides values under env and values that look like credentials wherever they are", () => {
    const d = ConfigDocument.create("file:///x/openclaw.json", '{ env: { vars: { OPENAI_API_KEY: "abc" } }, misc: { note: "ghp_0123456789abcdefghij0123456789" } }');
    const s = documentSymbols(d);
    assert.equal(find(s, "env", "vars", "OPENAI_API_KEY").detail, undefined);
    assert.equal(find(s, "misc", "note").detail, undefined);
  });
});
