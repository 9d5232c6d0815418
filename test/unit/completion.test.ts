import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import JSON5 from "json5";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CompletionItemTag, type CompletionItem, type TextEdit } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { parseJson5 } from "../../server/src/core/json5/parser";
import { BUILT_IN_PROVIDER_IDS } from "../../server/src/core/openclaw/providerCatalog";
import { loadBundledSchema } from "../../server/src/core/schema/schema";
import { complete } from "../../server/src/core/services/completion";
import { snippetToPlainText } from "../../server/src/core/services/completionSnippets";
import { readDirectoryFromDisk } from "../../server/src/core/services/includeCompletion";
import { URI } from "vscode-uri";

const API_IDS = [
  "openai-completions",
  "openai-responses",
  "openai-chatgpt-responses",
  "anthropic-messages",
  "google-generative-ai",
  "google-vertex",
  "github-copilot",
  "bedrock-converse-stream",
  "ollama",
  "pi-messages",
  "azure-openai-responses",
];

/** Completion at the `|` of `source`. */
function completeAt(source: string): { text: string; items: CompletionItem[] } {
  const offset = source.indexOf("|");
  assert.ok(offset >= 0, "the source marks the cursor with |");
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", text);
  return { text, items: complete(doc, doc.textDocument.positionAt(offset), loadBundledSchema()).items };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function find(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `${label} is offered (got ${labels(items).slice(0, 20).join(", ")})`);
  return item;
}

/** The text of a snippet once accepted with the default of each placeholder. */
function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)(?:,(?:\\.|[^|\\])*)?\|\}/g, "$1")
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$\d+/g, "")
    .replace(/\\([\\$}])/g, "$1");
}

/** Accepts a completion item: its text edit and additional edits applied, snippet placeholders filled with defaults. */
function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  const edits: TextEdit[] = [{ range: edit.range, newText: expandSnippet(edit.newText) }, ...(item.additionalTextEdits ?? [])];
  return TextDocument.applyEdits(TextDocument.create("file:///x", "json5", 0, text), edits);
}

