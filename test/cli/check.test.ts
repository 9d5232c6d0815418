import assert from "node:assert/strict";
import { chmodSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { CLEAN_CONFIG, LEGACY_CONFIG, REPO_ROOT, SYNTAX_ERROR_CONFIG, runCli, tempTree } from "./cliRunner";

const ANSI = /\u001b\[/;

function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

describe("openclaw-config check: text format", () => {
  it("reports file:line:col severity message [code] with a code frame and a summary, no colour when piped", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0, "warnings only: exit 0");
    const line = lineOf(LEGACY_CONFIG, "backend-api'");
    const column = LEGACY_CONFIG.split("\n")[line - 1]!.indexOf("'https") + 1;
    assert.match(result.stdout, new RegExp(`^openclaw\\.json:${line}:${column} warning Legacy Codex base URL .*\\[legacy-codex-base-url\\]$`, "m"));
    // The frame shows the line with the range underlined.
    assert.match(result.stdout, new RegExp(`^> ${line} \\|\\s+baseUrl: 'https://chatgpt\\.com/backend-api', // legacy`, "m"));
    assert.match(result.stdout, /^\s+\|\s+\^{33}$/m, "33 carets under the 33-character literal");
    assert.match(result.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 1 file checked\./);
    assert.match(result.stdout, /1 problem fixable with --fix/);
    assert.doesNotMatch(result.stdout, ANSI);
    assert.equal(result.stderr, "");
  });

  it("colours on request, and NO_COLOR wins over FORCE_COLOR", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    assert.match(runCli(["check", "openclaw.json"], { cwd: tree.dir, env: { FORCE_COLOR: "1" } }).stdout, ANSI);
    assert.match(runCli(["check", "--color", "openclaw.json"], { cwd: tree.dir }).stdout, ANSI);
    assert.doesNotMatch(runCli(["check", "openclaw.json"], { cwd: tree.dir, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout, ANSI);
  });

  it("prints a clean result and exits 0 for a clean config", (t) => {
    const tree = tempTree({ "openclaw.json": CLEAN_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0, result.stdout);
    assert.equal(result.stdout, "✔ 1 file checked, no problems.\n");
  });

  it("exits 1 on errors (a syntax error) and shows where", (t) => {
    const tree = tempTree({ "openclaw.json": SYNTAX_ERROR_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^openclaw\.json:4:\d+ error .*\[json5-[a-z-]+\]$/m);
    assert.match(result.stdout, /✖ \d+ problems? \([1-9]\d* errors?, /);
  });

  it("--max-warnings N fails the run when warnings exceed N", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const over = runCli(["check", "--max-warnings", "0", "openclaw.json"], { cwd: tree.dir });
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings: 1, at most 0 allowed by --max-warnings/);
    assert.equal(runCli(["check", "--max-warnings=1", "openclaw.json"], { cwd: tree.dir }).status, 0);
  });

  it("checks the docs' full-reference example without errors", () => {
    // Warnings (legacy forms the docs still use) are the migration rules' call; errors would be false alarms.
    const result = runCli(["check", "--format", "json", "test/fixtures/official/full-reference.json5"], { cwd: REPO_ROOT });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(JSON.parse(result.stdout).summary.errors, 0);
  });
});

describe("openclaw-config check: json format", () => {
  it("lists files, diagnostics with 1-based positions and LSP ranges, and a summary", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG, "broken/openclaw.json": SYNTAX_ERROR_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json", "openclaw.json", "broken"], { cwd: tree.dir });
    assert.equal(result.status, 1);
    const output = JSON.parse(result.stdout) as {
      files: { path: string; errorCount: number; warningCount: number; diagnostics: Record<string, unknown>[] }[];
      summary: Record<string, number>;
    };
    assert.deepEqual(output.files.map((f) => f.path), ["openclaw.json", path.join("broken", "openclaw.json")]);
    const legacy = output.files[0]!.diagnostics.find((d) => d.code === "legacy-codex-base-url")!;
    const line = lineOf(LEGACY_CONFIG, "backend-api'");
    assert.equal(legacy.severity, "warning");
    assert.equal(legacy.path, "models.providers.my-codex.baseUrl");
    assert.equal(legacy.line, line);
    assert.equal(legacy.column, LEGACY_CONFIG.split("\n")[line - 1]!.indexOf("'https") + 1);
    assert.deepEqual((legacy.range as { start: { line: number } }).start.line, line - 1);
    assert.equal(legacy.fixable, true);
    assert.match(legacy.docs as string, /legacy-codex-base-url\.md$/);
    assert.ok(output.files[1]!.errorCount > 0);
    assert.equal(output.summary.files, 2);
    assert.equal(output.summary.warnings, output.files[0]!.warningCount + output.files[1]!.warningCount);
    assert.equal(output.summary.errors, output.files[1]!.errorCount);
  });
});

describe("openclaw-config check: sarif format", () => {
  it("writes SARIF 2.1.0 with described rules, 1-based regions and relative artifact URIs", (t) => {
    const tree = tempTree({ "conf/openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "sarif", "conf"], { cwd: tree.dir });
    assert.equal(result.status, 0);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, "2.1.0");
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, "openclaw-config");
    assert.equal(run.tool.driver.version, JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === "legacy-codex-base-url");
    assert.ok(rule, "the rule that fired is described");
    assert.match(rule.helpUri, /^https:\/\/.*legacy-codex-base-url\.md$/);
    assert.ok(rule.shortDescription.text.length > 10);
    assert.ok(rule.help.text.includes(rule.helpUri));
    assert.match(rule.help.markdown, /^# legacy-codex-base-url\n/, "the rule's documentation page is the help");
    const described = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(described.includes("unknown-key") && described.includes("legacy-key"), "every registered code is described, fired or not");
    assert.equal(new Set(described).size, described.length);
    assert.equal(rule.defaultConfiguration.level, "warning");
    assert.equal(run.results.length, 1);
    const [sarifResult] = run.results;
    assert.equal(sarifResult.ruleId, "legacy-codex-base-url");
    assert.equal(run.tool.driver.rules[sarifResult.ruleIndex].id, "legacy-codex-base-url");
    assert.equal(sarifResult.level, "warning");
    const location = sarifResult.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, "conf/openclaw.json");
    assert.equal(location.artifactLocation.uriBaseId, "%SRCROOT%");
    const line = lineOf(LEGACY_CONFIG, "backend-api'");
    const column = LEGACY_CONFIG.split("\n")[line - 1]!.indexOf("'https") + 1;
    assert.deepEqual(location.region, { startLine: line, startColumn: column, endLine: line, endColumn: column + 33 });
    assert.equal(run.invocations[0].executionSuccessful, true);
    assert.ok(run.originalUriBaseIds["%SRCROOT%"].uri.startsWith("file:///"));
  });

  it("records an unreadable target as a tool notification and exits 2", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "sarif", "openclaw.json", "missing.json"], { cwd: tree.dir });
    assert.equal(result.status, 2);
    const run = JSON.parse(result.stdout).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /missing\.json: no such file/);
    assert.equal(run.results.length, 1, "the readable file is still reported");
  });
});

