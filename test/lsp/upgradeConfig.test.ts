import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import JSON5 from "json5";
import type { CodeAction } from "vscode-languageserver-protocol";
import { LspClient, applyTextEdits } from "./lspClient";

const seedText = readFileSync(path.resolve(__dirname, "../../../test/fixtures/seed-bug.openclaw.json"), "utf8");
type Edits = Parameters<typeof applyTextEdits>[1];

describe("upgrade config over LSP (openclaw/upgradeConfig and source.fixAll.openclaw)", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start("stdio");
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it("returns every safe migration of the seed config as edits of the open version, idempotent", async () => {
    const uri = "file:///tmp/upgrade/openclaw.json";
    const version = await client.open(uri, seedText, "json5");
    await client.diagnosticsFor(uri, version);
    const result = await client.request<{ version: number; edits: Edits; converged: boolean }>("openclaw/upgradeConfig", { textDocument: { uri } });
    assert.equal(result.version, version);
    assert.ok(result.converged);
    const upgraded = applyTextEdits(seedText, result.edits);
    const value = JSON5.parse(upgraded);
    assert.equal(value.models.providers.openai.baseUrl, "https://chatgpt.com/backend-api/codex");
    assert.equal(value.agents.defaults.mediaModels.image, "openai/gpt-image-2");
    assert.ok(upgraded.includes("// legacy form, no /codex"));
    // source.fixAll.openclaw gives the same text, and nothing more once applied.
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll.openclaw"] },
    });
    assert.equal(applyTextEdits(seedText, actions[0]!.edit!.changes![uri]! as Edits), upgraded);
    const next = await client.replace(uri, upgraded);
    await client.diagnosticsFor(uri, next);
    const again = await client.request<{ edits: Edits }>("openclaw/upgradeConfig", { textDocument: { uri } });
    assert.deepEqual(again.edits, []);
  });
});
