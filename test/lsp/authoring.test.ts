import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CompletionItem, CompletionList, TextEdit } from "vscode-languageserver-protocol";
import JSON5 from "json5";
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

describe("completion over LSP", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start("stdio");
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  const complete = async (uri: string, line: number, character: number) =>
    (await client.request<CompletionList>("textDocument/completion", { textDocument: { uri }, position: { line, character } })).items;
  const expand = (snippet: string) => snippet.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, "$1").replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\d+/g, "");
  const accept = (text: string, item: CompletionItem) =>
    applyTextEdits(text, [{ ...(item.textEdit as TextEdit), newText: expand((item.textEdit as TextEdit).newText) }, ...(item.additionalTextEdits ?? [])]);

  it("advertises completion with its trigger characters", () => {
    const provider = client.initializeResult.capabilities.completionProvider;
    assert.ok(provider);
    assert.deepEqual(provider.triggerCharacters, ['"', "'", ":", "/"]);
  });

  it("typing inside `models.providers.myproxy: { | }` offers its fields, then the API ids after `api: `", async () => {
    const uri = "file:///tmp/lsp-complete/openclaw.json";
    let text = "{\n  models: {\n    providers: {\n      myproxy: {\n        \n      },\n    },\n  },\n}\n";
    await client.open(uri, text);
    const keys = await complete(uri, 4, 8);
    const labels = keys.map((item) => item.label);
    for (const key of ["baseUrl", "api", "apiKey", "models"]) assert.ok(labels.includes(key), key);
    const api = keys.find((item) => item.label === "api")!;
    // This client declares no snippet support and is not VS Code: plain text, and no VS Code command to run.
    assert.equal(api.insertTextFormat, 1);
    assert.equal((api.textEdit as TextEdit).newText, 'api: ""');
    assert.equal(api.command, undefined);
    // The user types `api: ` by hand instead: the value list is the eleven API ids.
    text = "{\n  models: {\n    providers: {\n      myproxy: {\n        baseUrl: 'http://127.0.0.1:4000/v1',\n        api: \n      },\n    },\n  },\n}\n";
    await client.replace(uri, text);
    const values = await complete(uri, 5, 13);
    assert.equal(values.length, 11);
    const accepted = accept(text, values.find((item) => item.label === "openai-completions")!);
    assert.equal(JSON5.parse(accepted).models.providers.myproxy.api, "openai-completions");
    assert.match(accepted, /api: 'openai-completions'/, "in the document's quote style");
  });

  it("answers a half-typed document without waiting for validation, and nothing in a comment", async () => {
    const uri = "file:///tmp/lsp-complete-broken/openclaw.json";
    const text = "{\n  // models here\n  agents: { defaults: { model: { primary: \"openai/ } } }\n";
    await client.open(uri, text);
    const items = await complete(uri, 2, 45);
    assert.ok(items.some((item) => item.label === "openai/gpt-6-astra"));
    assert.deepEqual(await complete(uri, 1, 8), []);
  });
});

describe("completion over LSP for a client with snippet support", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start("ipc", { diagnosticsDebounceMs: 0 }, { textDocument: { completion: { completionItem: { snippetSupport: true } } } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it("sends snippets with tab stops", async () => {
    const uri = "file:///tmp/lsp-complete-snippets/openclaw.json";
    await client.open(uri, "{\n  gateway: {\n    \n  },\n}\n");
    const items = (await client.request<CompletionList>("textDocument/completion", { textDocument: { uri }, position: { line: 2, character: 4 } })).items;
    const port = items.find((item) => item.label === "mode")!;
    assert.equal(port.insertTextFormat, 2);
    assert.equal((port.textEdit as TextEdit).newText, 'mode: "$1"');
  });
});
