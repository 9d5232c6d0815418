/**
 * The "done when" of the extension's founding issue, in a real VS Code: OpenClaw's official complete examples
 * (minimal, starter, full reference) open with no syntax errors and no Codex warning, and the config from the
 * original bug report gets the warning and, after the quick fix, the canonical URL with everything else intact.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import { SOURCE, codeOf, diagnosticsWhere, open, rangeOf, withCode, workspaceFile, revertAndCloseAll } from "./helpers";

const LEGACY_CODE = "legacy-codex-base-url";
// out/test/vscode/suite -> repository root (the suite always runs from the repository's out/).
const fixtures = path.resolve(__dirname, "..", "..", "..", "..", "test", "fixtures");

/** Copies a fixture into the workspace as <folder>/openclaw.json, so it opens under its real name. */
async function asOpenclawJson(fixture: string, folder: string): Promise<vscode.Uri> {
  const target = workspaceFile("done-when", folder, "openclaw.json");
  await vscode.workspace.fs.copy(vscode.Uri.file(path.join(fixtures, fixture)), target, { overwrite: true });
  return target;
}

const isSyntax = (d: vscode.Diagnostic) => String(codeOf(d)).startsWith("json5-");

describe("the founding issue's done-when", () => {
  afterEach(async () => {
    await revertAndCloseAll();
  });

  for (const example of ["minimal", "starter", "full-reference"]) {
    it(`OpenClaw's official ${example} example: no syntax error, no Codex warning`, async () => {
      const { document, editor } = await open(await asOpenclawJson(path.join("official", `${example}.json5`), example));
      // A clean file publishes nothing to wait for: break it at the end, wait for that error, undo, wait for it
      // to go. Then the diagnostics are the server's verdict on the example as it is.
      const end = document.positionAt(document.getText().length);
      await editor.edit((edit) => edit.insert(end, "\n@"));
      await diagnosticsWhere(document.uri, (d) => d.some(isSyntax), "the provoked syntax error");
      await vscode.commands.executeCommand("undo");
      const verdict = await diagnosticsWhere(document.uri, (d) => !d.some(isSyntax), "the example's own diagnostics");
      assert.deepEqual(verdict.filter(isSyntax), []);
      assert.deepEqual(withCode(LEGACY_CODE)(verdict), []);
      for (const diagnostic of verdict) assert.equal(diagnostic.source, SOURCE, `${diagnostic.source}: ${diagnostic.message}`);
    });
  }

  it("the bug report's config: warned, then fixed to /backend-api/codex with everything else intact", async () => {
    const { document } = await open(await asOpenclawJson("seed-bug.openclaw.json", "seed-bug"));
    const [warning] = withCode(LEGACY_CODE)(await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE));
    const before = document.getText();
    const literal = document.getText(warning.range);
    assert.equal(literal, "'https://chatgpt.com/backend-api'");
    const inside = rangeOf(document, "chatgpt.com");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, inside, undefined, 10);
    const fix = actions.find((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value && /\/codex/.test(action.title));
    assert.ok(fix?.edit, `a /codex quick fix: ${actions.map((a) => a.title).join(" | ")}`);
    assert.equal(fix.isPreferred, true, "Ctrl+. / the lightbulb applies it first");
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), before.replace(literal, "'https://chatgpt.com/backend-api/codex'"));
    await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length === 0, "the warning to clear");
  });

  it("the bug report's config upgraded with one fix-all: /codex, no legacy key left, every comment kept", async () => {
    const { document } = await open(await asOpenclawJson("seed-bug.openclaw.json", "seed-bug-upgrade"));
    const before = await diagnosticsWhere(document.uri, (d) => withCode(LEGACY_CODE)(d).length > 0, LEGACY_CODE);
    const isError = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Error;
    assert.ok(before.some((d) => isError(d) && String(codeOf(d)).startsWith("legacy-")), "the legacy api id and image model are errors, as OpenClaw rejects them");
    // Line comments not part of a URL (`https://`), and block comments.
    const comments = (text: string) => text.match(/(?<![:\w])\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
    const commentsBefore = comments(document.getText());
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, whole, "source.fixAll.openclaw", 10);
    assert.equal(actions.length, 1, `one fix-all action: ${actions.map((a) => a.title).join(" | ")}`);
    assert.ok(actions[0]!.edit && (await vscode.workspace.applyEdit(actions[0]!.edit)));
    const text = document.getText();
    assert.match(text, /baseUrl: 'https:\/\/chatgpt\.com\/backend-api\/codex'/);
    for (const comment of commentsBefore) assert.ok(text.includes(comment), `comment kept: ${comment}`);
    // Our verdict agrees with OpenClaw's on every config of the conformance suite: no error here means OpenClaw
    // accepts the file (the migrations tier checks this same upgrade against OpenClaw itself).
    const after = await diagnosticsWhere(document.uri, (d) => !d.some(isError) && withCode(LEGACY_CODE)(d).length === 0, "no error and no Codex warning");
    assert.deepEqual(after.filter((d) => String(codeOf(d)).startsWith("legacy-")).map((d) => d.message), []);
  });
});
