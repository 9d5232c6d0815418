/**
 * `$include` in a real VS Code: a problem inside an included file shows on the `$include` string of
 * openclaw.json (with the exact place as related information), and the config is re-checked when the
 * included file changes on disk or is saved from the editor: the server registers the file watcher
 * itself (workspace/didChangeWatchedFiles), nothing in the client is configured for it.
 */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeOf, diagnosticsWhere, extensionApi, open, rangeOf, withCode, workspaceFile } from "./helpers";

const AGENTS_WITH_TYPO = `{\n  entries: { main: {} },\n  defaults: { timeoutSecond: 600 },\n}\n`;

describe("$include in VS Code", () => {
  const config = () => workspaceFile("includes", "openclaw.json");
  const agents = () => workspaceFile("includes", "agents.json5");

  before(async () => {
    await extensionApi();
  });

  after(async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await vscode.workspace.fs.writeFile(agents(), Buffer.from(AGENTS_WITH_TYPO));
  });

  it("reports a problem of the included file on the $include string, pointing into the file", async () => {
    const { document } = await open(config());
    const [problem] = withCode("unknown-key")(await diagnosticsWhere(document.uri, (d) => withCode("unknown-key")(d).length === 1, "the included file's unknown key"));
    assert.ok(problem!.range.isEqual(rangeOf(document, `"./agents.json5"`)), "on the path string");
    assert.match(problem!.message, /^In \.\/agents\.json5 \(line 3, at `agents\.defaults\.timeoutSecond`\)/);
    const related = problem!.relatedInformation?.[0];
    assert.equal(related?.location.uri.toString(), agents().toString());
    assert.equal(related?.location.range.start.line, 2);
  });

  it("re-checks the config when the included file changes on disk", async () => {
    const { document } = await open(config());
    await vscode.workspace.fs.writeFile(agents(), Buffer.from(AGENTS_WITH_TYPO.replace("timeoutSecond", "timeoutSeconds")));
    await diagnosticsWhere(document.uri, (d) => d.filter((x) => x.source === "openclaw").length === 0, "no problem once the file is fixed on disk");
  });

  it("re-checks it when the included file is edited and saved in the editor", async () => {
    const { document: configDocument } = await open(config());
    const { document, editor } = await open(agents());
    await editor.edit((edit) => edit.replace(rangeOf(document, "timeoutSeconds"), "timeoutSecnds"));
    assert.ok(await document.save());
    const diagnostics = await diagnosticsWhere(configDocument.uri, (d) => withCode("unknown-key")(d).length === 1, "the typo saved in agents.json5");
    assert.match(withCode("unknown-key")(diagnostics)[0]!.message, /timeoutSecnds/);
  });

  it("reports the include as missing when the file is deleted", async () => {
    const { document } = await open(config());
    await vscode.workspace.fs.delete(agents());
    const diagnostics = await diagnosticsWhere(document.uri, (d) => d.some((x) => codeOf(x) === "include-not-found"), "include-not-found");
    assert.deepEqual(diagnostics.map(codeOf), ["include-not-found"]);
  });
});
