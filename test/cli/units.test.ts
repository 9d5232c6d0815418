import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseArgs, UsageError } from "../../server/src/cli/args";
import { unifiedDiff } from "../../server/src/cli/diff";

/** Applies a unified diff produced by unifiedDiff to `before` (enough of `patch` for the tests). */
function applyUnified(before: string, diff: string): string {
  if (diff === "") return before;
  const old = before.split(/(?<=\n)/).filter((l) => l !== "");
  const lines = diff.split("\n");
  const out: string[] = [];
  let at = 0; // index into old
  let i = 2;
  while (i < lines.length && lines[i] !== "") {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]!);
    assert.ok(header, `hunk header expected: ${lines[i]}`);
    const oldStart = Number(header[1]);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const startIndex = oldCount === 0 ? oldStart : oldStart - 1;
    while (at < startIndex) out.push(old[at++]!);
    i++;
    while (i < lines.length && /^[ +-]/.test(lines[i]!)) {
      const noNewline = lines[i + 1] === "\\ No newline at end of file";
      const body = lines[i]!.slice(1) + (noNewline ? "" : "\n");
      if (lines[i]![0] === " ") {
        assert.equal(old[at], body);
        out.push(old[at++]!);
      } else if (lines[i]![0] === "-") {
        assert.equal(old[at], body, "a deleted line matches the original");
        at++;
      } else out.push(body);
      i += noNewline ? 2 : 1;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join("");
}

describe("unifiedDiff", () => {
  it("prints diff -u hunks with three lines of context", () => {
    const before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    const after = "a\nb\nc\nd\nE\nf\ng\nh\n";
    assert.equal(unifiedDiff("x.json", before, after), "--- a/x.json\n+++ b/x.json\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    assert.equal(unifiedDiff("x.json", before, before), "");
  });

  it("marks a missing final newline", () => {
    assert.equal(unifiedDiff("x", "a", "b"), "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
  });

  it("always describes exactly the change (property)", () => {
    const text = fc.array(fc.constantFrom("a\n", "b\n", "c\n", "{\n", "}\n", "x"), { maxLength: 30 }).map((l) => l.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        assert.equal(applyUnified(before, unifiedDiff("f", before, after)), after);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseArgs", () => {
  it("parses check with targets and options in any order", () => {
    assert.deepEqual(parseArgs(["check", "a.json", "--format=json", "dir", "--fix", "--max-warnings", "3"]), {
      command: "check",
      targets: ["a.json", "dir"],
      format: "json",
      fix: true,
      dryRun: false,
      maxWarnings: 3,
      color: undefined,
    });
  });

  it("takes everything after -- as a target", () => {
    const parsed = parseArgs(["check", "--", "--weird-name.json"]);
    assert.equal(parsed.command, "check");
    assert.deepEqual(parsed.command === "check" && parsed.targets, ["--weird-name.json"]);
  });

  it("refuses a value on a flag", () => {
    assert.throws(() => parseArgs(["check", "--fix=yes"]), UsageError);
  });
});
