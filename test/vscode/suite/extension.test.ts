/**
 * The extension in a real VS Code: language association, the legacy Codex baseUrl diagnostic, its quick
 * fix, fix-all (command and on save), hover, and that no other extension reports on valid JSON5.
 */
import * as assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import * as vscode from "vscode";
import { LANGUAGE_ID, SOURCE, codeOf, diagnosticsWhere, extensionApi, open, rangeOf, withCode, workspaceFile, revertAndCloseAll } from "./helpers";

const LEGACY_CODE = "legacy-codex-base-url";
const LEGACY_LITERAL = '"https://chatgpt.com/backend-api"';
const FIXED_LITERAL = '"https://chatgpt.com/backend-api/codex"';

describe("openclaw.json in VS Code", () => {
  before(async () => {
    await extensionApi();
  });

  afterEach(async () => {
    await revertAndCloseAll();
  });

  it("opens in the openclaw-json language even when the user maps *.json to JSON with Comments", async () => {
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    assert.equal(document.languageId, LANGUAGE_ID);
    const associations = vscode.workspace.getConfiguration("files").get<Record<string, string>>("associations") ?? {};
    assert.equal(associations["openclaw.json"], LANGUAGE_ID, "configurationDefaults must map openclaw.json");
    assert.equal(associations["*.json"], "jsonc", "the test user maps *.json to jsonc");
  });

  it("edits like JSON5: auto-closes single quotes and braces, toggles // comments", async () => {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: "{\n  \n}\n" });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 2, 1, 2);
    await vscode.commands.executeCommand("type", { text: "k: '" });
    assert.equal(document.lineAt(1).text, "  k: ''", "the single quote is auto-closed");
    editor.selection = new vscode.Selection(1, 7, 1, 7);
    await vscode.commands.executeCommand("type", { text: ", o: {" });
    assert.equal(document.lineAt(1).text, "  k: '', o: {}", "the brace is auto-closed");
    await vscode.commands.executeCommand("editor.action.commentLine");
    assert.match(document.lineAt(1).text, /^\s*\/\/\s*k: '', o: \{\}$/, "Toggle Line Comment uses //");
    await vscode.commands.executeCommand("editor.action.blockComment");
    assert.match(document.lineAt(1).text, /\/\*.*\*\//, "Toggle Block Comment uses /* */");
  });

  it("warns about the legacy Codex base URL on the string literal", async () => {
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    const found = withCode(LEGACY_CODE)(await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE));
    assert.equal(found.length, 1);
    const [diagnostic] = found;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(document.getText(diagnostic.range), LEGACY_LITERAL);
    assert.match(diagnostic.message, /\/codex/);
    const code = diagnostic.code;
    assert.ok(typeof code === "object" && code.target, "codeDescription links to the rule's documentation");
  });

  it("applies the preferred quick fix: inserts /codex and keeps everything else, then the warning goes", async () => {
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    const before = document.getText();
    // The cursor anywhere inside the URL, as with Ctrl+. in the editor.
    const literal = rangeOf(document, LEGACY_LITERAL);
    const cursor = new vscode.Range(literal.start.translate(0, 12), literal.start.translate(0, 12));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, cursor, undefined, 10);
    const preferred = actions.filter((action) => action.isPreferred && action.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.equal(preferred.length, 1, `one preferred quick fix, got: ${actions.map((a) => a.title).join(" | ")}`);
    const [fix] = preferred;
    assert.match(fix.title, /\/codex/);
    assert.ok(fix.edit, "the fix carries its edit");
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), before.replace(LEGACY_LITERAL, FIXED_LITERAL), "only the URL changed: comments, quotes, layout kept");
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 0, "the warning to clear");
  });

  it("shows hover documentation on the provider's baseUrl and api keys", async () => {
    const { document } = await open(workspaceFile("legacy", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    const hoverText = async (needle: string) => {
      const position = rangeOf(document, needle).start.translate(0, 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, position);
      return hovers
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === "string" ? content : content.value))
        .join("\n");
    };
    const baseUrl = await hoverText("baseUrl:");
    const api = await hoverText("api:");
    assert.match(baseUrl, /baseUrl/);
    assert.match(baseUrl, /codex|ChatGPT/i, "baseUrl hover says what kind of endpoint the value is");
    assert.match(api, /\bapi\b/);
    assert.match(api, /openai-chatgpt-responses/, "api hover lists the allowed values");
  });

  it("reports nothing from any other extension on a valid JSON5 file", async () => {
    const { document, editor } = await open(workspaceFile("valid", "openclaw.json"));
    assert.equal(document.languageId, LANGUAGE_ID);
    // Make our server report something, so we know it analysed this document, then undo it.
    const canonical = rangeOf(document, "'https://chatgpt.com/backend-api/codex'");
    await editor.edit((edit) => edit.replace(canonical, "'https://chatgpt.com/backend-api'"));
    const reported = await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    await vscode.commands.executeCommand("undo");
    const after = await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 0, "the warning to clear");
    for (const diagnostic of [...reported, ...after]) {
      assert.equal(diagnostic.source, SOURCE, `unexpected diagnostic from ${diagnostic.source}: ${diagnostic.message}`);
    }
    const errors = after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map((d) => `${codeOf(d)}: ${d.message}`), [], "a valid JSON5 config gets no errors");
  });

  it("fixes every legacy URL in one edit with source.fixAll.openclaw", async () => {
    const { document } = await open(workspaceFile("fixall", "openclaw.json"));
    const legacy = withCode(LEGACY_CODE)(await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 3, `three ${LEGACY_CODE}`));
    assert.equal(legacy.length, 3);
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      document.uri,
      whole,
      "source.fixAll.openclaw",
      10,
    );
    assert.equal(actions.length, 1, `one fix-all action, got: ${actions.map((a) => a.title).join(" | ")}`);
    assert.ok(actions[0].edit);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    const text = document.getText();
    assert.ok(text.includes("baseUrl: 'https://chatgpt.com/backend-api/codex'"), text);
    assert.ok(text.includes('baseUrl: "https://chatgpt.com/backend-api/codex/"'), text);
    assert.ok(text.includes("baseUrl: 'https://ChatGPT.com/backend-api/codex'"), text);
    assert.ok(text.includes("/* uppercase host, /v1 form */"), "comments kept");
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 0, "the warnings to clear");
  });

  it("fixes on save with editor.codeActionsOnSave source.fixAll.openclaw", async () => {
    const editorConfig = vscode.workspace.getConfiguration("editor", { languageId: LANGUAGE_ID });
    await editorConfig.update("codeActionsOnSave", { "source.fixAll.openclaw": "explicit" }, vscode.ConfigurationTarget.Global, true);
    try {
      const { document } = await open(workspaceFile("fixall", "openclaw.json"));
      await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 3, `three ${LEGACY_CODE}`);
      // An explicit save, as Ctrl+S: a buffer change makes it a real save.
      await vscode.commands.executeCommand("workbench.action.files.save");
      const onDisk = await readFile(document.uri.fsPath, "utf8");
      assert.equal((onDisk.match(/backend-api\/codex/g) ?? []).length, 3, onDisk);
      assert.ok(onDisk.includes("// Three providers still on the retired ChatGPT base URL forms."), "comments kept");
    } finally {
      await editorConfig.update("codeActionsOnSave", undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
