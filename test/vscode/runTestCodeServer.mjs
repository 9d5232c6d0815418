// Runs the VS Code mocha suite (out/test/vscode/suite) inside a real VS Code: code-server's Node extension
// host, driven by a headless chromium through the workbench's smoke-test driver. The same suite runs in
// desktop VS Code through runTestElectron.ts where VS Code can be downloaded.
//
// Usage: node test/vscode/runTestCodeServer.mjs [--dev] [--no-package]
//   default: `npm run package`, install the .vsix with --install-extension, and run the tests against that
//            installed copy (the workbench only runs extension tests with an extensionDevelopmentPath, so
//            it points at the installed folder: exactly the files a user gets, proving the package runs)
//   --dev:   load the extension from the repo as extensionDevelopmentPath instead
// Needs `npm run build` first (the suite runs from out/).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { format } from "node:util";
import { launchBrowser } from "../../scripts/lib/browser.mjs";
import { startCodeServer } from "../../scripts/lib/codeServer.mjs";
import { repoRoot } from "../../scripts/lib/toolchain.mjs";

const SUITE_TIMEOUT_MS = 180_000;
const dev = process.argv.includes("--dev");

const suiteIndex = path.join(repoRoot, "out", "test", "vscode", "suite", "index.js");
if (!existsSync(suiteIndex)) {
  console.error(`${suiteIndex} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

let vsix;
if (!dev) {
  const { packageExtension } = await import("../../scripts/package.mjs");
  ({ vsix } = packageExtension({ build: !process.argv.includes("--no-package"), quiet: true }));
}

// The suite edits and saves files: run it on a throwaway copy of the fixture workspace.
const workspace = mkdtempSync(path.join(os.tmpdir(), "openclaw-vscode-ws-"));
cpSync(path.join(repoRoot, "test", "fixtures", "workspace"), workspace, { recursive: true });

const started = Date.now();
const server = await startCodeServer({
  vsix,
  testDriver: true,
  settings: JSON.parse(readFileSync(path.join(repoRoot, "test", "vscode", "userSettings.json"), "utf8")),
});
let browser;
let exitCode = 1;
try {
  browser = await launchBrowser();
  const page = await browser.newPage();
  const finished = new Promise((resolve) => {
    void page.exposeFunction("codeAutomationExit", (code) => resolve(Number(code)));
  });
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const line = Array.isArray(args) ? format(...args) : String(args);
    (type === "error" ? process.stderr : process.stdout).write(`${line}\n`);
  });
  page.on("pageerror", (error) => process.stderr.write(`[page] ${error.message}\n`));

  const payload = [
    ["extensionTestsPath", server.remoteUri(suiteIndex.replace(/\.js$/, ""))],
    ["skipWelcome", "true"],
  ];
  const extensionPath = dev ? repoRoot : server.installedExtensionPath("openclaw-config.openclaw-config");
  payload.unshift(["extensionDevelopmentPath", server.remoteUri(extensionPath)]);
  await page.goto(server.url(workspace, payload));

  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write(`The suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.\n`);
      resolve(1);
    }, SUITE_TIMEOUT_MS);
  });
  exitCode = await Promise.race([finished, timeout]);
  clearTimeout(timer);
} finally {
  await browser?.close();
  await server.stop({ keep: exitCode !== 0 });
  if (exitCode !== 0) console.error(`code-server log kept: ${server.logFile}`);
  rmSync(workspace, { recursive: true, force: true });
}
console.log(`\nVS Code suite (code-server, ${dev ? "development path" : "installed .vsix"}): exit ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
