// Authoring as a person does it in a real workbench (code-server + headless chromium, the packaged .vsix):
// type a new key inside a provider entry character by character, accept `api` from the suggestion list,
// pick the API id from the list that opens inside the quotes, format the badly indented file (Format
// Document), save, and find on disk valid JSON5 in the file's own style with every comment kept.
// Screenshots go to test-results/workbench/.
//
// Run: node --test test/workbench/   (after `npm run build`; packages the .vsix itself)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import JSON5 from "json5";
import { repoRoot } from "../../scripts/lib/toolchain.mjs";
import { openWorkbench } from "./session.mjs";

const fixture = path.join(repoRoot, "test", "fixtures", "workspace", "authoring");

let session;
let page;
let file;
const screenshot = (name) => session.screenshot(name);
const editorText = (text) => session.editorText(text);
const onDiskWhen = (predicate, what) => session.onDiskWhen(predicate, what);

/** A row of the visible suggestion list. */
function suggestion(label) {
  return page.locator(".editor-widget.suggest-widget.visible .monaco-list-row", { has: page.locator(".label-name", { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }) }).first();
}

describe("authoring in the workbench: completion and formatting", { timeout: 240_000 }, () => {
  before(async () => {
    session = await openWorkbench(fixture, "authoring");
    ({ page, file } = session);
    const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "openclaw.json" });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await page.locator('[id="status.editor.mode"]').filter({ hasText: "OpenClaw Config" }).waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await session?.close();
  });

  it("suggests a provider's keys while a new key is typed, and accepting `api` opens its values", async () => {
    const baseUrl = editorText("127.0.0.1:4000");
    await baseUrl.waitFor({ timeout: 30_000 });
    await baseUrl.click();
    // The breadcrumbs come from the language server's document symbols: it is up and has read the file.
    await page.locator(".breadcrumbs-control .monaco-breadcrumb-item", { hasText: "myproxy" }).waitFor({ timeout: 30_000 });
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    // At a person's pace (the suggestion list follows each keystroke).
    await page.keyboard.type("ap", { delay: 100 });
    await suggestion("apiKey").waitFor({ timeout: 15_000 });
    await page.keyboard.type("i", { delay: 100 });
    await suggestion("api").waitFor({ timeout: 15_000 });
    await screenshot("completion-1-keys");
    await suggestion("api").click();
    // The item's command opens the value list inside the inserted quotes.
    await suggestion("openai-completions").waitFor({ timeout: 15_000 });
    await screenshot("completion-2-api-values");
    await page.keyboard.type("oll", { delay: 100 });
    await suggestion("ollama").waitFor({ timeout: 15_000 });
    await page.keyboard.press("Enter");
    await editorText("'ollama'").waitFor({ timeout: 15_000 });
  });

  it("formats the document (Format Document) and saves valid JSON5 in the file's style, comments kept", async () => {
    // The command palette rather than a shortcut: Format Document is Ctrl+Shift+I on Linux, Shift+Alt+F elsewhere.
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ timeout: 15_000 });
    await input.fill(">Format Document");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: /^Format Document/ }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press("Enter");
    await editorText("gateway").waitFor({ timeout: 15_000 });
    await page.keyboard.press("Control+S");
    const onDisk = await onDiskWhen((text) => text.includes("api: 'ollama',") && text.includes("\n  models: {\n    mode: 'merge',"), "the completed and formatted file");
    await screenshot("completion-3-formatted");
    const original = readFileSync(path.join(fixture, "openclaw.json"), "utf8");
    assert.equal(onDisk.replace(/\s+/g, ""), original.replace(/\s+/g, "").replace("baseUrl:'http://127.0.0.1:4000/v1',", "baseUrl:'http://127.0.0.1:4000/v1',api:'ollama',"));
    for (const comment of ["// A hand-edited config", "// local only", "/* a LiteLLM proxy on this machine */"]) assert.ok(onDisk.includes(comment), comment);
    assert.match(onDisk, /\n {6}myproxy: \{\n {8}baseUrl: 'http:\/\/127\.0\.0\.1:4000\/v1',\n {8}api: 'ollama',\n {8}models: \[/);
    assert.equal(JSON5.parse(onDisk).models.providers.myproxy.api, "ollama");
  });
});
