/**
 * Navigation, deprecations and settings in a real VS Code: the outline (executeDocumentSymbolProvider),
 * go to definition on a model reference (executeDefinitionProvider), references, folding, $include links,
 * the struck-through deprecated value, and `openclaw.rules` / `openclaw.validate.enable` taking effect
 * without a restart.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeOf, diagnosticsWhere, extensionApi, open, rangeOf, workspaceFile, revertAndCloseAll } from "./helpers";

type Target = vscode.Location | vscode.LocationLink;
const targetUri = (t: Target) => ("targetUri" in t ? t.targetUri : t.uri);
const targetRange = (t: Target) => ("targetUri" in t ? (t.targetSelectionRange ?? t.targetRange) : t.range);

describe("navigation in VS Code", () => {
  before(async () => {
    await extensionApi();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration("openclaw").update("rules", undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration("openclaw").update("validate.enable", undefined, vscode.ConfigurationTarget.Workspace);
    await revertAndCloseAll();
  });

  it("outlines the config (executeDocumentSymbolProvider) without secret values", async () => {
    const { document } = await open(workspaceFile("navigation", "openclaw.json"));
    // The provider answers once the server is up: wait for its first diagnostics.
    await diagnosticsWhere(document.uri, (d) => d.some((x) => codeOf(x) === "deprecated-field"), "deprecated-field");
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ["$include", "models", "agents", "bindings", "messages"]);
    const openai = symbols[1]!.children.find((s) => s.name === "providers")!.children.find((s) => s.name === "openai")!;
    assert.equal(openai.children.find((s) => s.name === "baseUrl")!.detail, "https://api.openai.com/v1");
    assert.ok(!openai.children.find((s) => s.name === "apiKey")!.detail, "no value shown for the API key");
    assert.ok(!JSON.stringify(symbols).includes("sk-proj"), "the API key must not reach the outline");
  });

  it("goes to the models[] entry from a fallback (executeDefinitionProvider) and finds its references", async () => {
    const { document } = await open(workspaceFile("navigation", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => d.length > 0, "the first analysis");
    const fallback = rangeOf(document, '"openai/gpt-5.4"');
    const targets = await vscode.commands.executeCommand<Target[]>("vscode.executeDefinitionProvider", document.uri, fallback.start.translate(0, 3));
    assert.equal(targets.length, 1);
    assert.equal(targetUri(targets[0]!).toString(), document.uri.toString());
    assert.equal(document.getText(targetRange(targets[0]!)), '"gpt-5.4"');

    const modelId = rangeOf(document, '"gpt-5.4"');
    const references = await vscode.commands.executeCommand<vscode.Location[]>("vscode.executeReferenceProvider", document.uri, modelId.start.translate(0, 2));
    assert.deepEqual(references.map((r) => document.getText(r.range)).sort(), ['"gpt-5.4"', '"openai/gpt-5.4"', '"openai/gpt-5.4"']);
  });

  it("goes to a model declared in an $include'd file", async () => {
    const { document } = await open(workspaceFile("navigation-split", "openclaw.json"));
    // Validation runs before the answer if it has not yet: the merged config is there on the first request.
    const fallback = rangeOf(document, '"local/qwen3-coder"');
    const targets = await vscode.commands.executeCommand<Target[]>("vscode.executeDefinitionProvider", document.uri, fallback.start.translate(0, 3));
    assert.equal(targets.length, 1);
    const providers = workspaceFile("navigation-split", "providers.json5");
    assert.equal(targetUri(targets[0]!).toString(), providers.toString());
    const included = await vscode.workspace.openTextDocument(providers);
    assert.equal(included.getText(targetRange(targets[0]!)), '"qwen3-coder"');
  });

  it("folds objects and links the $include path to the file next to it", async () => {
    const { document } = await open(workspaceFile("navigation", "openclaw.json"));
    await diagnosticsWhere(document.uri, (d) => d.length > 0, "the first analysis");
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>("vscode.executeFoldingRangeProvider", document.uri);
    const modelsLine = rangeOf(document, "models: {").start.line;
    assert.ok(folds.some((f) => f.start === modelsLine), "models: { ... } folds");
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>("vscode.executeLinkProvider", document.uri);
    const include = links.find((l) => document.getText(l.range) === "./extra.json5");
    assert.ok(include?.target, "the $include path is a link");
    assert.equal(include.target.toString(), workspaceFile("navigation", "extra.json5").toString());
  });

  it("strikes through a deprecated value, and applies openclaw.rules and openclaw.validate.enable at once", async () => {
    const { document } = await open(workspaceFile("navigation", "openclaw.json"));
    const deprecated = (d: readonly vscode.Diagnostic[]) => d.find((x) => codeOf(x) === "deprecated-field");
    const first = deprecated(await diagnosticsWhere(document.uri, (d) => deprecated(d) !== undefined, "deprecated-field"))!;
    assert.deepEqual(first.tags, [vscode.DiagnosticTag.Deprecated]);
    assert.equal(document.getText(first.range), '"on"');
    assert.match(first.message, /use "tokens"/);

    const config = vscode.workspace.getConfiguration("openclaw");
    await config.update("rules", { "deprecated-field": "error" }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(document.uri, (d) => deprecated(d)?.severity === vscode.DiagnosticSeverity.Error, "deprecated-field as an error");

    await config.update("validate.enable", false, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(document.uri, (d) => d.length === 0, "no diagnostics with validation off");

    await config.update("validate.enable", undefined, vscode.ConfigurationTarget.Workspace);
    await config.update("rules", { "deprecated-field": "hint" }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(document.uri, (d) => deprecated(d)?.severity === vscode.DiagnosticSeverity.Hint, "deprecated-field back, as a hint");
  });
});
