// `npm test`: builds, then runs every test tier in order. A tier that fails stops the run.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const node = process.execPath;

const tiers = [
  ["build", [node, "scripts/build.mjs"]],
  ["unit + LSP protocol", [node, "--test", "--test-reporter=spec", "out/test/unit/", "out/test/lsp/"]],
  ["CLI (openclaw-config check, other editors, npm package)", [node, "--test", "--test-reporter=spec", "out/test/cli/"]],
  // The mocha suite inside a real VS Code (code-server + headless chromium), against the packaged .vsix
  // as installed by --install-extension. Installs Node 24, code-server and chromium into the cache once.
  ["VS Code suite (code-server, .vsix)", [node, "test/vscode/runTestCodeServer.mjs"]],
  // What a person does in the workbench (explorer, squiggle, hover, Ctrl+., Ctrl+S); screenshots in test-results/.
  ["workbench (headless chromium)", [node, "--test", "--test-reporter=spec", "test/workbench/"]],
  // Hostile input, no network, no secrets: the server and CLI as built.
  ["robustness", [node, "--test", "--test-reporter=spec", "out/test/robustness/"]],
  // Agreement with the pinned OpenClaw's own validator (installs OpenClaw + Node 24 into the cache once).
  // The thresholds enforce (agreement, false alarms on official examples, same-path): see test/conformance/README.md.
  ["conformance (vs OpenClaw)", [node, "out/test/conformance/run.js"]],
  // Our $include resolver vs OpenClaw's own resolveConfigIncludes on the same files (hand-written and random graphs).
  ["$include (vs OpenClaw)", [node, "out/test/includes-openclaw/run.js"]],
  // Legacy-key fixtures after fix-all vs OpenClaw's own doctor migration and validator (Node 24, in process).
  ["migrations (vs OpenClaw doctor)", [node, "test/migrations/run.mjs"]],
  // The committed schemas/ equal a fresh `npm run schema:update` from the pinned OpenClaw (same install).
  ["bundled schema up to date", [node, "scripts/schema/update.mjs", "--check"]],
  // openclawData.json (provider, channel, web search ids the extra rules use) equals a fresh generation.
  ["OpenClaw data up to date", [node, "scripts/openclaw-data/update.mjs", "--check"]],
];

for (const [name, [cmd, ...args], env = {}] of tiers) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${name}: failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
