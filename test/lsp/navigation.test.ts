import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type {
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Location,
  LocationLink,
  PublishDiagnosticsParams,
  SelectionRange,
  SymbolInformation,
} from "vscode-languageserver-protocol";
import { LspClient } from "./lspClient";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const navText = readFileSync(path.join(FIXTURES, "navigation/openclaw.json"), "utf8");
const seedText = readFileSync(path.join(FIXTURES, "seed-bug.openclaw.json"), "utf8");

/** Line/character of the `delta`-th character of the first `needle` in `text`. */
function positionOf(text: string, needle: string, delta = 1) {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `${needle} not found`);
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - before.lastIndexOf("\n") - 1 };
}

function lineText(text: string, line: number): string {
  return text.split("\n")[line]!;
}

describe("navigation over LSP", () => {
  let client: LspClient;
  const uri = "file:///tmp/lsp-nav/.openclaw/openclaw.json";
  before(async () => {
    client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 }, {
      textDocument: { definition: { linkSupport: true }, foldingRange: { rangeLimit: 5000 }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    });
    await client.open(uri, navText, "json5");
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it("advertises symbols, folding, selection ranges, definition, references and links", () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.selectionRangeProvider);
    assert.ok(caps.definitionProvider);
    assert.ok(caps.referencesProvider);
    assert.deepEqual(caps.documentLinkProvider, { resolveProvider: false });
  });

  it("answers documentSymbol with the hierarchy and no secret values", async () => {
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ["models", "agents", "bindings", "talk"]);
    const providers = symbols[0]!.children!.find((s) => s.name === "providers")!;
    assert.deepEqual(providers.children!.map((s) => s.name), ["OpenAI", "myproxy"]);
    assert.ok(!JSON.stringify(symbols).includes("sk-proj"));
  });

  it("answers foldingRange and selectionRange", async () => {
    const folds = await client.request<FoldingRange[]>("textDocument/foldingRange", { textDocument: { uri } });
    assert.ok(folds.some((f) => lineText(navText, f.startLine).trim() === "models: {"));
    const [selection] = await client.request<SelectionRange[]>("textDocument/selectionRange", {
      textDocument: { uri },
      positions: [positionOf(navText, "gpt-image-2", 2)],
    });
    assert.equal(selection!.range.start.line, selection!.parent!.range.start.line);
    assert.ok(selection!.parent!.parent, "the chain goes up past the literal");
  });

  it("goes to the models[] entry from a fallback (LocationLink for a client with linkSupport)", async () => {
    const links = await client.request<LocationLink[]>("textDocument/definition", {
      textDocument: { uri },
      position: positionOf(navText, '"openai/gpt-5.4"', 4),
    });
    assert.equal(links.length, 1);
    const target = links[0]!.targetSelectionRange;
    assert.equal(lineText(navText, target.start.line).slice(target.start.character, target.end.character), '"gpt-5.4"');
  });

  it("finds references of an agent", async () => {
    const found = await client.request<Location[]>("textDocument/references", {
      textDocument: { uri },
      position: positionOf(navText, "work: { model", 1),
      context: { includeDeclaration: false },
    });
    assert.equal(found.length, 2);
  });

  it("links $include paths next to the file", async () => {
    const includeUri = "file:///tmp/lsp-nav/.openclaw/sub/openclaw.json";
    await client.open(includeUri, '{ $include: "../agents.json5" }', "json5");
    const links = await client.request<DocumentLink[]>("textDocument/documentLink", { textDocument: { uri: includeUri } });
    assert.deepEqual(links.map((l) => l.target), ["file:///tmp/lsp-nav/.openclaw/agents.json5"]);
  });

  it("answers nothing for documents that are not OpenClaw configs", async () => {
    const other = "file:///tmp/lsp-nav/package.json";
    await client.open(other, '{ "name": "x" }', "json");
    assert.deepEqual(await client.request("textDocument/documentSymbol", { textDocument: { uri: other } }), []);
  });
});

