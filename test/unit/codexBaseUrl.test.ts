import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigDocument } from "../../server/src/core/document";
import { classifyOpenAIBaseUrl } from "../../server/src/core/openclaw/baseUrl";
import { invalidCodexBaseUrl, legacyCodexBaseUrl } from "../../server/src/core/rules/codexBaseUrl";
import { validateDocument } from "../../server/src/core/services/validation";
import { fixAllText } from "../../server/src/core/services/fixAll";
import { applyTextEdits } from "../lsp/lspClient";

const RULES = [legacyCodexBaseUrl, invalidCodexBaseUrl];

function configWith(baseUrl: string, quote = '"'): string {
  return `{\n  // my providers\n  models: {\n    providers: {\n      "openai-codex": {\n        baseUrl: ${quote}${baseUrl}${quote}, /* keep */\n        api: "openai-chatgpt-responses",\n      },\n    },\n  },\n}\n`;
}

function diagnose(text: string) {
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  return { doc, diagnostics: validateDocument(doc, RULES) };
}

describe("classifyOpenAIBaseUrl (ported from OpenClaw)", () => {
  const cases: [string, string][] = [
    ["https://chatgpt.com/backend-api", "chatgpt"],
    ["  https://CHATGPT.com.:443/backend-api/codex/  ", "chatgpt"],
    ["https://chatgpt.com/backend-api/codex/responses", "chatgpt"],
    ["http://chatgpt.com/backend-api", "invalid"],
    ["https://chatgpt.com:8443/backend-api", "invalid"],
    ["https://chatgpt.com/backend-api?x=1", "invalid"],
    ["https://chatgpt.com/backend-api#x", "invalid"],
    ["https://chatgpt.com/", "invalid"],
    ["https://chatgpt.com/backend-api/v2", "invalid"],
    ["https://chatgpt.com/backend-api/responses", "invalid"],
    ["https://api.openai.com/v1", "platform"],
    ["https://api.openai.com", "platform"],
    ["http://localhost:11434/v1", "custom"],
    ["https://proxy.example.com/backend-api", "custom"],
    ["not a url", "invalid"],
    ["", "unresolved"],
  ];
  for (const [url, kind] of cases) {
    it(`${JSON.stringify(url)} is ${kind}`, () => assert.equal(classifyOpenAIBaseUrl(url).kind, kind));
  }
});

