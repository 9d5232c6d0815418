/**
 * Secrets never reach the language client's trace: the real vscode-jsonrpc tracer (what
 * vscode-languageclient uses) traces a didOpen of a config holding an API key through the redacting
 * channel, in the verbose text format and in the json format.
 */
import * as assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { StreamMessageReader, StreamMessageWriter, Trace, TraceFormat, createMessageConnection } from "vscode-jsonrpc/node";
import type { LogOutputChannel } from "vscode";
import { RedactingTraceChannel } from "../../client/src/redactingChannel";
import { redactTrace } from "../../client/src/traceRedaction";

const SECRET = "sk-proj-Zx9SECRETSECRETSECRET";
const DOCUMENT = `{\n  // keys\n  models: { providers: { openai: { apiKey: '${SECRET}', headers: { "X-Token": "${SECRET}" } } } },\n}\n`;

/** Records what reaches the output channel (the only stand-in: no VS Code runs here). */
function recordingChannel(lines: string[]): LogOutputChannel {
  const record = (message: string | Error) => void lines.push(String(message));
  return {
    name: "OpenClaw",
    logLevel: 1,
    onDidChangeLogLevel: () => ({ dispose() {} }),
    trace: record,
    debug: record,
    info: record,
    warn: record,
    error: record,
    append: record,
    appendLine: record,
    replace: record,
    clear() {},
    show() {},
    hide() {},
    dispose() {},
  } as unknown as LogOutputChannel;
}

async function traceDidOpen(format: "text" | "json"): Promise<string[]> {
  const lines: string[] = [];
  const channel = new RedactingTraceChannel(recordingChannel(lines));
  const clientToServer = new PassThrough();
  const serverToClient = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(serverToClient), new StreamMessageWriter(clientToServer));
  const server = createMessageConnection(new StreamMessageReader(clientToServer), new StreamMessageWriter(serverToClient));
  const received = new Promise<void>((resolve) => server.onNotification("textDocument/didOpen", () => resolve()));
  server.onRequest("textDocument/codeAction", () => [
    { title: "Fix", edit: { changes: { "file:///x/openclaw.json": [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: SECRET }] } } },
  ]);
  server.listen();
  client.listen();
  // As vscode-languageclient does: strings go to trace(message + data), objects (json format) are stringified.
  await client.trace(Trace.Verbose, {
    log: (messageOrData: string | object, data?: string) =>
      channel.trace(typeof messageOrData === "string" ? (data ? `${messageOrData}\n${data}` : messageOrData) : JSON.stringify(messageOrData)),
  }, { sendNotification: false, traceFormat: format === "json" ? TraceFormat.JSON : TraceFormat.Text });
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri: "file:///x/openclaw.json", languageId: "openclaw-json", version: 1, text: DOCUMENT },
  });
  await received;
  await client.sendRequest("textDocument/codeAction", { textDocument: { uri: "file:///x/openclaw.json" } });
  client.dispose();
  server.dispose();
  return lines;
}

describe("trace redaction", () => {
  for (const format of ["text", "json"] as const) {
    it(`keeps secrets out of a verbose ${format} trace and keeps its structure`, async () => {
      const traced = (await traceDidOpen(format)).join("\n");
      assert.ok(traced.includes("textDocument/didOpen"), traced);
      assert.ok(traced.includes("file:///x/openclaw.json"), "URIs stay");
      assert.ok(traced.includes("openclaw-json"), "languageId stays");
      assert.ok(!traced.includes(SECRET), `the secret leaked:\n${traced}`);
      assert.ok(!traced.includes("apiKey"), "no document content at all");
      assert.match(traced, /chars redacted/);
    });
  }

  it("redacts escaped quotes and backslashes inside a value without eating the rest", () => {
    const line = String.raw`{"text": "a \"quoted\" \\ value", "uri": "file:///a"}`;
    assert.equal(redactTrace(line), String.raw`{"text": "<21 chars redacted>", "uri": "file:///a"}`);
  });
});
