/**
 * Runs the VS Code mocha suite in desktop VS Code downloaded by @vscode/test-electron, for machines that
 * can reach update.code.visualstudio.com (CI elsewhere, developers' laptops). Here, where VS Code cannot
 * be downloaded, the very same suite runs through code-server: test/vscode/runTestCodeServer.mjs.
 *
 * Usage: npm run build && node out/test/vscode/runTestElectron.js
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, "..", "..", "..");
  const workspace = mkdtempSync(path.join(os.tmpdir(), "openclaw-vscode-ws-"));
  cpSync(path.join(repoRoot, "test", "fixtures", "workspace"), workspace, { recursive: true });
  // The same user settings as the code-server launcher (test/vscode/userSettings.json), in a fresh profile.
  const userData = mkdtempSync(path.join(os.tmpdir(), "openclaw-vscode-user-"));
  mkdirSync(path.join(userData, "User"));
  writeFileSync(path.join(userData, "User", "settings.json"), readFileSync(path.join(repoRoot, "test", "vscode", "userSettings.json")));
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, "suite", "index"),
      launchArgs: [workspace, `--user-data-dir=${userData}`, "--disable-workspace-trust", "--skip-welcome"],
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
