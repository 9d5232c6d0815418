import assert from "node:assert/strict";
import { mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { LspClient } from "./lspClient";

/** Files on disk in a temp folder, the server following `$include`s from an open openclaw.json. */
describe("$include over LSP", () => {
  let client: LspClient;
  let dir: string;
  let configUri: string;
  let agentsFile: string;
  const registrations: { registrations: { method: string; registerOptions?: { watchers?: { globPattern: unknown }[] } }[] }[] = [];
  const unregistrations: string[] = [];
  const configText = `{\n  agents: { $include: "./agents.json5" },\n  talk: { agentId: "work" },\n}\n`;

  /** The next diagnostics published for `uri` after now (re-publishes of the same version count). */
  function nextPublish(uri: string): Promise<PublishDiagnosticsParams> {
    const from = client.published.length;
    return client.waitForDiagnostics((p) => p.uri === uri && client.published.indexOf(p) >= from);
  }

  function placed(text: string, diagnostics: readonly Diagnostic[]): [string, string][] {
    const lines = text.split("\n");
    return diagnostics.map((d) => {
      assert.equal(d.range.start.line, d.range.end.line);
      return [String(d.code), lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)];
    });
  }

  function watchedFilesChanged(file: string, type: 1 | 2 | 3) {
    return client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(file).href, type }] });
  }

  before(async () => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-lsp-include-")));
    const configFile = path.join(dir, "openclaw.json");
    writeFileSync(configFile, configText);
    agentsFile = path.join(dir, "agents.json5");
    configUri = pathToFileURL(configFile).href;
    client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 }, { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } });
    client.connection.onRequest("client/registerCapability", (params: (typeof registrations)[number]) => {
      registrations.push(params);
      return null;
    });
    client.connection.onRequest("client/unregisterCapability", (params: { unregisterations: { method: string }[] }) => {
      unregistrations.push(...params.unregisterations.map((u) => u.method));
      return null;
    });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("reports a missing include on its path string and watches the file it looked for", async () => {
    await client.open(configUri, configText);
    const published = await client.diagnosticsFor(configUri, 1);
    assert.deepEqual(placed(configText, published.diagnostics), [["include-not-found", `"./agents.json5"`]]);
    const watchers = registrations.flatMap((r) => r.registrations).filter((r) => r.method === "workspace/didChangeWatchedFiles");
    assert.ok(watchers.length > 0, "the server registers a file watcher");
    assert.deepEqual(watchers.at(-1)!.registerOptions!.watchers!.map((w) => w.globPattern), [{ baseUri: pathToFileURL(dir).href, pattern: "agents.json5" }]);
  });

  it("re-validates the config when the included file appears on disk (didChangeWatchedFiles)", async () => {
    writeFileSync(agentsFile, `{\n  entries: { main: {} },\n  defaults: { timeoutSecond: 5 },\n}\n`);
    const next = nextPublish(configUri);
    await watchedFilesChanged(agentsFile, 1);
    const published = await next;
    assert.equal(published.version, 1, "same config version, new diagnostics");
    // `work` is not among the included agents; the typo inside agents.json5 is reported on the $include string.
    assert.deepEqual(placed(configText, published.diagnostics), [
      ["unknown-key", `"./agents.json5"`],
      ["unknown-agent-id", `"work"`],
    ]);
    const [inIncluded] = published.diagnostics;
    assert.match(inIncluded!.message as string, /^In \.\/agents\.json5 \(line 3, at `agents\.defaults\.timeoutSecond`\)/);
    assert.equal(inIncluded!.relatedInformation![0]!.location.uri, pathToFileURL(agentsFile).href);
    assert.equal(inIncluded!.relatedInformation![0]!.location.range.start.line, 2);
    // Ctrl+. on the $include string: the rename edits agents.json5, in its bare-key style.
    const actions = await client.request<{ title: string; edit?: { changes?: Record<string, { newText: string }[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: configUri },
      range: inIncluded!.range,
      context: { diagnostics: [inIncluded], only: ["quickfix"] },
    });
    const rename = actions.find((a) => a.title === "Rename `timeoutSecond` to `timeoutSeconds` in ./agents.json5");
    assert.deepEqual(rename?.edit?.changes?.[pathToFileURL(agentsFile).href]?.map((e) => e.newText), ["timeoutSeconds"]);
  });

  it("re-validates the config while the included file is edited in the editor (unsaved text counts)", async () => {
    const agentsUri = pathToFileURL(agentsFile).href;
    let next = nextPublish(configUri);
    await client.open(agentsUri, `{\n  entries: { work: {} },\n  defaults: { timeoutSeconds: 5 },\n}\n`, "json5");
    assert.deepEqual((await next).diagnostics, []);
    assert.equal(client.published.filter((p) => p.uri === agentsUri).length, 0, "the included file itself is not an OpenClaw config");

    next = nextPublish(configUri);
    await client.replace(agentsUri, `{\n  entries: { main: {} },\n}\n`);
    assert.deepEqual(placed(configText, (await next).diagnostics), [["unknown-agent-id", `"work"`]]);

    // Closed without saving: the text on disk counts again.
    next = nextPublish(configUri);
    await client.close(agentsUri);
    assert.deepEqual(placed(configText, (await next).diagnostics).map(([code]) => code), ["unknown-key", "unknown-agent-id"]);
  });

  it("reports the include again when the file is deleted", async () => {
    unlinkSync(agentsFile);
    const next = nextPublish(configUri);
    await watchedFilesChanged(agentsFile, 3);
    assert.deepEqual(placed(configText, (await next).diagnostics), [["include-not-found", `"./agents.json5"`]]);
  });

  it("stops watching when the config is closed", async () => {
    const before = registrations.length;
    await client.close(configUri);
    await client.waitForDiagnostics((p) => p.uri === configUri && p.diagnostics.length === 0 && p.version === undefined);
    // A round trip, so that the server has handled the close before looking.
    await client.request("textDocument/documentSymbol", { textDocument: { uri: configUri } });
    assert.equal(registrations.length, before, "nothing new to watch");
    assert.deepEqual(unregistrations, ["workspace/didChangeWatchedFiles"]);
  });
});
