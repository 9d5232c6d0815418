// What a person does in VS Code, in a real workbench (code-server + headless chromium) with the packaged
// extension installed from its .vsix: open demo/openclaw.json from the explorer, see the squiggle, hover the
// key for docs, Ctrl+. for the /codex fix, apply, Ctrl+S, and find the fixed URL on disk. Screenshots go to
// test-results/workbench/ (the README's pictures come from there).
//
// Run: node --test test/workbench/   (after `npm run build`; packages the .vsix itself)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/toolchain.mjs";
import { openWorkbench } from "./session.mjs";

const LEGACY_URL = "https://chatgpt.com/backend-api";

let session;
let page;
let file;
const screenshot = (name) => session.screenshot(name);
const editorText = (text) => session.editorText(text);

describe("the workbench, as a person uses it", { timeout: 240_000 }, () => {
  before(async () => {
    session = await openWorkbench(path.join(repoRoot, "demo"), "workbench");
    ({ page, file } = session);
  });

  after(async () => {
    await session?.close();
  });

  it("opens openclaw.json from the explorer in the OpenClaw language", async () => {
    const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "openclaw.json" });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await editorText("backend-api").waitFor({ timeout: 30_000 });
    const mode = page.locator('[id="status.editor.mode"]');
    await assert.doesNotReject(mode.filter({ hasText: "OpenClaw Config" }).waitFor({ timeout: 30_000 }), "status bar shows the language");
  });

  it("highlights JSON5 with the theme: keys, strings, numbers and comments each coloured", async () => {
    // Monaco renders each token as a span whose class names its colour (mtk1 = plain text). Tokenizing
    // runs after the first render, so wait for the span to get its colour.
    const colourOf = async (text) => {
      const span = page.locator(".monaco-editor .view-lines .view-line span span:not(.mtk1)", { hasText: text }).first();
      await span.waitFor({ timeout: 15_000 });
      return (await span.getAttribute("class")).split(/\s+/).find((name) => /^mtk\d+$/.test(name));
    };
    const colours = {
      key: await colourOf("baseUrl"),
      string: await colourOf("chatgpt.com/backend-api"),
      number: await colourOf("400000"),
      comment: await colourOf("Codex through a ChatGPT"),
      constant: await colourOf("true"),
    };
    assert.equal(new Set(Object.values(colours)).size, 5, `five distinct colours: ${JSON.stringify(colours)}`);
  });

  it("underlines the legacy Codex URL", async () => {
    await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ timeout: 30_000 });
    await screenshot("1-squiggle");
  });

  it("shows the field's documentation when hovering baseUrl", async () => {
    const key = editorText("baseUrl");
    const box = await key.boundingBox();
    assert.ok(box, "baseUrl is rendered");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover:visible", { hasText: "baseUrl" }).first();
    await hover.waitFor({ timeout: 15_000 });
    const text = await hover.innerText();
    assert.match(text, /chatgpt|codex/i, `hover says what kind of endpoint this is:\n${text}`);
    await screenshot("2-hover");
    await page.mouse.move(5, 700);
    await page.keyboard.press("Escape");
  });

  it("offers the /codex fix on Ctrl+. and applies it", async () => {
    const url = editorText("backend-api");
    const box = await url.boundingBox();
    assert.ok(box);
    const fix = page.locator(".action-widget .monaco-list-row", { hasText: "/codex" }).first();
    // Put the cursor in the URL, then wait for the light bulb: VS Code shows it once the editor has focus
    // there and the code actions for that position have arrived. Ctrl+. before that could find none.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator(".monaco-editor .lightBulbWidget").first().waitFor({ state: "visible", timeout: 30_000 });
    await page.keyboard.press("Control+.");
    await fix.waitFor({ timeout: 15_000 });
    await screenshot("3-quick-fix");
    await fix.click();
    await editorText("backend-api/codex").waitFor({ timeout: 15_000 });
  });

  it("saves the fix to disk with Ctrl+S, comments intact", async () => {
    await page.keyboard.press("Control+S");
    const onDisk = await session.onDiskWhen((text) => text.includes(`${LEGACY_URL}/codex`), "the fix saved to disk");
    assert.ok(onDisk.includes(`baseUrl: '${LEGACY_URL}/codex', // <- hover me, then Ctrl+.`), onDisk);
    const original = readFileSync(path.join(repoRoot, "demo", "openclaw.json"), "utf8");
    assert.equal(onDisk, original.replace(`'${LEGACY_URL}'`, `'${LEGACY_URL}/codex'`), "only the URL changed");
    await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ state: "detached", timeout: 15_000 });
    await screenshot("4-fixed");
  });
});
