import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigDocument } from "../../server/src/core/document";
import { maskSecrets, secretSpans } from "../../server/src/core/secrets";
import { runCli, tempTree } from "./cliRunner";

const SECRETS = ["sk-live-0123456789abcdef", "tok-9f8e7d6c5b4a", "Bearer hdr-5ecr3t-value", "or-key-777-abcdef", "pw-correct-horse"];

/** Secrets on the lines next to (and on the same line as) a diagnostic, so code frames and diffs include them. */
const CONFIG = `{
  env: { vars: { OPENROUTER_API_KEY: "${SECRETS[3]}" } },
  gateway: { auth: { token: "${SECRETS[1]}", password: '${SECRETS[4]}' } },
  models: {
    providers: {
      "my-codex": {
        apiKey: "${SECRETS[0]}",
        baseUrl: "https://chatgpt.com/backend-api", headers: { Authorization: "${SECRETS[2]}" },
        models: [{ id: "gpt-5.4", name: "GPT-5.4" }],
      },
    },
  },
}
`;

function assertNoSecret(output: string, what: string): void {
  for (const secret of SECRETS) assert.ok(!output.includes(secret), `${what} leaks ${secret.slice(0, 6)}...:\n${output}`);
}

describe("secret values never appear in CLI output", () => {
  for (const args of [
    ["check", "openclaw.json"],
    ["check", "--color", "openclaw.json"],
    ["check", "--format", "json", "openclaw.json"],
    ["check", "--format", "sarif", "openclaw.json"],
    ["check", "--fix", "--dry-run", "openclaw.json"],
    ["check", "--fix", "--dry-run", "--format", "json", "openclaw.json"],
  ]) {
    it(args.slice(1).join(" "), (t) => {
      const tree = tempTree({ "openclaw.json": CONFIG });
      t.after(tree.cleanup);
      const result = runCli(args, { cwd: tree.dir });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /legacy-codex-base-url|backend-api\/codex/, "the run did report on the file");
      assertNoSecret(result.stdout + result.stderr, args.join(" "));
    });
  }

  it("the code frame masks secrets with as many characters, so the carets still line up", (t) => {
    const tree = tempTree({ "openclaw.json": CONFIG });
    t.after(tree.cleanup);
    const out = runCli(["check", "openclaw.json"], { cwd: tree.dir }).stdout;
    const frameLine = out.split("\n").find((line) => line.startsWith("> ") && line.includes("baseUrl"))!;
    assert.ok(frameLine.includes(`Authorization: "${"*".repeat(SECRETS[2]!.length)}"`), frameLine);
    const caretLine = out.split("\n")[out.split("\n").indexOf(frameLine) + 1]!;
    assert.equal(caretLine.indexOf("^"), frameLine.indexOf('"https'));
  });

  it("finds secrets by key, inside headers and env vars, but leaves keys and ordinary values", () => {
    const doc = ConfigDocument.create("file:///x/openclaw.json", CONFIG);
    const masked = maskSecrets(doc.text, secretSpans(doc));
    assertNoSecret(masked, "maskSecrets");
    assert.ok(masked.includes("https://chatgpt.com/backend-api"));
    assert.ok(masked.includes("Authorization:"));
    assert.ok(masked.includes("OPENROUTER_API_KEY:"));
    assert.ok(masked.includes('"gpt-5.4"'));
    assert.equal(masked.length, doc.text.length);
  });
});
