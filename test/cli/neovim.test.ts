/**
 * Neovim (Debian's 0.7.2, headless) as an independent LSP client: attaches the language server bin
 * to a legacy-URL openclaw.json, gets the diagnostic, applies the preferred code action, writes, and
 * the fixed URL is on disk. The Lua side is test/cli/neovim/attach-fix.lua.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { before, describe, it } from "node:test";
import { LEGACY_CONFIG, REPO_ROOT, cleanEnv, tempTree } from "./cliRunner";

const SERVER_BIN = path.join(REPO_ROOT, "bin", "openclaw-config-language-server.js");
const SCRIPT = path.join(REPO_ROOT, "test", "cli", "neovim", "attach-fix.lua");

describe("Neovim's built-in LSP client with openclaw-config-language-server --stdio", () => {
  before(async () => {
    const toolchain = (await import(pathToFileURL(path.join(REPO_ROOT, "scripts", "lib", "toolchain.mjs")).href)) as {
      ensureAptPackages(packages: string[]): void;
    };
    toolchain.ensureAptPackages(["neovim"]);
  });

  it("diagnoses the legacy URL, applies the preferred fix, writes the fixed URL to disk", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    // Neovim writes state (shada, logs) under XDG folders: keep them in the temp tree.
    const xdg = Object.fromEntries(["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"].map((name) => [name, tree.file(name.toLowerCase())]));
    for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
    const result = spawnSync("nvim", ["--headless", "--clean", "-n", "-c", `luafile ${SCRIPT}`, "openclaw.json"], {
      cwd: tree.dir,
      env: cleanEnv(tree.dir, { ...xdg, OPENCLAW_NODE: process.execPath, OPENCLAW_LS: SERVER_BIN }),
      encoding: "utf8",
      timeout: 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 0, output);
    const line = LEGACY_CONFIG.split("\n").findIndex((l) => l.includes("backend-api'")) + 1;
    assert.match(result.stdout, new RegExp(`^diagnostic legacy-codex-base-url ${line}:\\d+ severity 2$`, "m"));
    assert.match(result.stdout, /^vim\.diagnostic [1-9]\d*$/m);
    assert.match(result.stdout, /^action .*\/codex/m);
    assert.match(result.stdout, /^written\ncleared$/m);
    assert.equal(
      readFileSync(tree.file("openclaw.json"), "utf8"),
      LEGACY_CONFIG.replace("'https://chatgpt.com/backend-api'", "'https://chatgpt.com/backend-api/codex'"),
    );
  });
});
