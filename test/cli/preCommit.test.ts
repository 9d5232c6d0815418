/**
 * The pre-commit hooks (.pre-commit-hooks.yaml) as a user's repository runs them, with Debian's pre-commit:
 * it clones this repository at HEAD, installs it the way pre-commit installs a Node hook (npm install, then
 * `npm pack`, whose prepack builds the bundles in the fresh clone, then a global install of the tarball),
 * and runs the hooks on the staged configs. Slow (a cold npm install of the dev dependencies), so it runs
 * once per tier.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { REPO_ROOT, cleanEnv, tempTree } from "./cliRunner";

function headCommit(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

describe("pre-commit hooks from .pre-commit-hooks.yaml", () => {
  const rev = headCommit();
  it("check fails on a legacy config, fix rewrites it, and both pass afterwards", { skip: rev ? false : "not a git checkout", timeout: 600_000 }, async (t) => {
    const toolchain = (await import(pathToFileURL(path.join(REPO_ROOT, "scripts", "lib", "toolchain.mjs")).href)) as {
      ensureAptPackages(packages: string[]): void;
    };
    toolchain.ensureAptPackages(["git", "pre-commit"]);
    const original = readFileSync(path.join(REPO_ROOT, "test/fixtures/cli/legacy-migrations.openclaw.json"), "utf8");
    const tree = tempTree({
      "repo/openclaw.json": original,
      // Not an OpenClaw config: the hooks' `files` pattern leaves it alone (it would be a syntax error).
      "repo/notes.json": "{ not a config, and not checked }",
      "repo/.pre-commit-config.yaml": `repos:\n  - repo: ${REPO_ROOT}\n    rev: ${rev}\n    hooks:\n      - id: openclaw-config-check\n      - id: openclaw-config-fix\n`,
    });
    t.after(tree.cleanup);
    const repo = tree.file("repo");
    mkdirSync(tree.file("home"), { recursive: true });
    // npm keeps using the machine's cache (HOME is private to the test, the download cache need not be).
    const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
    const env = cleanEnv(tree.file("home"), { PRE_COMMIT_HOME: tree.file("pre-commit-home"), npm_config_cache: npmCache, GIT_CONFIG_NOSYSTEM: "1" });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env, stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    const run = () => spawnSync("pre-commit", ["run", "--all-files", "--color", "never"], { cwd: repo, env, encoding: "utf8", timeout: 540_000 });

    const first = run();
    const output = `${first.stdout}\n${first.stderr}`;
    assert.equal(first.status, 1, output);
    assert.match(first.stdout, /openclaw-config check\.+Failed/);
    assert.match(first.stdout, /openclaw\.json:\d+:\d+ error .*\[legacy-key\]/);
    assert.match(first.stdout, /openclaw-config check --fix\.+Failed\n- hook id: openclaw-config-fix\n- files were modified by this hook/);
    const fixed = readFileSync(path.join(repo, "openclaw.json"), "utf8");
    assert.ok(fixed.includes("'https://chatgpt.com/backend-api/codex', // legacy"), fixed);
    assert.ok(fixed.startsWith("// legacy config\n"), fixed);

    git("add", "-A");
    const second = run();
    assert.equal(second.status, 0, `${second.stdout}\n${second.stderr}`);
    assert.match(second.stdout, /openclaw-config check\.+Passed/);
  });
});
