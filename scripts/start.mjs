// `npm start`: builds and packages the extension, starts a real VS Code (code-server) on 127.0.0.1 with the
// .vsix installed and a demo workspace whose openclaw.json holds the legacy Codex URL, and prints the URL.
// Ctrl+C stops code-server (its whole process group) and removes the temporary workspace.
//
// Usage: npm start [-- --port 8123] [-- --folder /path/to/dir]   (default: a free port, a copy of demo/)
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCodeServer } from "./lib/codeServer.mjs";
import { repoRoot } from "./lib/toolchain.mjs";
import { packageExtension } from "./package.mjs";

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const port = option("port") ? Number(option("port")) : undefined;
const { vsix } = packageExtension({ build: true, quiet: true });
console.log(`Packaged ${path.relative(repoRoot, vsix)}`);

let folder = option("folder") ? path.resolve(option("folder")) : undefined;
let scratch;
if (!folder) {
  // A copy, so fixing the demo does not change demo/ in the repository.
  scratch = mkdtempSync(path.join(os.tmpdir(), "openclaw-demo-"));
  cpSync(path.join(repoRoot, "demo"), scratch, { recursive: true });
  folder = scratch;
}

console.log("Starting VS Code (code-server) ...");
const server = await startCodeServer({ vsix, port });

let stopping = false;
async function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping code-server ...");
  await server.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.exit(exitCode);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
void server.exit.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`code-server exited unexpectedly (${code ?? signal}); log: ${server.logFile}`);
  process.exitCode = 1;
  void stop(1);
});

console.log(`
  OpenClaw Config is running in VS Code: open

    ${server.url(folder)}

  Workspace: ${folder}
  Open openclaw.json, hover baseUrl, put the cursor in the URL and press Ctrl+. to fix it.
  Press Ctrl+C to stop.
`);
