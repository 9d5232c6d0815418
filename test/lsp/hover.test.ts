import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hover, MarkupContent, Position } from "vscode-languageserver-protocol";
import { LspClient, type Transport } from "./lspClient";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const seedText = readFileSync(path.join(FIXTURES, "seed-bug.openclaw.json"), "utf8");

/** The position `delta` characters into the first occurrence of `needle`. */
function positionOf(text: string, needle: string, delta = 1): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset + delta).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

for (const transport of ["stdio", "ipc"] as Transport[]) {
  describe(`hover over ${transport}`, () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start(transport);
    });
    after(async () => {
      assert.equal(await client.stop(), 0);
    });

    const hoverAt = (uri: string, position: Position) => client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position });

    it("documents the baseUrl key of the seed config with its endpoint kind, and follows edits", async () => {
      const uri = `file:///tmp/${transport}/hover-seed/openclaw.json`;
      await client.open(uri, seedText, "json5");
      const position = positionOf(seedText, "baseUrl");
      const result = await hoverAt(uri, position);
      assert.ok(result);
      const contents = result.contents as MarkupContent;
      assert.equal(contents.kind, "markdown");
      assert.match(contents.value, /`models\.providers\.openai-codex\.baseUrl`/);
      assert.match(contents.value, /ChatGPT\/Codex backend, legacy form/);
      assert.deepEqual(result.range, { start: { line: position.line, character: position.character - 1 }, end: { line: position.line, character: position.character - 1 + "baseUrl".length } });

      const api = await hoverAt(uri, positionOf(seedText, "'openai-codex-responses'"));
      assert.match((api!.contents as MarkupContent).value, /removed id: use `"openai-chatgpt-responses"`/);

      const fixed = seedText.replace("'https://chatgpt.com/backend-api'", "'https://chatgpt.com/backend-api/codex'");
      await client.replace(uri, fixed);
      const after = await hoverAt(uri, positionOf(fixed, "baseUrl"));
      assert.match((after!.contents as MarkupContent).value, /ChatGPT\/Codex backend, canonical/);
      await client.close(uri);
    });

    it("hides secrets, answers null off any key, and serves schema docs elsewhere", async () => {
      const uri = `file:///tmp/${transport}/hover-secret/openclaw.json`;
      const text = `{\n  models: { providers: { openai: { apiKey: "sk-LSP-SECRET-VALUE" } } },\n  gateway: { port: 18789 },\n}\n`;
      await client.open(uri, text, "jsonc");
      const secret = await hoverAt(uri, positionOf(text, '"sk-LSP'));
      const value = (secret!.contents as MarkupContent).value;
      assert.match(value, /\(hidden\)/);
      assert.ok(!value.includes("sk-LSP-SECRET-VALUE"));
      assert.equal(await hoverAt(uri, { line: 0, character: 0 }), null);
      assert.match(((await hoverAt(uri, positionOf(text, "port")))!.contents as MarkupContent).value, /Gateway Port/);
      await client.close(uri);
    });
  });
}
