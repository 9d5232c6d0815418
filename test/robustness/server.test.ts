/**
 * Tries to break the language server over LSP: truncations at every offset, garbage, hostile nesting,
 * a 20 MB file, rapid edits, cancellation. After each it must still be alive and answer, and it must
 * never publish diagnostics for a stale version.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Hover, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { LspClient } from "../lsp/lspClient";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const seed = readFileSync(path.join(FIXTURES, "seed-bug.openclaw.json"), "utf8");
const starter = readFileSync(path.join(FIXTURES, "official/starter.json5"), "utf8");

/** Fails the test instead of hanging when the server stops answering (a liveness bound, not a speed target). */
function answered<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function assertMonotonic(published: PublishDiagnosticsParams[], uri: string): void {
  const versions = published.filter((p) => p.uri === uri && p.version !== undefined).map((p) => p.version!);
  for (let i = 1; i < versions.length; i++) {
    assert.ok(versions[i]! > versions[i - 1]!, `a stale version was published after a newer one: ${versions.slice(Math.max(0, i - 3), i + 1).join(", ")}`);
  }
}

describe("the server under hostile input", () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  async function stillAnswers(uri: string): Promise<void> {
    const hover = client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 1 } });
    await answered(hover, "hover");
  }

  for (const [name, text] of [["the seed bug's config", seed], ["the official starter config", starter]] as const) {
    it(`survives ${name} truncated at every offset, with diagnostics for each version`, async () => {
      const uri = `file:///robust/truncate-${name.length}/openclaw.json`;
      await client.open(uri, "");
      await client.diagnosticsFor(uri, 1);
      let version = 1;
      for (let end = 0; end <= text.length; end++) {
        version = await client.replace(uri, text.slice(0, end));
        const published = await answered(client.diagnosticsFor(uri, version), `diagnostics for truncation at ${end}`);
        if (end < text.length && text.slice(0, end).trim() !== "" && !text.slice(0, end).trimEnd().endsWith("}")) {
          assert.ok(published.diagnostics.length > 0, `a truncation at ${end} is not a valid file`);
        }
      }
      assertMonotonic(client.published, uri);
      await stillAnswers(uri);
      await client.close(uri);
    });
  }

  it("survives random bytes, lone surrogates, unterminated strings and comments", async () => {
    const uri = "file:///robust/garbage/openclaw.json";
    await client.open(uri, "{}");
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state;
    };
    const samples: string[] = [
      "\uD800",
      "{ a: '\uDC00\uD800' }",
      '{ "unterminated: 1 }',
      "{ a: 1 /* never closed",
      "{ a: 'multi\nline' }",
      "\u0000\u0001\u0002{",
      "{ a: 1e, b: 0x, c: -, d: .e1 }",
      "{ models: { providers: { p: { baseUrl: 'https://chatgpt.com/backend-api\\",
    ];
    for (let i = 0; i < 200; i++) {
      const length = random() % 400;
      samples.push(Buffer.from(Array.from({ length }, () => random() % 256)).toString("latin1"));
      samples.push(Buffer.from(Array.from({ length }, () => random() % 256)).toString("utf8"));
    }
    let version = 1;
    for (const text of samples) {
      version = await client.replace(uri, text);
      const published = await answered(client.diagnosticsFor(uri, version), "diagnostics for garbage");
      for (const d of published.diagnostics) assert.equal(typeof d.message, "string");
    }
    assertMonotonic(client.published, uri);
    await stillAnswers(uri);
    await client.close(uri);
  });

  it("reports 100,000-deep nesting once and keeps answering", async () => {
    const uri = "file:///robust/deep/openclaw.json";
    const depth = 100_000;
    await client.open(uri, "{ a: " + "[".repeat(depth) + "]".repeat(depth) + " }");
    const published = await answered(client.diagnosticsFor(uri, 1), "diagnostics for deep nesting");
    assert.ok(published.diagnostics.some((d) => d.code === "json5-too-deep"));
    const unclosed = await client.replace(uri, "{".repeat(depth));
    await answered(client.diagnosticsFor(uri, unclosed), "diagnostics for unclosed deep nesting");
    await stillAnswers(uri);
    await client.close(uri);
  });

  it("degrades on a 20 MB file with an explanatory diagnostic", async () => {
    const uri = "file:///robust/huge/openclaw.json";
    const entry = `  "key-XXXXXX": { baseUrl: "https://example.com/v1", models: [] },\n`;
    const count = Math.ceil((20 * 1024 * 1024) / entry.length);
    const text = "{\n" + Array.from({ length: count }, (_, i) => entry.replace("XXXXXX", String(i).padStart(6, "0"))).join("") + "}\n";
    await client.open(uri, text);
    const published = await answered(client.diagnosticsFor(uri, 1), "diagnostics for a 20 MB file", 30_000);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ["file-too-large"]);
    assert.match(String(published.diagnostics[0]!.message), /20\.\d MB/);
    await stillAnswers(uri);
    await client.close(uri);
  });

  it("publishes only in version order through 1,000 rapid edits with the default debounce", async () => {
    const debounced = await LspClient.start("stdio", {});
    try {
      const uri = "file:///robust/rapid/openclaw.json";
      await debounced.open(uri, seed);
      let version = 1;
      for (let i = 0; i < 1000; i++) {
        version = await debounced.replace(uri, seed.replace("backend-api", i % 2 === 0 ? "backend-api/codex" : "backend-api"));
      }
      const last = await answered(debounced.diagnosticsFor(uri, version), "diagnostics for the last edit");
      // Edit 999 (odd i) leaves the legacy URL: the last version must say so, not an earlier one's verdict.
      assert.ok(last.diagnostics.some((d) => d.code === "legacy-codex-base-url"));
      assertMonotonic(debounced.published, uri);
      assert.ok(debounced.published.filter((p) => p.uri === uri).length < 100, "edits are debounced");
    } finally {
      await debounced.stop();
    }
  });

  it("answers a cancelled request at once, with its result or RequestCancelled", async () => {
    const uri = "file:///robust/cancel/openclaw.json";
    await client.open(uri, seed);
    await client.diagnosticsFor(uri, 1);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      const source = new (await import("vscode-languageserver-protocol")).CancellationTokenSource();
      const request = client.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 6, character: 20 } }, source.token);
      source.cancel();
      pending.push(
        request.then(
          () => "answered",
          (error: { code?: number }) => {
            assert.equal(error.code, -32800, "a cancelled request fails only with RequestCancelled");
            return "cancelled";
          },
        ),
      );
    }
    await answered(Promise.all(pending), "cancelled requests");
    await stillAnswers(uri);
    await client.close(uri);
  });
});
