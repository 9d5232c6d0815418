import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import JSON5 from "json5";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { FormattingOptions, TextEdit } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { formatDocument, formatRange } from "../../server/src/core/services/formatting";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const SPACES2: FormattingOptions = { tabSize: 2, insertSpaces: true };

function doc(text: string): ConfigDocument {
  return ConfigDocument.create("file:///tmp/openclaw.json", text);
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x", "json5", 0, text), edits);
}

function format(text: string, options: FormattingOptions = SPACES2): string {
  return apply(text, formatDocument(doc(text), options));
}

/** Everything but whitespace, in order: what formatting must never change. */
function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The comments of a text, as the scanner sees them. */
function comments(text: string): string[] {
  return doc(text).parse.comments.map((c) => text.slice(c.offset, c.offset + c.length));
}

describe("formatting", () => {
  for (const name of ["full-reference", "starter", "minimal"]) {
    it(`leaves OpenClaw's official ${name} example unchanged (the docs' layout is the formatted layout)`, () => {
      const text = readFileSync(path.join(FIXTURES, "official", `${name}.json5`), "utf8");
      assert.deepEqual(formatDocument(doc(text), SPACES2), []);
    });
  }

  it("re-indents the docs example with tabs, changing nothing but whitespace, and is idempotent", () => {
    const text = readFileSync(path.join(FIXTURES, "official", "full-reference.json5"), "utf8");
    const tabbed = format(text, { tabSize: 4, insertSpaces: false });
    assert.notEqual(tabbed, text);
    assert.equal(withoutWhitespace(tabbed), withoutWhitespace(text));
    assert.deepEqual(comments(tabbed), comments(text));
    assert.match(tabbed, /^\tenv: \{\n\t\tvars: \{\n\t\t\tOPENROUTER_API_KEY: "sk-or-\.\.\.",$/m);
    assert.deepEqual(formatDocument(doc(tabbed), { tabSize: 4, insertSpaces: false }), []);
    assert.equal(format(tabbed), text, "back to two spaces gives the original");
  });

  it("restores the full-reference example after its indentation is stripped and its lines padded", () => {
    const text = readFileSync(path.join(FIXTURES, "official", "full-reference.json5"), "utf8");
    const mangled = text
      .split("\n")
      .map((line, i) => " ".repeat(i % 7) + line.trim() + (i % 3 === 0 ? "   " : ""))
      .join("\n");
    assert.equal(format(mangled), text);
  });

  it("reformats a badly indented document, keeping every comment, bare key, quote and trailing comma", () => {
    const text = [
      "// header",
      "{",
      "      models: { // the models",
      "  providers: {",
      "'openai-codex':{baseUrl:'https://chatgpt.com/backend-api/codex',",
      "   /* block */ api :\"openai-chatgpt-responses\",",
      "      models:[ ] ,",
      "        },",
      "",
      "",
      "",
      "     // after providers",
      "    }",
      "  }",
      "}",
    ].join("\n");
    const once = format(text);
    assert.equal(
      once,
      [
        "// header",
        "{",
        "  models: { // the models",
        "    providers: {",
        "      'openai-codex': {",
        "        baseUrl: 'https://chatgpt.com/backend-api/codex',",
        "        /* block */ api: \"openai-chatgpt-responses\",",
        "        models: [],",
        "      },",
        "",
        "      // after providers",
        "    }",
        "  }",
        "}",
      ].join("\n"),
    );
    assert.equal(withoutWhitespace(once), withoutWhitespace(text));
    assert.deepEqual(comments(once), comments(text));
    assert.deepEqual(JSON5.parse(once), JSON5.parse(text));
    assert.deepEqual(formatDocument(doc(once), SPACES2), [], "idempotent");
  });

  it("puts each element of a multi-line container on its own line and keeps one-line containers on one line", () => {
    const text = '{\n  a: [1,2,\n  3],  b: {x:1,y:[ "p" ,"q" ]},\n  c: {}, d: [ ],\n}';
    assert.equal(format(text), '{\n  a: [\n    1,\n    2,\n    3\n  ],\n  b: { x: 1, y: ["p", "q"] },\n  c: {},\n  d: [],\n}');
  });

  it("keeps a line comment's line break and puts trailing comments one space after the value", () => {
    const text = "{\n  a: 1,    // one\n  b: 2 // two\n  ,c: 3\n}";
    const once = format(text);
    assert.equal(once, "{\n  a: 1, // one\n  b: 2 // two\n  ,\n  c: 3\n}");
    assert.deepEqual(formatDocument(doc(once), SPACES2), []);
  });

  it("honours tab size, final newline insertion and trimming", () => {
    const text = "{\na: 1\n}";
    assert.equal(format(text, { tabSize: 3, insertSpaces: true }), "{\n   a: 1\n}");
    assert.equal(format(text, { tabSize: 3, insertSpaces: true, insertFinalNewline: true }), "{\n   a: 1\n}\n");
    assert.equal(format("{}\n\n\n", { tabSize: 2, insertSpaces: true, trimFinalNewlines: true }), "{}\n");
    assert.equal(format("{}\n\n", SPACES2), "{}\n\n", "without the options, final newlines are left alone");
    assert.equal(format("{}  \n  ", SPACES2), "{}\n", "trailing spaces go");
  });

  it("keeps CRLF line breaks and a byte order mark", () => {
    const text = "\uFEFF{\r\n    a: 1,\r\n  b: [\r\n1]\r\n}\r\n";
    const once = format(text);
    assert.equal(once, "\uFEFF{\r\n  a: 1,\r\n  b: [\r\n    1\r\n  ]\r\n}\r\n");
    for (const edit of formatDocument(doc(text), SPACES2)) {
      // No edit may start or end between \r and \n.
      for (const position of [edit.range.start, edit.range.end]) {
        const offset = doc(text).offsetAt(position);
        assert.ok(!(text[offset - 1] === "\r" && text[offset] === "\n"), JSON.stringify(edit));
      }
    }
  });

  it("refuses to format a document with syntax errors", () => {
    assert.deepEqual(formatDocument(doc("{\n      a: 1\n  b: 2\n}"), SPACES2), []);
    assert.deepEqual(formatDocument(doc("{\n      a: 'unterminated\n}"), SPACES2), []);
    assert.deepEqual(formatDocument(doc("{ a: 1"), SPACES2), []);
    assert.deepEqual(formatDocument(doc(""), SPACES2), []);
  });

  it("returns only whitespace edits, each as small as the change", () => {
    const text = "{\n      a: 1,\n  b:    2\n}";
    const edits = formatDocument(doc(text), SPACES2);
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]),
      [
        [1, 2, 1, 6, ""],
        [2, 5, 2, 8, ""],
      ],
    );
  });

  it("formats only the gaps inside a range", () => {
    const text = "{\n      a: 1,\n      b:    2,\n      c:3\n}";
    const d = doc(text);
    const edits = formatRange(d, { start: { line: 2, character: 0 }, end: { line: 2, character: 20 } }, SPACES2);
    assert.equal(apply(text, edits), "{\n      a: 1,\n  b: 2,\n      c:3\n}");
  });

  it("moves a multi-line block comment's lines with it, keeping its shape", () => {
    const text = "{\n      /**\n       * The gateway.\n       *\n\n       */\n      gateway: {},\n/* flush\nleft */\n  a: 1,\n}";
    const once = format(text);
    assert.equal(once, "{\n  /**\n   * The gateway.\n   *\n\n   */\n  gateway: {},\n  /* flush\n  left */\n  a: 1,\n}");
    assert.deepEqual(formatDocument(doc(once), SPACES2), []);
    assert.equal(withoutWhitespace(once), withoutWhitespace(text));
  });

  it("keeps comments between a key and its value and in empty containers", () => {
    const text = "{\n a: /* why */ 1,\n b: { // nothing yet\n },\n c: [\n  // none\n ],\n}";
    const once = format(text);
    assert.equal(once, "{\n  a: /* why */ 1,\n  b: { // nothing yet\n  },\n  c: [\n    // none\n  ],\n}");
    assert.deepEqual(formatDocument(doc(once), SPACES2), []);
  });
});