describe("openclaw-config check --fix", () => {
  it("applies the safe fix in place, keeping comments, quotes, bare keys and the file mode", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    chmodSync(tree.file("openclaw.json"), 0o600);
    const result = runCli(["check", "--fix", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /Fixed 1 problem in 1 file\./);
    assert.match(result.stdout, /✔ 1 file checked, no problems\./);
    const after = readFileSync(tree.file("openclaw.json"), "utf8");
    assert.equal(after, LEGACY_CONFIG.replace("'https://chatgpt.com/backend-api'", "'https://chatgpt.com/backend-api/codex'"));
    assert.equal(statSync(tree.file("openclaw.json")).mode & 0o777, 0o600);
    // A second run has nothing left to do.
    const again = runCli(["check", "--fix", "openclaw.json"], { cwd: tree.dir });
    assert.equal(again.status, 0);
    assert.doesNotMatch(again.stdout, /Fixed/);
  });

  it("runs the core's fix-all to a fixpoint: the Codex URL and legacy-key migrations together, comments kept", (t) => {
    const original = readFileSync(path.join(REPO_ROOT, "test/fixtures/cli/legacy-migrations.openclaw.json"), "utf8");
    const tree = tempTree({ "openclaw.json": original });
    t.after(tree.cleanup);
    const before = JSON.parse(runCli(["check", "--format", "json", "openclaw.json"], { cwd: tree.dir }).stdout);
    assert.ok(before.summary.fixable >= 3, "the URL, the removed api id and the legacy keys are fixable");
    const result = runCli(["check", "--fix", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /✔ 1 file checked, no problems\./);
    const after = readFileSync(tree.file("openclaw.json"), "utf8");
    assert.ok(after.startsWith("// legacy config\n{\n"), after);
    assert.ok(after.includes("baseUrl: 'https://chatgpt.com/backend-api/codex', // legacy\n"), after);
    assert.ok(after.includes("pdfMaxMb: 10"), after);
    assert.match(after, /image: 'my-codex\/gpt-image-2', \/\/ images/);
    assert.ok(!after.includes("imageGenerationModel") && !after.includes("pdfMaxBytesMb"), after);
  });

  it("--dry-run prints a unified diff and leaves the file alone", (t) => {
    const tree = tempTree({ "openclaw.json": LEGACY_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--fix", "--dry-run", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 0);
    assert.equal(readFileSync(tree.file("openclaw.json"), "utf8"), LEGACY_CONFIG);
    const line = lineOf(LEGACY_CONFIG, "backend-api'");
    assert.ok(result.stdout.startsWith("--- a/openclaw.json\n+++ b/openclaw.json\n"), result.stdout);
    assert.match(result.stdout, new RegExp(`^@@ -${line - 3},7 \\+${line - 3},7 @@$`, "m"));
    assert.match(result.stdout, /^-        baseUrl: 'https:\/\/chatgpt\.com\/backend-api', \/\/ legacy form, no \/codex$/m);
    assert.match(result.stdout, /^\+        baseUrl: 'https:\/\/chatgpt\.com\/backend-api\/codex', \/\/ legacy form, no \/codex$/m);
    assert.match(result.stdout, /Would fix 1 problem in 1 file \(dry run: nothing written\)\./);

    const json = runCli(["check", "--fix", "--dry-run", "--format", "json", "openclaw.json"], { cwd: tree.dir });
    const file = JSON.parse(json.stdout).files[0];
    assert.equal(file.fixesApplied, 1);
    assert.match(file.diff, /^\+.*backend-api\/codex'/m);
    assert.equal(readFileSync(tree.file("openclaw.json"), "utf8"), LEGACY_CONFIG);
  });

  it("never touches a file with syntax errors", (t) => {
    const tree = tempTree({ "openclaw.json": SYNTAX_ERROR_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "--fix", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 1);
    assert.equal(readFileSync(tree.file("openclaw.json"), "utf8"), SYNTAX_ERROR_CONFIG);
    assert.match(result.stdout, /openclaw\.json: not fixed: the file has syntax errors/);
  });
});

describe("openclaw-config: usage and I/O failures exit 2 with a message", () => {
  const cases: [string, string[], RegExp][] = [
    ["unknown option", ["check", "--frobnicate"], /Unknown option --frobnicate/],
    ["unknown format", ["check", "--format", "xml"], /Unknown format "xml": use one of text, json, sarif/],
    ["missing format value", ["check", "--format"], /--format needs a value/],
    ["bad --max-warnings", ["check", "--max-warnings", "many"], /--max-warnings needs a whole number/],
    ["--dry-run without --fix", ["check", "--dry-run"], /--dry-run goes with --fix/],
    ["--dry-run with sarif", ["check", "--fix", "--dry-run", "--format", "sarif"], /SARIF cannot carry/],
    ["unknown command", ["lint"], /Unknown command "lint"/],
    ["no command", [], /Missing command/],
  ];
  for (const [name, args, message] of cases) {
    it(name, (t) => {
      const tree = tempTree({});
      t.after(tree.cleanup);
      const result = runCli(args, { cwd: tree.dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /openclaw-config --help/);
      assert.equal(result.stdout, "");
    });
  }

  it("a missing file", (t) => {
    const tree = tempTree({});
    t.after(tree.cleanup);
    const result = runCli(["check", "nope/openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /openclaw-config: nope\/openclaw\.json: no such file/);
  });

  it("a directory without configs", (t) => {
    const tree = tempTree({ "empty/readme.txt": "x", "empty/node_modules/pkg/openclaw.json": "{}" });
    t.after(tree.cleanup);
    const result = runCli(["check", "empty"], { cwd: tree.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /empty: no OpenClaw config \(a file named openclaw\.json or clawdbot\.json\) in this directory/);
  });

  it("an unreadable file", { skip: process.getuid?.() === 0 ? "root reads any file" : false }, (t) => {
    const tree = tempTree({ "openclaw.json": CLEAN_CONFIG });
    t.after(tree.cleanup);
    chmodSync(tree.file("openclaw.json"), 0o000);
    const result = runCli(["check", "openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /openclaw\.json: cannot read the file \(permission denied\)/);
  });

  it("a path that cannot be read (a file used as a folder)", (t) => {
    const tree = tempTree({ "openclaw.json": CLEAN_CONFIG });
    t.after(tree.cleanup);
    const result = runCli(["check", "openclaw.json/openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read the file \(ENOTDIR\)/);
  });

  it("an I/O failure wins over problems found in other files", (t) => {
    const tree = tempTree({ "openclaw.json": SYNTAX_ERROR_CONFIG });
    t.after(tree.cleanup);
    assert.equal(runCli(["check", "openclaw.json", "gone.json"], { cwd: tree.dir }).status, 2);
  });
});

describe("openclaw-config: help and version", () => {
  it("--help prints usage and exits 0", (t) => {
    const tree = tempTree({});
    t.after(tree.cleanup);
    const result = runCli(["--help"], { cwd: tree.dir });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: openclaw-config check \[FILE\|DIR \.\.\.\]/);
    assert.match(result.stdout, /--format text\|json\|sarif/);
    assert.equal(runCli(["check", "-h"], { cwd: tree.dir }).status, 0);
  });

  it("--version prints the package version and the bundled schema's OpenClaw version", (t) => {
    const tree = tempTree({});
    t.after(tree.cleanup);
    const result = runCli(["--version"], { cwd: tree.dir });
    assert.equal(result.status, 0);
    const version = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version;
    assert.match(result.stdout, new RegExp(`^openclaw-config ${version.replace(/\./g, "\\.")}\n`));
    const meta = JSON.parse(readFileSync(path.join(REPO_ROOT, "schemas", "openclaw-schema.meta.json"), "utf8"));
    assert.match(result.stdout, new RegExp(`OpenClaw schema: ${meta.openclawVersion.replace(/\./g, "\\.")}`));
  });
});

describe("openclaw-config check follows $include", () => {
  it("reports a problem written in an included file, and a missing include as an error", (t) => {
    const tree = tempTree({
      "openclaw.json": `{\n  // providers live in their own file\n  models: { $include: "./providers.json5" },\n}\n`,
      "providers.json5": `{\n  providers: {\n    'my-codex': { baseUrl: 'https://chatgpt.com/backend-api', models: [{ id: 'a', name: 'A' }] },\n  },\n}\n`,
      "broken.openclaw.json": `{\n  agents: { $include: "./missing.json5" },\n}\n`,
    });
    t.after(tree.cleanup);
    const included = runCli(["check", "openclaw.json"], { cwd: tree.dir });
    assert.equal(included.status, 0);
    assert.match(included.stdout, /^openclaw\.json:3:\d+ warning .*Legacy Codex base URL .*\[legacy-codex-base-url\]$/m);
    assert.match(included.stdout, /related providers\.json5:3:\d+ /);
    const sarif = JSON.parse(runCli(["check", "--format", "sarif", "openclaw.json"], { cwd: tree.dir }).stdout);
    assert.equal(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.artifactLocation.uri, "providers.json5");

    const missing = runCli(["check", "broken.openclaw.json"], { cwd: tree.dir });
    assert.equal(missing.status, 1);
    assert.match(missing.stdout, /^broken\.openclaw\.json:2:\d+ error .*missing\.json5.*\[include-not-found\]$/m);
  });
});
