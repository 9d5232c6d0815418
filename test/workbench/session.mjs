// One workbench session for the browser-driven checks: the packaged .vsix installed into code-server on
// 127.0.0.1, a copy of a workspace folder, headless chromium on it, and the helpers both check files use.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchBrowser } from "../../scripts/lib/browser.mjs";
import { startCodeServer } from "../../scripts/lib/codeServer.mjs";
import { repoRoot } from "../../scripts/lib/toolchain.mjs";
import { packageExtension } from "../../scripts/package.mjs";

const shots = path.join(repoRoot, "test-results", "workbench");

/** Packages and installs the extension, copies `sourceDir` to a temp workspace and opens it in the browser. */
export async function openWorkbench(sourceDir, prefix) {
  const { vsix } = packageExtension({ build: true, quiet: true });
  const workspace = mkdtempSync(path.join(os.tmpdir(), `openclaw-${prefix}-ws-`));
  cpSync(sourceDir, workspace, { recursive: true });
  const file = path.join(workspace, "openclaw.json");
  let server;
  let browser;
  try {
    server = await startCodeServer({ vsix });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(server.url(workspace));
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    return {
      page,
      file,
      workspace,
      async screenshot(name) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, `${name}.png`) });
      },
      /** The editor's text spans containing `text`, as rendered (`.view-line` order is not line order). */
      editorText(text) {
        return page.locator(".monaco-editor .view-lines .view-line span span", { hasText: text }).first();
      },
      /** Waits until the file on disk satisfies `predicate` (a save lands through code-server; nothing in the page signals it). */
      async onDiskWhen(predicate, what) {
        const deadline = Date.now() + 15_000;
        let text = readFileSync(file, "utf8");
        while (!predicate(text) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          text = readFileSync(file, "utf8");
        }
        assert.ok(predicate(text), `${what}:\n${text}`);
        return text;
      },
      async close() {
        await browser?.close();
        await server?.stop();
        rmSync(workspace, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
    throw error;
  }
}
