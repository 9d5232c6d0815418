import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../server/src/settings";

describe("server settings (openclaw.*)", () => {
  it("reads validate.enable and rules, nested or dotted", () => {
    assert.deepEqual(normalizeSettings({ validate: { enable: false }, rules: { "legacy-codex-base-url": "Error", x: "off" } }), {
      validate: { enable: false },
      rules: { "legacy-codex-base-url": "error", x: "off" },
    });
    assert.equal(normalizeSettings({ "validate.enable": false }).validate.enable, false);
  });

  it("accepts the usual abbreviations and ignores anything else", () => {
    assert.deepEqual(normalizeSettings({ rules: { a: "warn", b: "info", c: "loud", d: 3, e: null } }).rules, { a: "warning", b: "information" });
    assert.deepEqual(normalizeSettings({ validate: { enable: "no" }, rules: ["error"] }), { validate: { enable: true }, rules: {} });
    for (const raw of [null, undefined, 42, "x", []]) assert.deepEqual(normalizeSettings(raw), normalizeSettings({}));
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
  });
});
