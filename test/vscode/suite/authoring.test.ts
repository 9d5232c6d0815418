/**
 * Authoring in a real VS Code: completion (keys in a provider entry, the API ids after `api: `, model
 * references) through vscode.executeCompletionItemProvider, and formatting through
 * vscode.executeFormatDocumentProvider, on a JSON5 fixture with comments.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { LANGUAGE_ID, extensionApi, open, rangeOf, workspaceFile, revertAndCloseAll } from "./helpers";

const API_IDS = [
  "openai-completions",
  "openai-responses",
  "openai-chatgpt-responses",
  "anthropic-messages",
  "google-generative-ai",
  "google-vertex",
  "github-copilot",
  "bedrock-converse-stream",
  "ollama",
  "pi-messages",
  "azure-openai-responses",
];

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === "string" ? item.label : item.label.label;
}

async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, position);
  return list.items;
}

/** Accepts a completion item as the editor does (snippet included), and waits for the document to change. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
  const text = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText ?? labelOf(item)).replace(/[$}\\]/g, "\\$&"));
  assert.ok(await editor.insertSnippet(text, range));
  if (item.additionalTextEdits?.length) {
    await editor.edit((edit) => item.additionalTextEdits!.forEach((e) => edit.replace(e.range, e.newText)));
  }
}

describe("authoring openclaw.json in VS Code", () => {
  before(async () => {
    await extensionApi();
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it("completes a provider entry's keys, then the eleven API ids after `api: `, in the file's style", async () => {
    const { document, editor } = await open(workspaceFile("authoring", "openclaw.json"));
    assert.equal(document.languageId, LANGUAGE_ID);
    // A new line inside `myproxy: { ... }`, after baseUrl.
    const baseUrl = rangeOf(document, "baseUrl: 'http://127.0.0.1:4000/v1',");
    await editor.edit((edit) => edit.insert(baseUrl.end, "\n      "));
    const cursor = baseUrl.end.translate(1, 0).with({ character: 6 });
    const keys = await completionsAt(document, cursor);
    const labels = keys.map(labelOf);
    for (const key of ["api", "apiKey", "auth", "headers"]) assert.ok(labels.includes(key), `${key} offered: ${labels.join(", ")}`);
    assert.ok(!labels.includes("baseUrl") && !labels.includes("models"), "keys already present are not offered");
    await accept(editor, keys.find((item) => labelOf(item) === "api")!);
    const line = document.lineAt(cursor.line).text;
    assert.equal(line.trim(), "api: '',", "a bare key, the file's quote character, the comma the next key needs");
    // The cursor is inside the quotes now: the value list.
    const values = await completionsAt(document, editor.selection.active);
    assert.deepEqual(values.map(labelOf).filter((label) => API_IDS.includes(label)), API_IDS);
    await accept(editor, values.find((item) => labelOf(item) === "openai-completions")!);
    assert.equal(document.lineAt(cursor.line).text.trim(), "api: 'openai-completions',");
  });

  it("offers the configured model first in a fallback list", async () => {
    const { document, editor } = await open(workspaceFile("authoring", "openclaw.json"));
    const primary = rangeOf(document, "primary: 'myproxy/llama-3.1-8b'");
    await editor.edit((edit) => edit.insert(primary.end, ", fallbacks: ['']"));
    const inside = document.positionAt(document.offsetAt(primary.end) + ", fallbacks: ['".length);
    const items = await completionsAt(document, inside);
    const sorted = [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.equal(labelOf(sorted[0]!), "myproxy/llama-3.1-8b");
    assert.ok(items.some((item) => labelOf(item) === "anthropic/claude-sonnet-5"), "the bundled catalog is offered too");
  });

  it("formats the document: layout fixed, comments kept, a second format changes nothing", async () => {
    const { document } = await open(workspaceFile("authoring", "openclaw.json"));
    const before = document.getText();
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", document.uri, options);
    assert.ok(edits.length > 0);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    const after = document.getText();
    assert.equal(after.replace(/\s+/g, ""), before.replace(/\s+/g, ""), "only whitespace changed");
    for (const comment of ["// A hand-edited config", "// local only", "/* a LiteLLM proxy on this machine */"]) assert.ok(after.includes(comment), comment);
    assert.match(after, /\n {2}gateway: \{ mode: 'local', port: 18789 \}, \/\/ local only\n/);
    assert.match(after, /\n {6}myproxy: \{\n {8}baseUrl: 'http:\/\/127\.0\.0\.1:4000\/v1',\n/);
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", document.uri, options);
    // VS Code answers undefined when the provider returned no edits.
    assert.equal(again?.length ?? 0, 0, "idempotent");
  });
});
