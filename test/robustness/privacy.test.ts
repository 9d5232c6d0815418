/**
 * Privacy guarantees: the server and the CLI open no sockets (besides the LSP transport) and never
 * fetch a `$schema` URL, and secret values in the config never appear in anything they output.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { LspClient } from "../lsp/lspClient";

const ROOT = path.resolve(__dirname, "../../..");
const GUARD = path.join(__dirname, "netGuard.js");
const CLI = path.join(ROOT, "dist/cli.js");

const SECRETS = ["sk-live-SECRET-0001", "Bearer SECRET-0002", "SECRET-0003-token", "SECRET-0004-pass", "SECRET-0005-hdr"];

/** A config holding secrets in every kind of secret field, plus things that could tempt a fetch. */
const CONFIG = `{
  $schema: "https://schemas.example.com/openclaw.schema.json",
  models: {
    providers: {
      "openai-codex": {
        baseUrl: "https://chatgpt.com/backend-api",
        apiKey: "${SECRETS[0]}",
        headers: { Authorization: "${SECRETS[1]}", "X-Extra": "${SECRETS[4]}" },
        api: "openai-chatgpt-responses",
        models: [{ id: "gpt-5.4", name: "GPT-5.4" }],
      },
      custom: { baseUrl: "http://localhost:4000/v1", apiKey: 12345, models: [] },
    },
  },
  gateway: { auth: { token: "${SECRETS[2]}", password: "${SECRETS[3]}" } },
  channels: { telegram: { botToken: "${SECRETS[2]}" } },
}
`;

function assertNoSecret(output: string, where: string): void {
  for (const secret of SECRETS) assert.ok(!output.includes(secret), `${where} contains the secret ${secret}`);
}

describe("privacy", () => {
  let dir: string;
  let netLog: string;
  let client: LspClient;
  let file: string;

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "openclaw-privacy-"));
    netLog = path.join(dir, "net.log");
    file = path.join(dir, "openclaw.json");
    writeFileSync(file, CONFIG);
    client = await LspClient.start(
      "stdio",
      { diagnosticsDebounceMs: 0 },
      {},
      { execArgv: ["--require", GUARD], env: { ...process.env, NET_GUARD_LOG: netLog } },
    );
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the server's answers, diagnostics and log never contain a secret value", async () => {
    const uri = `file://${file}`;
    await client.open(uri, CONFIG, "openclaw-json");
    const outputs: unknown[] = [await client.diagnosticsFor(uri, 1)];
    const caps = client.initializeResult.capabilities;
    const lines = CONFIG.split("\n");
    const textDocument = { uri };
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line]!.length; character += 3) {
        const position = { line, character };
        if (caps.hoverProvider) outputs.push(await client.request("textDocument/hover", { textDocument, position }));
        if (caps.completionProvider) outputs.push(await client.request("textDocument/completion", { textDocument, position }));
      }
      const range = { start: { line, character: 0 }, end: { line, character: lines[line]!.length } };
      outputs.push(await client.request("textDocument/codeAction", { textDocument, range, context: { diagnostics: [] } }));
    }
    if (caps.documentSymbolProvider) outputs.push(await client.request("textDocument/documentSymbol", { textDocument }));
    if (caps.documentLinkProvider) outputs.push(await client.request("textDocument/documentLink", { textDocument }));
    if (caps.foldingRangeProvider) outputs.push(await client.request("textDocument/foldingRange", { textDocument }));
    assert.ok(outputs.length > lines.length, "requests were made");
    assertNoSecret(JSON.stringify(outputs), "an LSP answer");
    assertNoSecret(client.logs.join("\n"), "the server log");
    assertNoSecret(client.stderr.join(""), "the server's stderr");
    await client.close(uri);
  });

  it("the server opens no socket and fetches no $schema URL", () => {
    assert.equal(existsSync(netLog) ? readFileSync(netLog, "utf8") : "", "");
  });

  for (const format of ["text", "json", "sarif"]) {
    it(`the CLI (--format ${format}) prints no secret and opens no socket`, () => {
      const result = spawnSync(process.execPath, ["--require", GUARD, CLI, "check", file, "--format", format], {
        encoding: "utf8",
        env: { ...process.env, NET_GUARD_LOG: netLog, NO_COLOR: "1" },
      });
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
      assert.ok(result.stdout.length > 0, "the CLI printed a report");
      assertNoSecret(result.stdout + result.stderr, `the CLI's ${format} output`);
      assert.equal(existsSync(netLog) ? readFileSync(netLog, "utf8") : "", "");
    });
  }

  it("the guard itself works: a fetch is caught and logged", () => {
    const probe = path.join(dir, "probe.log");
    const result = spawnSync(process.execPath, ["--require", GUARD, "-e", "try { fetch('https://example.com') } catch {}"], {
      env: { ...process.env, NET_GUARD_LOG: probe },
    });
    assert.equal(result.status, 0);
    assert.match(readFileSync(probe, "utf8"), /fetch https:\/\/example\.com/);
  });
});
