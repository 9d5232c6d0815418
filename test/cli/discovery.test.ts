import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { CLEAN_CONFIG, LEGACY_CONFIG, runCli, tempTree } from "./cliRunner";

/** The files a json run reports, relative to `dir`. */
function checkedFiles(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => path.relative(dir, path.resolve(dir, f.path)));
}

describe("openclaw-config check without a target finds the active config as OpenClaw does", () => {
  it("~/.openclaw/openclaw.json", (t) => {
    const tree = tempTree({ "home/.openclaw/openclaw.json": LEGACY_CONFIG, "work/x.txt": "" });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json"], { cwd: tree.file("work"), home: tree.file("home") });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [path.join("home", ".openclaw", "openclaw.json")]);
  });

  it("OPENCLAW_CONFIG_PATH first (with ~ expanded to the home)", (t) => {
    const tree = tempTree({ "home/.openclaw/openclaw.json": CLEAN_CONFIG, "home/custom/my.json5": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json"], { cwd: tree.dir, home: tree.file("home"), env: { OPENCLAW_CONFIG_PATH: "~/custom/my.json5" } });
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [path.join("home", "custom", "my.json5")]);
  });

  it("OPENCLAW_STATE_DIR before the home folders, and its legacy clawdbot.json", (t) => {
    const tree = tempTree({ "home/.openclaw/openclaw.json": CLEAN_CONFIG, "state/clawdbot.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json"], { cwd: tree.dir, home: tree.file("home"), env: { OPENCLAW_STATE_DIR: tree.file("state") } });
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [path.join("state", "clawdbot.json")]);
  });

  it("the legacy ~/.clawdbot folder when ~/.openclaw has no config", (t) => {
    const tree = tempTree({ "home/.clawdbot/clawdbot.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json"], { cwd: tree.dir, home: tree.file("home") });
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [path.join("home", ".clawdbot", "clawdbot.json")]);
  });

  it("OPENCLAW_HOME replaces the OS home", (t) => {
    const tree = tempTree({ "oc/.openclaw/openclaw.json": LEGACY_CONFIG, "home/.openclaw/openclaw.json": CLEAN_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json"], { cwd: tree.dir, home: tree.file("home"), env: { OPENCLAW_HOME: tree.file("oc") } });
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [path.join("oc", ".openclaw", "openclaw.json")]);
  });

  it("no config anywhere: exit 2 naming the places looked at", (t) => {
    const tree = tempTree({ "home/.keep": "" });
    t.after(tree.cleanup);
    const result = runCli(["check"], { cwd: tree.dir, home: tree.file("home") });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no OpenClaw config found; looked at:/);
    assert.ok(result.stderr.includes(path.join(tree.file("home"), ".openclaw", "openclaw.json")));
    assert.ok(result.stderr.includes(path.join(tree.file("home"), ".clawdbot", "clawdbot.json")));
    assert.match(result.stderr, /set OPENCLAW_CONFIG_PATH/);
  });

  it("a missing OPENCLAW_CONFIG_PATH file is reported, not replaced by another config", (t) => {
    const tree = tempTree({ "home/.openclaw/openclaw.json": CLEAN_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check"], { cwd: tree.dir, home: tree.file("home"), env: { OPENCLAW_CONFIG_PATH: tree.file("nope.json") } });
    assert.equal(result.status, 2);
    assert.ok(result.stderr.includes(tree.file("nope.json")));
  });
});

describe("openclaw-config check DIR", () => {
  it("checks the configs in the folder and below, skipping node_modules and hidden folders", (t) => {
    const tree = tempTree({
      "repo/openclaw.json": CLEAN_CONFIG,
      "repo/deploy/prod.openclaw.json": LEGACY_CONFIG,
      "repo/deploy/legacy/clawdbot.json": CLEAN_CONFIG,
      "repo/node_modules/pkg/openclaw.json": LEGACY_CONFIG,
      "repo/.git/openclaw.json": LEGACY_CONFIG,
      "repo/other.json": "{}",
    });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json", "repo", "repo/openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(checkedFiles(result.stdout, tree.dir), [
      path.join("repo", "deploy", "legacy", "clawdbot.json"),
      path.join("repo", "deploy", "prod.openclaw.json"),
      path.join("repo", "openclaw.json"),
    ]);
  });
});
