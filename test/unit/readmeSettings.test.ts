import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const ROOT = path.resolve(__dirname, "../../..");

describe("README documents every setting and command (issue 4: all settings documented)", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, unknown> }; commands: { command: string }[] };
  };
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("has a row in the Settings table for each contributed setting", () => {
    const settings = readme.slice(readme.indexOf("## Settings"));
    const missing = Object.keys(pkg.contributes.configuration.properties).filter((key) => !settings.includes(`| \`${key}\``));
    assert.deepEqual(missing, [], "add these to README.md's Settings table");
  });

  it("names each contributed command", () => {
    const missing = pkg.contributes.commands.map((c) => c.command).filter((command) => !readme.includes(`\`${command}\``));
    assert.deepEqual(missing, [], "add these to README.md's Commands table");
  });
});