describe("completion: keys", () => {
  it("offers a custom provider's fields inside `models.providers.myproxy: { | }`, with their documentation", () => {
    const { text, items } = completeAt("{\n  models: {\n    providers: {\n      myproxy: { | },\n    },\n  },\n}\n");
    for (const key of ["baseUrl", "api", "apiKey", "models", "auth", "headers"]) find(items, key);
    const baseUrl = find(items, "baseUrl");
    assert.match(JSON.stringify(baseUrl.documentation), /Base URL/);
    assert.equal(accept(text, baseUrl), "{\n  models: {\n    providers: {\n      myproxy: { baseUrl: \"\" },\n    },\n  },\n}\n");
    const models = find(items, "models");
    const accepted = accept(text, models);
    assert.match(accepted, /myproxy: \{ models: \[\{ id: "", name: "" \}\] \}/, "a model entry's required fields, pre-filled");
    JSON5.parse(accepted);
  });

  it("documents a provider's model entry fields from OpenClaw's docs (the schema has no description for them)", () => {
    const { items } = completeAt("{ models: { providers: { p: { models: [{ id: 'a', name: 'A', | }] } } } }");
    assert.match(JSON.stringify(find(items, "input").documentation), /Input modalities/);
    assert.match(JSON.stringify(find(items, "contextWindow").documentation), /\*\*/);
  });

  it("leaves out keys the object already has, before and after the cursor", () => {
    const { items } = completeAt("{ models: { providers: { p: {\n  baseUrl: 'x',\n  |\n  api: 'ollama',\n} } } }");
    assert.ok(!labels(items).includes("baseUrl"));
    assert.ok(!labels(items).includes("api"));
    find(items, "apiKey");
  });

  it("completes a half-typed bare key and replaces the whole word", () => {
    const { text, items } = completeAt("{\n  gateway: {\n    po|\n  }\n}");
    const port = find(items, "port");
    assert.equal(accept(text, port), "{\n  gateway: {\n    port: 1\n  }\n}", "a number placeholder (the minimum) keeps the file valid");
  });

  it("writes keys in the document's style: quoted with its quote character when it quotes keys", () => {
    const { text, items } = completeAt("{\n  'gateway': {\n    'mode': 'local',\n    |\n  }\n}");
    assert.equal(accept(text, find(items, "bind")), "{\n  'gateway': {\n    'mode': 'local',\n    'bind': ''\n  }\n}");
  });

  it("completes a key typed inside quotes, unterminated, and keeps what follows", () => {
    const { text, items } = completeAt('{\n  "models": {\n    "providers": {\n      "myproxy": { "baseUrl": "x", "ap| }\n    }\n  }\n}');
    assert.ok(!labels(items).includes("baseUrl"));
    const accepted = accept(text, find(items, "api"));
    assert.equal(accepted, '{\n  "models": {\n    "providers": {\n      "myproxy": { "baseUrl": "x", "api": "" }\n    }\n  }\n}');
    JSON5.parse(accepted);
  });

  it("inserts only the key when a colon already follows it", () => {
    const { text, items } = completeAt("{ gateway: { mo|: 'local' } }");
    assert.equal(accept(text, find(items, "mode")), "{ gateway: { mode: 'local' } }");
  });

  it("adds the missing comma before and the needed comma after the new property", () => {
    const before = completeAt("{\n  gateway: {\n    mode: 'local'\n    |\n  }\n}");
    const acceptedBefore = accept(before.text, find(before.items, "port"));
    assert.equal(acceptedBefore, "{\n  gateway: {\n    mode: 'local',\n    port: 1\n  }\n}");
    const after = completeAt("{\n  gateway: {\n    |\n    mode: 'local'\n  }\n}");
    assert.equal(accept(after.text, find(after.items, "bind")), "{\n  gateway: {\n    bind: '',\n    mode: 'local'\n  }\n}");
  });

  it("indents an object value with the document's indentation unit", () => {
    const { text, items } = completeAt("{\n    meta: {},\n    |\n}");
    const accepted = accept(text, find(items, "gateway"));
    // The client adds the line's own indentation to the snippet's following lines (LSP adjustIndentation).
    assert.equal(accepted, "{\n    meta: {},\n    gateway: {\n    \n}\n}");
  });

  it("inserts an object on one line inside a one-line object, and pre-fills required fields", () => {
    const inline = completeAt("{ gateway: { mode: 'local', | } }");
    assert.equal(accept(inline.text, find(inline.items, "auth")), "{ gateway: { mode: 'local', auth: {  } } }");
    const profile = completeAt("{\n  auth: {\n    profiles: {\n      'openai:main': |\n    },\n  },\n}");
    const accepted = accept(profile.text, find(profile.items, "{}"));
    assert.equal(accepted, "{\n  auth: {\n    profiles: {\n      'openai:main': {\n  provider: '',\n  mode: 'api_key',\n}\n    },\n  },\n}");
  });

  it("offers built-in provider ids under `models.providers`, quoting ids that need it", () => {
    const { text, items } = completeAt("{\n  models: {\n    providers: {\n      openai: {},\n      |\n    },\n  },\n}");
    assert.ok(!labels(items).includes("openai"), "a configured provider is not offered again");
    for (const id of ["anthropic", "google", "amazon-bedrock", "openrouter"]) find(items, id);
    assert.ok(labels(items).length >= BUILT_IN_PROVIDER_IDS.size - 1);
    const accepted = accept(text, find(items, "amazon-bedrock"));
    assert.match(accepted, /\n {6}"amazon-bedrock": \{\n {2}\n\}/);
    assert.match(JSON.stringify(find(items, "anthropic").documentation), /overlays it/);
  });

  it("offers model references as keys of the model catalog `agents.defaults.models`", () => {
    const { items } = completeAt("{ agents: { defaults: { models: { 'openai/gpt-6-astra': {}, | } } } }");
    assert.ok(!labels(items).includes("openai/gpt-6-astra"));
    const item = find(items, "anthropic/claude-sonnet-5");
    assert.match((item.textEdit as TextEdit).newText, /^'anthropic\/claude-sonnet-5': \{/);
  });

  it("offers nothing inside a comment or right after a key without its colon", () => {
    assert.deepEqual(completeAt("{\n  // gate|\n}").items, []);
    assert.deepEqual(completeAt("{ gateway |}").items, []);
    assert.deepEqual(completeAt("{ gateway: { mode: 'local'| } }").items, []);
  });
});

describe("completion: values", () => {
  it("offers the eleven API ids after `api: `, and accepting writes a valid quoted value", () => {
    const { text, items } = completeAt("{\n  models: {\n    providers: {\n      myproxy: {\n        baseUrl: 'http://127.0.0.1:4000/v1',\n        api: |\n      },\n    },\n  },\n}");
    assert.deepEqual(labels(items), API_IDS);
    assert.match(JSON.stringify(find(items, "openai-completions").documentation), /Chat Completions/, "each API id is explained");
    const accepted = accept(text, find(items, "openai-completions"));
    assert.match(accepted, /api: 'openai-completions'\n/);
    assert.equal(JSON5.parse(accepted).models.providers.myproxy.api, "openai-completions");
  });

  it("completes a value typed inside quotes, closing an unterminated string", () => {
    const closed = completeAt("{ models: { providers: { p: { api: 'anth|' } } } }");
    assert.equal(accept(closed.text, find(closed.items, "anthropic-messages")), "{ models: { providers: { p: { api: 'anthropic-messages' } } } }");
    const open = completeAt("{\n  models: { providers: { p: {\n    api: \"oll|\n  } } }\n}");
    assert.equal(accept(open.text, find(open.items, "ollama")), "{\n  models: { providers: { p: {\n    api: \"ollama\"\n  } } }\n}");
  });

  it("replaces a bare word with a quoted value and adds the comma the next property needs", () => {
    const { text, items } = completeAt("{\n  gateway: {\n    mode: loc|\n    port: 18789\n  }\n}");
    assert.equal(accept(text, find(items, "local")), '{\n  gateway: {\n    mode: "local",\n    port: 18789\n  }\n}');
  });

  it("offers booleans for boolean fields and keeps `key: value` spacing after a typed colon", () => {
    const { text, items } = completeAt("{ models: { providers: { p: { models: [{ id: 'a', name: 'A', reasoning:| }] } } } }");
    assert.deepEqual(labels(items).slice(0, 2), ["true", "false"]);
    assert.equal(accept(text, find(items, "true")), "{ models: { providers: { p: { models: [{ id: 'a', name: 'A', reasoning: true }] } } } }");
  });

  it("offers model references from configured providers first, then the bundled catalog, in every model field", () => {
    const config = (field: string) =>
      `{\n  models: { providers: { myproxy: { baseUrl: 'http://x/v1', api: 'openai-completions', models: [{ id: 'llama-3', name: 'Llama 3' }] } } },\n  agents: { defaults: ${field} },\n}`;
    for (const field of [
      "{ model: { primary: | } }",
      "{ model: | }",
      "{ model: { fallbacks: [|] } }",
      "{ mediaModels: { image: { primary: | } } }",
      "{ imageModel: { fallbacks: ['openai/gpt-6-astra', |] } }",
      "{ imageGenerationModel: | }",
      "{ compaction: { model: | } }",
      "{ utilityModel: | }",
    ]) {
      const { items } = completeAt(config(field));
      assert.equal(items[0]?.label, "myproxy/llama-3", field);
      find(items, "anthropic/claude-sonnet-5");
    }
  });

  it("does not offer a model already in the same fallback list, and adds the comma before the new item", () => {
    const { text, items } = completeAt("{ agents: { defaults: { model: { fallbacks: ['openai/gpt-6-astra' |] } } } }");
    assert.ok(!labels(items).includes("openai/gpt-6-astra"));
    const accepted = accept(text, find(items, "xai/grok-4.7"));
    assert.equal(accepted, "{ agents: { defaults: { model: { fallbacks: ['openai/gpt-6-astra', 'xai/grok-4.7'] } } } }");
  });

  it("offers provider wildcards in model allowlists", () => {
    const { items } = completeAt("{\n  models: { providers: { myproxy: { baseUrl: 'http://x/v1', models: [] } } },\n  agents: { defaults: { modelPolicy: { allow: ['openai/*', |] } } },\n}");
    find(items, "myproxy/*");
    find(items, "anthropic/*");
    assert.ok(!labels(items).includes("openai/*"), "already in the list");
    assert.ok(!labels(completeAt("{ agents: { defaults: { model: { primary: | } } } }").items).includes("openai/*"), "not where one model is expected");
  });

  it("filters model references typed inside quotes by their full text", () => {
    const { text, items } = completeAt("{ agents: { defaults: { model: { primary: \"openai/|\" } } } }");
    const item = find(items, "openai/gpt-6-astra");
    assert.equal(item.filterText, "openai/gpt-6-astra");
    assert.equal(accept(text, item), '{ agents: { defaults: { model: { primary: "openai/gpt-6-astra" } } } }');
  });

  it("offers catalog aliases and marks deprecated catalog models", () => {
    const { items } = completeAt("{ agents: { defaults: { models: { 'anthropic/claude-sonnet-5': { alias: 'sonnet' } }, model: { primary: | } } } }");
    assert.equal(find(items, "sonnet").detail, "alias of anthropic/claude-sonnet-5");
    const deprecated = items.filter((i) => i.tags?.includes(CompletionItemTag.Deprecated));
    assert.ok(deprecated.length > 0, "some bundled models are deprecated");
  });

  it("offers agent ids where an agent is referenced", () => {
    const { text, items } = completeAt("{\n  agents: { entries: { main: { name: 'Main' }, ops: {} } },\n  bindings: [{ agentId: | }],\n}");
    assert.deepEqual(labels(items), ["main", "ops"]);
    assert.match(accept(text, find(items, "ops")), /agentId: 'ops'/);
  });

  it("offers provider ids (configured first) for an auth profile's provider", () => {
    const { items } = completeAt("{\n  models: { providers: { myproxy: {} } },\n  auth: { profiles: { 'myproxy:default': { provider: | } } },\n}");
    assert.equal(items[0]?.label, "myproxy");
    find(items, "anthropic");
    const order = completeAt("{\n  models: { providers: { myproxy: {} } },\n  auth: { order: { | } },\n}").items;
    assert.equal(order[0]?.label, "myproxy", "auth.order is keyed by provider id");
  });

  it("offers channel ids where a channel is named, configured channels first, and owner/last/none for a heartbeat target", () => {
    const binding = completeAt("{\n  channels: { telegram: {} },\n  bindings: [{ agentId: 'main', match: { channel: | } }],\n}").items;
    assert.equal(binding[0]?.label, "telegram");
    find(binding, "discord");
    const heartbeat = completeAt("{ agents: { defaults: { heartbeat: { target: | } } } }").items;
    assert.deepEqual(labels(heartbeat).slice(0, 3), ["owner", "last", "none"]);
    find(heartbeat, "whatsapp");
    const keys = completeAt("{ channels: { modelByChannel: { | } } }").items;
    find(keys, "slack");
  });

  it("offers variable names after `${` inside a string: env.vars first, then the provider's own API key variable", () => {
    const { text, items } = completeAt("{\n  env: { vars: { MY_PROXY_KEY: 'x' } },\n  models: { providers: { openai: { apiKey: '${OP|' } } },\n}");
    assert.deepEqual(labels(items).slice(0, 2), ["MY_PROXY_KEY", "OPENAI_API_KEY"]);
    assert.equal(accept(text, find(items, "OPENAI_API_KEY")), "{\n  env: { vars: { MY_PROXY_KEY: 'x' } },\n  models: { providers: { openai: { apiKey: '${OPENAI_API_KEY}' } } },\n}");
    const closed = completeAt("{ models: { providers: { xai: { baseUrl: 'http://x/${|}/v1' } } } }");
    assert.equal((find(closed.items, "XAI_API_KEY").textEdit as TextEdit).newText, "XAI_API_KEY", "an existing } is not doubled");
    assert.ok(!labels(completeAt("{ models: { providers: { p: { api: '$${|' } } } }").items).includes("OPENAI_API_KEY"), "$${ is a literal ${");
  });

  it("describes a key by every alternative that declares it (a SecretRef's source)", () => {
    const { text, items } = completeAt("{ models: { providers: { openai: { apiKey: { | } } } } }");
    const source = find(items, "source");
    assert.equal(source.detail, '"env" | "file" | "exec" | "store"');
    assert.equal(accept(text, source), '{ models: { providers: { openai: { apiKey: { source: "" } } } } }');
    assert.equal(source.command?.command, "editor.action.triggerSuggest");
  });

  it("offers variable names for a SecretRef that reads the environment, and web search providers", () => {
    const ref = completeAt("{ models: { providers: { anthropic: { apiKey: { source: 'env', provider: 'default', id: | } } } } }").items;
    find(ref, "ANTHROPIC_API_KEY");
    const search = completeAt("{ tools: { web: { search: { provider: | } } } }").items;
    find(search, "gemini");
    assert.match(find(search, "brave").detail ?? "", /install/);
  });

  it("offers an object skeleton in an empty document", () => {
    const { text, items } = completeAt("|");
    assert.equal(accept(text, find(items, "{}")), "{\n  \n}");
  });
});

describe("completion: robustness", () => {
  const text = readFileSync(path.resolve(__dirname, "../../../test/fixtures/official/full-reference.json5"), "utf8");

  it("accepting any key offered on a new line, in every object of the full-reference example, leaves valid JSON5", () => {
    const schema = loadBundledSchema();
    let accepted = 0;
    // A new line after each property that ends a line with a comma: the spot a person adds a key.
    let spot = 0;
    for (const match of text.matchAll(/,[ \t]*(?:\/\/[^\n]*)?\n([ \t]*)(?=[A-Za-z"'}])/g)) {
      // Every other spot (about 130 objects and nesting levels): enough variety for the unit tier.
      if (spot++ % 2 === 1) continue;
      const at = match.index! + match[0].length - match[1]!.length;
      const source = `${text.slice(0, at)}${match[1]}\n${text.slice(at)}`;
      const offset = at + match[1]!.length;
      const doc = ConfigDocument.create("file:///x/openclaw.json", source);
      const { items } = complete(doc, doc.textDocument.positionAt(offset), schema);
      // A spread of the offered keys (every type of value snippet shows up), not all of them: this runs in the unit tier.
      const offered = items.filter((i) => i.label !== "$include");
      const stride = Math.max(1, Math.floor(offered.length / 6));
      for (const item of offered.filter((_, i) => i % stride === 0)) {
        const result = accept(source, item);
        const where = `${item.label} at line ${doc.textDocument.positionAt(offset).line}: ${(item.textEdit as TextEdit).newText}`;
        // The project's parser (differentially tested against json5) for each; json5 itself for a sample, it is slow.
        assert.deepEqual(parseJson5(result).errors, [], where);
        if (accepted % 10 === 0) assert.doesNotThrow(() => JSON5.parse(result), where);
        accepted++;
      }
    }
    assert.ok(accepted > 200, `${accepted} completions accepted`);
  });

  it("answers at every 37th offset of the full-reference example and of its prefixes (typing it), with edits around the cursor", () => {
    const schema = loadBundledSchema();
    for (let offset = 0; offset <= text.length; offset += 37) {
      for (const source of [text, text.slice(0, offset)]) {
        const doc = ConfigDocument.create("file:///x/openclaw.json", source);
        const position = doc.textDocument.positionAt(offset);
        const { items } = complete(doc, position, schema);
        for (const item of items) {
          const range = (item.textEdit as TextEdit).range;
          const start = doc.offsetAt(range.start);
          const end = doc.offsetAt(range.end);
          assert.ok(start <= offset && offset <= end, `${item.label} at ${offset}: its edit covers the cursor`);
        }
      }
    }
  });
});

describe("completion: client capabilities", () => {
  it("turns snippets into plain text for clients without snippet support", () => {
    assert.equal(snippetToPlainText('api: "$1"'), 'api: ""');
    assert.equal(snippetToPlainText("reasoning: ${1|false,true|}"), "reasoning: false");
    assert.equal(snippetToPlainText("maxTokens: ${1:8192}"), "maxTokens: 8192");
    assert.equal(snippetToPlainText("\\$schema: '${1|\\,a,b|}' \\}"), "$schema: ',a' }");
    assert.equal(snippetToPlainText("{\n  $1\n}"), "{\n  \n}");
  });

  it("sends plain text and no VS Code command when the client cannot use them", () => {
    const text = "{ models: { providers: { p: { } } } }";
    const doc = ConfigDocument.create("file:///x/openclaw.json", text);
    const position = doc.textDocument.positionAt(text.indexOf("{ }") + 2);
    const rich = complete(doc, position, loadBundledSchema()).items.find((i) => i.label === "api")!;
    assert.equal(rich.command?.command, "editor.action.triggerSuggest");
    assert.equal(rich.insertTextFormat, 2);
    const plain = complete(doc, position, loadBundledSchema(), { snippets: false, suggestCommand: false }).items.find((i) => i.label === "api")!;
    assert.equal(plain.command, undefined);
    assert.equal(plain.insertTextFormat, 1);
    assert.equal((plain.textEdit as TextEdit).newText, 'api: ""');
  });
});

describe("completion: $include", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "openclaw-include-"));
  mkdirSync(path.join(dir, "clients"));
  for (const name of ["openclaw.json", "agents.json5", "notes.txt", ".secret.json", "clients/mueller.json5"]) writeFileSync(path.join(dir, name), "{}");
  const uri = URI.file(path.join(dir, "openclaw.json")).toString();
  const at = (source: string) => {
    const offset = source.indexOf("|");
    const text = source.slice(0, offset) + source.slice(offset + 1);
    const doc = ConfigDocument.create(uri, text);
    return { text, items: complete(doc, doc.textDocument.positionAt(offset), loadBundledSchema(), { readDirectory: readDirectoryFromDisk }).items };
  };
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("offers the $include key in any object, with what it does", () => {
    const { text, items } = at("{ agents: { | } }");
    const include = find(items, "$include");
    assert.match(JSON.stringify(include.documentation), /deep-merged/);
    assert.equal(accept(text, include), '{ agents: { $include: "" } }');
    assert.equal(include.command?.command, "editor.action.triggerSuggest");
  });

  it("lists JSON5 files and folders next to the config, not itself, hidden files or other files", () => {
    const { text, items } = at("{ agents: { $include: '|' } }");
    assert.deepEqual(labels(items), ["clients/", "agents.json5"]);
    assert.equal(accept(text, find(items, "agents.json5")), "{ agents: { $include: './agents.json5' } }");
    const folder = find(items, "clients/");
    assert.equal((folder.textEdit as TextEdit).newText, "./clients/$0", "the cursor stays inside the path");
    assert.equal(folder.command?.command, "editor.action.triggerSuggest");
  });

  it("continues a typed folder path, in an include list too", () => {
    const { text, items } = at('{ broadcast: { $include: ["./agents.json5", "./clients/m|"] } }');
    assert.deepEqual(labels(items), ["mueller.json5"]);
    assert.equal(accept(text, items[0]!), '{ broadcast: { $include: ["./agents.json5", "./clients/mueller.json5"] } }');
  });

  it("offers nothing OpenClaw would refuse: ~ (not expanded), files outside the config folder and OPENCLAW_INCLUDE_ROOTS", () => {
    // outer/{cfg/openclaw.json, stray.json5, other/, shared/team.json5}
    const outer = mkdtempSync(path.join(os.tmpdir(), "openclaw-include-roots-"));
    after(() => rmSync(outer, { recursive: true, force: true }));
    for (const folder of ["cfg", "other", "shared"]) mkdirSync(path.join(outer, folder));
    for (const name of ["cfg/openclaw.json", "stray.json5", "shared/team.json5"]) writeFileSync(path.join(outer, name), "{}");
    const config = URI.file(path.join(outer, "cfg", "openclaw.json")).toString();
    const itemsAt = (typed: string, includeRoots?: string[]) => {
      const text = `{ $include: "${typed}" }`;
      const doc = ConfigDocument.create(config, text);
      return labels(complete(doc, doc.textDocument.positionAt(text.length - 3), loadBundledSchema(), { readDirectory: readDirectoryFromDisk, includeRoots }).items);
    };
    assert.deepEqual(itemsAt("~/"), []);
    assert.deepEqual(itemsAt("../"), ["cfg/"], "in the parent folder, only the way back to the config's own");
    assert.deepEqual(itemsAt(`${outer}/`), ["cfg/"]);
    const roots = [path.join(outer, "shared")];
    assert.deepEqual(itemsAt("../", roots), ["cfg/", "shared/"], "only the ways into a root");
    assert.deepEqual(itemsAt("../shared/", roots), ["team.json5"]);
    assert.deepEqual(itemsAt(`${outer}/shared/`, roots), ["team.json5"]);
  });
});
