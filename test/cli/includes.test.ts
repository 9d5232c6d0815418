import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli, tempTree } from "./cliRunner";

describe("openclaw-config check follows $include", () => {
  const config = `{\n  agents: { $include: "./agents.json5" },\n  gateway: { $include: "../shared/gateway.json5" },\n}\n`;
  const agents = `{\n  entries: { main: {} },\n  defaults: { timeoutSecond: 5 },\n}\n`;

  it("reports a problem inside an included file on the $include line, with the exact place in the included file", (t) => {
    const tree = tempTree({ "cfg/openclaw.json": config, "cfg/agents.json5": agents, "shared/gateway.json5": `{ port: 18789 }` });
    t.after(tree.cleanup);
    const result = runCli(["check", "cfg/openclaw.json"], { cwd: tree.dir });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^cfg\/openclaw\.json:2:23 error In \.\/agents\.json5 \(line 3, at `agents\.defaults\.timeoutSecond`\): Unknown key `timeoutSecond`.*\[unknown-key\]$/m);
    assert.match(result.stdout, /^ {2}related cfg\/agents\.json5:3:15 Unknown key `timeoutSecond`/m);
    assert.match(result.stdout, /^cfg\/openclaw\.json:3:24 error `\.\.\/shared\/gateway\.json5` resolves to .*, outside the config folder .*\[include-outside-root\]$/m);
  });

  it("OPENCLAW_INCLUDE_ROOTS from the environment allows a folder outside the config's", (t) => {
    const tree = tempTree({ "cfg/openclaw.json": config, "cfg/agents.json5": agents.replace("timeoutSecond", "timeoutSeconds"), "shared/gateway.json5": `{ port: 18789 }` });
    t.after(tree.cleanup);
    const result = runCli(["check", "--format", "json", "cfg/openclaw.json"], { cwd: tree.dir, env: { OPENCLAW_INCLUDE_ROOTS: tree.file("shared") } });
    assert.equal(result.status, 0, result.stdout);
    assert.equal(JSON.parse(result.stdout).files[0].errorCount, 0);
  });
});
