import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { LspClient, applyTextEdits, type Transport } from "./lspClient";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const seedText = readFileSync(path.join(FIXTURES, "seed-bug.openclaw.json"), "utf8");

for (const transport of ["stdio", "ipc"] as Transport[]) {
  describe(`language server over ${transport}`, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start(transport);
    });
    after(async () => {
      assert.equal(await client.stop(), 0, "the server exits cleanly after shutdown/exit");
    });

    it("reports its debounce in initialize and serves code actions and hover", () => {
      const caps = client.initializeResult.capabilities;
      assert.equal((caps.experimental as { diagnosticsDebounceMs: number }).diagnosticsDebounceMs, 0);
      assert.ok(caps.hoverProvider);
      assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ["quickfix", "source.fixAll.openclaw"]);
    });

    it("diagnoses, fixes and re-diagnoses the seed bug's config", async () => {
      const uri = `file:///tmp/${transport}/seed/openclaw.json`;
      await client.open(uri, seedText, "json5");
      const first = await client.diagnosticsFor(uri, 1);
      const codex = first.diagnostics.filter((d) => d.code === "legacy-codex-base-url");
      assert.equal(codex.length, 1);
      const diagnostic = codex[0]!;
      assert.equal(diagnostic.severity, 2);
      assert.equal(diagnostic.source, "openclaw");
      const lines = seedText.split("\n");
      const line = lines.findIndex((l) => l.includes("backend-api"));
      assert.equal(diagnostic.range.start.line, line);
      assert.equal(diagnostic.range.start.character, lines[line]!.indexOf("'https"));
      assert.equal(diagnostic.range.end.character, lines[line]!.indexOf("backend-api'") + "backend-api'".length);
      assert.match(diagnostic.codeDescription!.href, /legacy-codex-base-url/);
      assert.ok(diagnostic.relatedInformation?.some((r) => r.message.includes("openai-codex/gpt-image-2")));

      // Ctrl+. with the cursor anywhere inside the URL.
      const cursor = { line, character: lines[line]!.indexOf("chatgpt") };
      const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: cursor, end: cursor },
        context: { diagnostics: [diagnostic], only: ["quickfix"] },
      });
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1);
      assert.equal(preferred[0]!.kind, "quickfix");
      assert.match(preferred[0]!.title, /\/codex/);
      const fixed = applyTextEdits(seedText, preferred[0]!.edit!.changes![uri]!);
      assert.equal(fixed, seedText.replace("'https://chatgpt.com/backend-api'", "'https://chatgpt.com/backend-api/codex'"));

      const version = await client.replace(uri, fixed);
      const second = await client.diagnosticsFor(uri, version);
      assert.deepEqual(second.diagnostics.filter((d: Diagnostic) => d.code === "legacy-codex-base-url"), []);
      await client.close(uri);
    });

    it("answers source.fixAll.openclaw with one edit fixing every legacy URL", async () => {
      const uri = `file:///tmp/${transport}/fixall/openclaw.json`;
      const text = `{
  models: { providers: {
    a: { baseUrl: "https://chatgpt.com/backend-api/", models: [{ id: "m", name: "m", baseUrl: "https://chatgpt.com/backend-api/v1" }] },
    b: { baseUrl: "https://chatgpt.com/backend-api" },
  } },
}`;
      await client.open(uri, text, "jsonc");
      await client.diagnosticsFor(uri, 1);
      const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.openclaw"] },
      });
      assert.equal(actions.length, 1);
      assert.equal(actions[0]!.kind, "source.fixAll.openclaw");
      const fixed = applyTextEdits(text, actions[0]!.edit!.changes![uri]!);
      assert.equal(fixed.match(/backend-api\/codex/g)?.length, 3);
      assert.ok(fixed.includes('"https://chatgpt.com/backend-api/codex/"'), "a trailing slash is kept");
      const version = await client.replace(uri, fixed);
      const after = await client.diagnosticsFor(uri, version);
      assert.equal(after.diagnostics.filter((d) => String(d.code).includes("codex")).length, 0);
      await client.close(uri);
    });

    it("analyses any languageId for openclaw.json, ignores other files, publishes [] when clean", async () => {
      const other = `file:///tmp/${transport}/other/settings.json`;
      const uri = `file:///tmp/${transport}/clean/clawdbot.json`;
      await client.open(other, `{ baseUrl: "https://chatgpt.com/backend-api" }`, "json");
      await client.open(uri, "// nothing to see\n{ }\n", "plaintext");
      // Notifications are handled in order and analysis is immediate at debounce 0, so by the time the
      // second file's diagnostics arrive the first would have been published if it were analysed.
      const clean = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(clean.diagnostics, []);
      assert.equal(client.published.filter((p) => p.uri === other).length, 0);
      await client.close(uri);
      await client.close(other);
    });

    it("never publishes an older version after a newer one under rapid edits", async () => {
      const uri = `file:///tmp/${transport}/rapid/openclaw.json`;
      await client.open(uri, "{}");
      let version = 1;
      for (let i = 0; i < 200; i++) version = await client.replace(uri, `{ models: { providers: { p${i}: { baseUrl: "https://chatgpt.com/backend-api" } } } }`);
      const last = await client.diagnosticsFor(uri, version);
      assert.equal(last.diagnostics.length >= 1, true);
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
      for (let i = 1; i < versions.length; i++) assert.ok(versions[i]! > versions[i - 1]!, `published ${versions.join(",")}`);
      await client.close(uri);
    });
  });
}

describe("debounce", () => {
  it("with the default debounce, a burst of edits is analysed once, for its last version", async () => {
    const client = await LspClient.start("stdio", {});
    try {
      const debounce = (client.initializeResult.capabilities.experimental as { diagnosticsDebounceMs: number }).diagnosticsDebounceMs;
      assert.ok(debounce > 0);
      const uri = "file:///tmp/debounce/openclaw.json";
      await client.open(uri, "{}");
      await client.diagnosticsFor(uri, 1);
      let version = 1;
      for (let i = 0; i < 20; i++) version = await client.replace(uri, `{ a${i}: 1 }`);
      await client.diagnosticsFor(uri, version);
      const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
      assert.deepEqual(versions, [1, version]);
    } finally {
      await client.stop();
    }
  });
});
