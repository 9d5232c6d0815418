import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { schemaLabel, summarizeProblems } from "../../client/src/statusSummary";

describe("language status summary", () => {
  it("counts only OpenClaw's problems, by severity, and picks the status severity", () => {
    assert.deepEqual(summarizeProblems([]), { text: "$(check) No problems", detail: "OpenClaw config", severity: 0 });
    assert.deepEqual(summarizeProblems([{ severity: 0, source: "json" }, { severity: 3, source: "openclaw" }]).text, "$(check) No problems");
    const mixed = summarizeProblems([
      { severity: 0, source: "openclaw" },
      { severity: 1, source: "openclaw" },
      { severity: 1, source: "openclaw" },
      { severity: 2, source: "openclaw" },
    ]);
    assert.equal(mixed.text, "$(error) 1 error, 2 warnings, 1 info");
    assert.equal(mixed.severity, 2);
    assert.equal(summarizeProblems([{ severity: 1, source: "openclaw" }]).severity, 1);
    assert.equal(summarizeProblems([{ severity: 2, source: "openclaw" }]).text, "$(info) 1 info");
  });

  it("labels the bundled schema's OpenClaw version and survives a missing or odd meta file", () => {
    assert.equal(schemaLabel('{"openclawVersion":"2026.9.6"}'), "OpenClaw 2026.9.6");
    assert.equal(schemaLabel(undefined), undefined);
    assert.equal(schemaLabel("{"), undefined);
    assert.equal(schemaLabel('{"openclawVersion":"<script>"}'), undefined);
  });
});