describe("legacy-codex-base-url", () => {
  const legacy: [string, string][] = [
    ["https://chatgpt.com/backend-api", "https://chatgpt.com/backend-api/codex"],
    ["https://chatgpt.com/backend-api/", "https://chatgpt.com/backend-api/codex/"],
    ["https://chatgpt.com/backend-api/v1", "https://chatgpt.com/backend-api/codex"],
    ["https://chatgpt.com/backend-api/v1/", "https://chatgpt.com/backend-api/codex/"],
    ["https://ChatGPT.com/backend-api", "https://ChatGPT.com/backend-api/codex"],
    ["https://chatgpt.com.:443/backend-api", "https://chatgpt.com.:443/backend-api/codex"],
    [" https://chatgpt.com/backend-api ", " https://chatgpt.com/backend-api/codex "],
  ];
  for (const [url, fixed] of legacy) {
    for (const quote of ['"', "'"]) {
      it(`flags ${JSON.stringify(url)} (${quote}) and the fix gives ${fixed}`, () => {
        const text = configWith(url, quote);
        const { doc, diagnostics } = diagnose(text);
        assert.equal(diagnostics.length, 1);
        const [d] = diagnostics;
        assert.equal(d!.code, "legacy-codex-base-url");
        assert.equal(d!.severity, 2);
        assert.equal(d!.source, "openclaw");
        assert.equal(d!.data.path, "models.providers.openai-codex.baseUrl");
        const start = doc.offsetAt(d!.range.start);
        const end = doc.offsetAt(d!.range.end);
        assert.equal(text.slice(start, end), `${quote}${url}${quote}`, "the range is the string literal");
        const fix = d!.data.fixes![0]!;
        assert.ok(fix.isPreferred && fix.safe);
        assert.match(fix.title, /\/codex/);
        const after = applyTextEdits(text, fix.edits);
        assert.equal(after, configWith(fixed, quote), "only the URL changes: comments, quotes and layout are kept");
        assert.equal(diagnose(after).diagnostics.length, 0, "the fix is idempotent: nothing left to fix");
      });
    }
  }

  it("inserts /codex as a pure insertion", () => {
    const { diagnostics } = diagnose(configWith("https://chatgpt.com/backend-api"));
    const [edit] = diagnostics[0]!.data.fixes![0]!.edits;
    assert.equal(edit!.newText, "/codex");
    assert.deepEqual(edit!.range.start, edit!.range.end);
  });

  it("rewrites a literal with escapes in its own quote style", () => {
    const text = `{ models: { providers: { p: { baseUrl: 'https:\\/\\/chatgpt.com/backend-api' } } } }`;
    const { diagnostics } = diagnose(text);
    const after = applyTextEdits(text, diagnostics[0]!.data.fixes![0]!.edits);
    assert.equal(after, `{ models: { providers: { p: { baseUrl: 'https://chatgpt.com/backend-api/codex' } } } }`);
  });

  it("flags models[].baseUrl too, and points at image generation settings", () => {
    const text = `{
  models: { providers: { "openai-codex": { models: [{ id: "gpt-image-2", name: "x", baseUrl: "https://chatgpt.com/backend-api" }] } } },
  agents: { defaults: { mediaModels: { image: { primary: "openai-codex/gpt-image-2", fallbacks: ["fal/fal-ai/flux/dev"] } } } },
}`;
    const { diagnostics } = diagnose(text);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.data.path, "models.providers.openai-codex.models[0].baseUrl");
    const related = diagnostics[0]!.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.match(String(related[0]!.message), /agents\.defaults\.mediaModels\.image/);
  });

  const quiet = [
    "https://chatgpt.com/backend-api/codex",
    "https://chatgpt.com/backend-api/codex/v1",
    "https://api.openai.com/v1",
    "https://my-proxy.example.com/backend-api",
    "http://localhost:8080/backend-api",
    "${CODEX_BASE_URL}",
    "https://chatgpt.com${CODEX_PATH}",
  ];
  for (const url of quiet) {
    it(`says nothing about ${url}`, () => assert.deepEqual(diagnose(configWith(url)).diagnostics, []));
  }

  it("ignores baseUrl outside models.providers", () => {
    assert.deepEqual(diagnose(`{ tools: { web: { baseUrl: "https://chatgpt.com/backend-api" } } }`).diagnostics, []);
  });
});

describe("invalid-codex-base-url", () => {
  const invalid: [string, RegExp][] = [
    ["http://chatgpt.com/backend-api/codex", /http/],
    ["https://chatgpt.com:8443/backend-api/codex", /port 8443/],
    ["https://chatgpt.com/backend-api/codex?x=1", /query/],
    ["https://chatgpt.com/backend-api/codex#frag", /fragment/],
    ["https://chatgpt.com/backend-api/responses", /\/backend-api\/responses/],
    ["https://chatgpt.com", /path \//],
  ];
  for (const [url, why] of invalid) {
    it(`explains why ${url} is invalid`, () => {
      const { diagnostics } = diagnose(configWith(url));
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.code, "invalid-codex-base-url");
      assert.match(String(diagnostics[0]!.message), why);
      assert.equal(diagnostics[0]!.data.fixes![0]!.safe, undefined, "a guess is never applied by fix-all");
    });
  }
});

describe("fix-all", () => {
  it("fixes every legacy URL and leaves invalid ones alone", () => {
    const text = `{ models: { providers: {
  a: { baseUrl: "https://chatgpt.com/backend-api" },
  b: { baseUrl: 'https://chatgpt.com/backend-api/v1/' },
  c: { baseUrl: "http://chatgpt.com/backend-api" },
} } }`;
    const { text: after } = fixAllText(text, RULES);
    assert.ok(after.includes(`a: { baseUrl: "https://chatgpt.com/backend-api/codex" }`));
    assert.ok(after.includes(`b: { baseUrl: 'https://chatgpt.com/backend-api/codex/' }`));
    assert.ok(after.includes(`c: { baseUrl: "http://chatgpt.com/backend-api" }`));
    assert.equal(fixAllText(after, RULES).text, after);
  });
});