describe("settings over LSP", () => {
  it("a client without linkSupport or hierarchical symbols gets plain Locations and a flat symbol list", async () => {
    const client = await LspClient.start("ipc");
    try {
      const uri = "file:///tmp/lsp-nav-plain/openclaw.json";
      await client.open(uri, navText, "json5");
      const locations = await client.request<Location[]>("textDocument/definition", {
        textDocument: { uri },
        position: positionOf(navText, '"openai/gpt-5.4"', 4),
      });
      assert.equal(locations.length, 1);
      assert.equal(locations[0]!.uri, uri);
      assert.ok("range" in locations[0]!);
      // Nor hierarchical symbols: a flat SymbolInformation list with container names.
      const flat = await client.request<SymbolInformation[]>("textDocument/documentSymbol", { textDocument: { uri } });
      const baseUrl = flat.find((s) => s.name === "baseUrl" && s.containerName === "OpenAI");
      assert.ok(baseUrl, "baseUrl listed with its provider as container");
      assert.equal(baseUrl.location.uri, uri);
      assert.equal(flat[0]!.name, "models");
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it("pulls openclaw.rules and openclaw.validate.enable and re-validates open documents on change", async () => {
    const client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
    try {
      let section: unknown = null;
      const asked: unknown[] = [];
      client.connection.onRequest("workspace/configuration", (params: { items: { section?: string; scopeUri?: string }[] }) => {
        asked.push(...params.items);
        return params.items.map(() => section);
      });
      const uri = "file:///tmp/lsp-settings/openclaw.json";
      await client.open(uri, seedText, "json5");
      const codex = (p: PublishDiagnosticsParams) => p.diagnostics.find((d) => d.code === "legacy-codex-base-url");
      const first = await client.diagnosticsFor(uri, 1);
      assert.equal(codex(first)?.severity, 2, "a warning by default");

      /** The next publication for `uri` after the ones seen so far. */
      const next = () => {
        const seen = client.published.length;
        return client.waitForDiagnostics((p) => p.uri === uri && client.published.indexOf(p) >= seen);
      };

      section = { rules: { "legacy-codex-base-url": "error" } };
      let published = next();
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      assert.equal(codex(await published)?.severity, 1, "raised to an error");
      assert.ok(asked.some((item) => (item as { section?: string }).section === "openclaw" && (item as { scopeUri?: string }).scopeUri === uri));

      section = { rules: { "legacy-codex-base-url": "off" } };
      published = next();
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      assert.equal(codex(await published), undefined, "turned off");

      section = { validate: { enable: false } };
      published = next();
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      assert.deepEqual((await published).diagnostics, [], "validation off clears the problems");

      section = { validate: { enable: "yes please" }, rules: { "legacy-codex-base-url": 42 } };
      published = next();
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      assert.equal(codex(await published)?.severity, 2, "bad values mean the defaults");
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it("checks a file with the defaults when the client does not answer workspace/configuration, and again when it does", async () => {
    const client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
    try {
      let answer: ((value: unknown[]) => void) | undefined;
      client.connection.onRequest("workspace/configuration", () => new Promise<unknown[]>((resolve) => (answer = resolve)));
      const uri = "file:///tmp/lsp-settings-silent/openclaw.json";
      await client.open(uri, seedText, "json5");
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(first.diagnostics.some((d) => d.code === "legacy-codex-base-url"), "checked with the defaults meanwhile");
      assert.ok(answer, "the server asked");
      const seen = client.published.length;
      const late = client.waitForDiagnostics((p) => p.uri === uri && client.published.indexOf(p) >= seen);
      answer!([{ rules: { "legacy-codex-base-url": "off" } }]);
      assert.ok(!(await late).diagnostics.some((d) => d.code === "legacy-codex-base-url"), "the late answer applies");
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  it("takes pushed settings from a client that cannot answer workspace/configuration", async () => {
    const client = await LspClient.start("ipc", { diagnosticsDebounceMs: 0 }, { workspace: { configuration: false } });
    try {
      const uri = "file:///tmp/lsp-settings-push/openclaw.json";
      await client.open(uri, seedText, "json5");
      await client.diagnosticsFor(uri, 1);
      const seen = client.published.length;
      const published = client.waitForDiagnostics((p) => p.uri === uri && client.published.indexOf(p) >= seen);
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { openclaw: { rules: { "legacy-codex-base-url": "hint" } } } });
      const codex = (await published).diagnostics.find((d) => d.code === "legacy-codex-base-url");
      assert.equal(codex?.severity, 4);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
