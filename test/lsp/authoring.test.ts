import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { TextEdit } from "vscode-languageserver-protocol";
import { LspClient, applyTextEdits } from "./lspClient";

describe("formatting over LSP", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start("stdio");
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it("advertises document and range formatting", () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.documentFormattingProvider);
    assert.ok(caps.documentRangeFormattingProvider);
  });

  it("reformats a badly indented document, keeping every comment, and a second pass changes nothing", async () => {
    const uri = "file:///tmp/lsp-format/openclaw.json";
    const text = "// my config\n{\nmodels: { // providers below\n      providers: {\n  openai: { baseUrl: 'https://api.openai.com/v1' }, /* end */\n}}\n}\n";
    await client.open(uri, text);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options });
    const formatted = applyTextEdits(text, edits);
    assert.equal(
      formatted,
      "// my config\n{\n  models: { // providers below\n    providers: {\n      openai: { baseUrl: 'https://api.openai.com/v1' }, /* end */\n    }\n  }\n}\n",
    );
    await client.replace(uri, formatted);
    assert.deepEqual(await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options }), []);
  });

  it("formats a range and refuses a document with syntax errors", async () => {
    const uri = "file:///tmp/lsp-format-range/openclaw.json";
    const text = "{\n      a: 1,\n      b:    2,\n}";
    await client.open(uri, text);
    const options = { tabSize: 2, insertSpaces: true };
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 15 } };
    const edits = await client.request<TextEdit[]>("textDocument/rangeFormatting", { textDocument: { uri }, range, options });
    assert.equal(applyTextEdits(text, edits), "{\n      a: 1,\n  b: 2,\n}");
    await client.replace(uri, "{\n      a: 1\n b: 2\n}");
    assert.deepEqual(await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options }), []);
  });
});
