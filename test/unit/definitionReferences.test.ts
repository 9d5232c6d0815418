import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ConfigDocument } from "../../server/src/core/document";
import { createLanguageService } from "../../server/src/core/languageService";
import { collectReferences } from "../../server/src/core/openclaw/references";
import { definition } from "../../server/src/core/services/definition";
import { references } from "../../server/src/core/services/references";

const FIXTURE = path.resolve(__dirname, "../../../test/fixtures/navigation/openclaw.json");
const text = readFileSync(FIXTURE, "utf8");
const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", text);

/** The position `delta` characters into the `nth` occurrence of `needle`. */
function at(needle: string, delta = 1, nth = 0) {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not in fixture`);
  return doc.textDocument.positionAt(offset + delta);
}

/** The text a range covers. */
function textOf(range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

describe("go to definition", () => {
  it("lands on the models[] entry of a model ref in a fallback list (the issue's done-when)", () => {
    const links = definition(doc, at('"openai/gpt-5.4"', 3));
    assert.equal(links.length, 1);
    assert.equal(textOf(links[0]!.targetSelectionRange), '"gpt-5.4"');
    assert.equal(textOf(links[0]!.targetRange), '{ id: "gpt-5.4", name: "GPT-5.4" }');
    assert.equal(textOf(links[0]!.originSelectionRange!), '"openai/gpt-5.4"');
    assert.equal(links[0]!.targetUri, doc.uri);
  });

  it("matches the provider case-insensitively, and also from the cursor just after the closing quote", () => {
    const pos = at('"openai/gpt-image-2"', '"openai/gpt-image-2"'.length);
    const links = definition(doc, pos);
    assert.equal(textOf(links[0]!.targetSelectionRange), '"gpt-image-2"');
  });

  it("strips an @profile suffix before matching", () => {
    const links = definition(doc, at('"myproxy/llama-4@work"', 5));
    assert.equal(textOf(links[0]!.targetSelectionRange), '"llama-4"');
  });

  it("resolves an alias to the catalog entry that declares it, and a catalog key to the model entry", () => {
    const alias = definition(doc, at("'sonnet'", 2));
    assert.equal(textOf(alias[0]!.targetSelectionRange), '"anthropic/claude-sonnet-4-6"');
    const key = definition(doc, at('"openai/gpt-5.4": {}', 2));
    assert.equal(textOf(key[0]!.targetSelectionRange), '"gpt-5.4"');
  });

  it("goes to the catalog entry when no provider declares the model, and to the provider for a wildcard", () => {
    const links = definition(doc, at('primary: "anthropic', 12));
    assert.equal(textOf(links[0]!.targetSelectionRange), '"anthropic/claude-sonnet-4-6"');
    const wildcard = definition(doc, at('"myproxy/*"', 2));
    assert.equal(textOf(wildcard[0]!.targetSelectionRange), "myproxy");
    assert.equal(textOf(wildcard[0]!.targetRange).split("\n")[0], "myproxy: {");
  });

  it("goes from an agent reference to the agent, ignoring case", () => {
    const links = definition(doc, at('agentId: "Main"', 11));
    assert.equal(links.length, 1);
    assert.equal(textOf(links[0]!.targetSelectionRange), "main");
    assert.equal(textOf(definition(doc, at('talk: { agentId: "work"', 19))[0]!.targetSelectionRange), "work");
  });

  it("returns nothing outside references and for providers that are not configured", () => {
    assert.deepEqual(definition(doc, at("baseUrl", 2)), []);
    const other = ConfigDocument.create("file:///x/openclaw.json", '{ agents: { defaults: { model: "xai/grok-4" } } }');
    assert.deepEqual(definition(other, other.textDocument.positionAt(35)), []);
  });

  it("finds refs in legacy agents.list and resolves their ids", () => {
    const legacy = ConfigDocument.create("file:///x/openclaw.json", '{ agents: { list: [{ id: "ops", model: "a/b" }] }, bindings: [{ agentId: "ops" }] }');
    const offset = legacy.text.lastIndexOf('"ops"') + 1;
    const links = definition(legacy, legacy.textDocument.positionAt(offset));
    assert.equal(links.length, 1);
    assert.equal(legacy.text.slice(legacy.offsetAt(links[0]!.targetSelectionRange.start), legacy.offsetAt(links[0]!.targetSelectionRange.end)), '"ops"');
  });
});

describe("find references", () => {
  it("from a model entry's id: every ref to that model, with the declaration when asked", () => {
    const found = references(doc, at('"gpt-5.4"', 2), true).map((l) => `${l.range.start.line}:${textOf(l.range)}`);
    assert.deepEqual(
      found.map((f) => f.split(":").slice(1).join(":")),
      ['"gpt-5.4"', '"openai/gpt-5.4"', '"openai/gpt-5.4"', '"openai/gpt-5.4"'],
    );
    assert.equal(references(doc, at('"gpt-5.4"', 2), false).length, 3);
  });

  it("from a provider key: every ref to any of its models, wildcards included", () => {
    const found = references(doc, at("myproxy: {", 2), false).map((l) => textOf(l.range));
    assert.deepEqual(found, ['"myproxy/llama-4@work"', '"myproxy/*"', '"myproxy/llama-4"']);
  });

  it("from an agent definition or any reference to it", () => {
    const fromDef = references(doc, at("work: { model", 1), true).map((l) => textOf(l.range));
    assert.deepEqual(fromDef, ["work", '"work"', '"work"']);
    const fromRef = references(doc, at('"Main"', 1), false).map((l) => textOf(l.range));
    assert.deepEqual(fromRef, ['"Main"']);
  });

  it("from an alias: the refs by alias and by full name together", () => {
    const found = references(doc, at("'sonnet'", 2), false).map((l) => textOf(l.range));
    assert.deepEqual(found, ['"anthropic/claude-sonnet-4-6"', "'sonnet'", '"anthropic/claude-sonnet-4-6"']);
  });
});

describe("provider references", () => {
  const text2 = '{ models: { providers: { openrouter: { baseUrl: "https://openrouter.ai/api/v1", models: [] } } }, auth: { profiles: { "or:me": { provider: "OpenRouter", mode: "api_key" } }, order: { openrouter: ["or:me"] } } }';
  const d = ConfigDocument.create("file:///x/openclaw.json", text2);
  it("goes from auth.profiles.*.provider to the provider and finds it with auth.order keys", () => {
    const links = definition(d, d.textDocument.positionAt(text2.indexOf('"OpenRouter"') + 2));
    assert.equal(links.length, 1);
    assert.equal(d.text.slice(d.offsetAt(links[0]!.targetSelectionRange.start), d.offsetAt(links[0]!.targetSelectionRange.end)), "openrouter");
    const found = references(d, d.textDocument.positionAt(text2.indexOf("openrouter: {") + 1), true).map((l) => d.text.slice(d.offsetAt(l.range.start), d.offsetAt(l.range.end)));
    assert.deepEqual(found, ["openrouter", '"OpenRouter"', "openrouter"]);
  });
});

describe("reference index", () => {
  it("finds model refs in every place that takes one, and nothing in other strings", () => {
    const refs = collectReferences(doc.root).map((r) => `${r.kind}:${r.text}`);
    assert.deepEqual(refs, [
      "model:anthropic/claude-sonnet-4-6",
      "model:openai/gpt-5.4",
      "model:myproxy/llama-4@work",
      "model:sonnet",
      "model:openai/gpt-image-2",
      "model:anthropic/claude-sonnet-4-6",
      "model:openai/gpt-5.4",
      "model:myproxy/*",
      "model:openai/gpt-5.4",
      "model:myproxy/llama-4",
      "agent:work",
      "agent:Main",
      "agent:work",
    ]);
  });

  it("survives a half-typed document", () => {
    const broken = ConfigDocument.create("file:///x/openclaw.json", '{ agents: { defaults: { model: { fallbacks: ["openai/gpt-5.4", "op');
    assert.doesNotThrow(() => collectReferences(broken.root));
    assert.deepEqual(definition(broken, broken.textDocument.positionAt(broken.text.length)), []);
  });
});

describe("navigation across $include", () => {
  // An in-memory file system: the config at /cfg/openclaw.json includes agents and providers.
  const files: Record<string, string> = {
    "/cfg/agents.json5": '{\n  entries: {\n    ops: { model: "local/qwen3" },\n  },\n}\n',
    "/cfg/providers.json5": '{\n  local: {\n    baseUrl: "http://127.0.0.1:11434/v1",\n    models: [{ id: "qwen3", name: "Qwen 3" }],\n  },\n}\n',
  };
  const includes = {
    fs: {
      realpath: (p: string) => (p === "/cfg" || p === "/cfg/openclaw.json" || p in files ? p : undefined),
      readFile: (p: string) => (p in files ? { ok: true as const, text: files[p]! } : { ok: false as const, reason: "missing" as const }),
    },
  };
  const text =
    '{\n  models: { providers: { $include: "./providers.json5" } },\n  agents: { $include: "./agents.json5", defaults: { model: "local/qwen3" } },\n  bindings: [{ agentId: "ops" }],\n}\n';
  const service = createLanguageService({ includes });
  const doc = ConfigDocument.create("file:///cfg/openclaw.json", text);
  service.validate(doc);
  const pos = (needle: string, delta: number) => doc.textDocument.positionAt(text.indexOf(needle) + delta);

  it("goes from a model ref to the models[] entry in an included file, and from an agent ref to the included agent", () => {
    const [model] = service.definition(doc, pos('"local/qwen3"', 3));
    assert.equal(model!.targetUri, "file:///cfg/providers.json5");
    assert.deepEqual(model!.targetSelectionRange, { start: { line: 3, character: 19 }, end: { line: 3, character: 26 } });
    const [agent] = service.definition(doc, pos('"ops"', 2));
    assert.equal(agent!.targetUri, "file:///cfg/agents.json5");
    assert.equal(agent!.targetSelectionRange.start.line, 2);
  });

  it("lists the declaration in the included file with the references in this one", () => {
    const found = service.references(doc, pos('"ops"', 2), true);
    assert.deepEqual(
      found.map((l) => `${l.uri.split("/").pop()}:${l.range.start.line}`),
      ["agents.json5:2", "openclaw.json:3"],
    );
  });

  it("finds references written in included files too", () => {
    const found = service.references(doc, pos('"local/qwen3"', 3), true);
    assert.deepEqual(
      found.map((l) => `${l.uri.split("/").pop()}:${l.range.start.line}`).sort(),
      ["agents.json5:2", "openclaw.json:2", "providers.json5:3"],
    );
  });
});
