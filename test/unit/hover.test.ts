import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Hover, MarkupContent } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { hover } from "../../server/src/core/services/hover";

/** Hovers `delta` characters into the `occurrence`-th match of `needle` (0-based). */
function hoverAt(text: string, needle: string, delta = 1, occurrence = 0): { result: Hover | null; doc: ConfigDocument; offset: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `needle ${JSON.stringify(needle)} #${occurrence} not in the text`);
  }
  const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", text);
  return { result: hover(doc, doc.textDocument.positionAt(offset + delta)), doc, offset };
}

function markdownAt(text: string, needle: string, delta = 1, occurrence = 0): string {
  const { result } = hoverAt(text, needle, delta, occurrence);
  assert.ok(result, `no hover at ${JSON.stringify(needle)}`);
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, "markdown");
  return contents.value;
}

/** The text the hover's range covers. */
function coveredText(text: string, needle: string, delta = 1): string {
  const { result, doc } = hoverAt(text, needle, delta);
  assert.ok(result?.range);
  return text.slice(doc.offsetAt(result.range.start), doc.offsetAt(result.range.end));
}

function providerConfig(provider: string): string {
  return `{\n  // a comment\n  models: {\n    providers: {\n${provider}\n    },\n  },\n}\n`;
}

const CODEX = providerConfig(`      'openai-codex': {
        baseUrl: 'https://chatgpt.com/backend-api', // legacy form, no /codex
        api: 'openai-chatgpt-responses',
        auth: "oauth",
        timeoutSeconds: 300,
        models: [
          { id: 'gpt-5.4', name: 'GPT-5.4', reasoning: true, contextWindow: 400000, contextTokens: 272000, maxTokens: 128000 },
          { id: 'gpt-image-2', name: 'GPT Image 2', input: ['text', 'image'], cost: { input: 5, output: 40, cacheRead: 1.25, tieredPricing: [{ range: [0, 200000], input: 1, output: 2, cacheRead: 0, cacheWrite: 0 }] } },
        ],
      },`);

describe("hover: provider fields", () => {
  it("documents a provider key with its name, dot-path, description, type, default, example and docs link", () => {
    const md = markdownAt(CODEX, "baseUrl");
    assert.match(md, /\*\*`baseUrl`\*\* · Base URL/);
    assert.match(md, /`models\.providers\.openai-codex\.baseUrl`/);
    assert.match(md, /Base URL of the provider endpoint/);
    assert.match(md, /\*\*Type:\*\* `string`/);
    assert.match(md, /\*\*Default:\*\*/);
    assert.match(md, /```json5\nbaseUrl: "https:\/\/api\.example\.com\/v1"\n```/);
    assert.match(md, /\(https:\/\/docs\.openclaw\.ai\/gateway\/config-tools\/custom-providers\)/);
  });

  it("lists the allowed values of an enum and marks the current one, on the key and on the value", () => {
    for (const needle of ["api:", "'openai-chatgpt-responses'"]) {
      const md = markdownAt(CODEX, needle);
      assert.match(md, /\*\*`"openai-chatgpt-responses"`\*\* \(current\)/);
      assert.match(md, /^- `"openai-completions"`: /m);
      assert.match(md, /^- `"azure-openai-responses"`/m);
      assert.equal(md.match(/\(current\)/g)?.length, 1);
    }
    const auth = markdownAt(CODEX, "auth:");
    assert.match(auth, /\*\*`"oauth"`\*\* \(current\)/);
    assert.match(auth, /`"aws-sdk"`/);
  });

  it("says so when the current enum value is not allowed, naming the replacement of the removed Codex api id", () => {
    const md = markdownAt(providerConfig(`      x: { baseUrl: "http://h/v1", api: "openai-codex-responses", models: [] },`), "api:");
    assert.match(md, /`"openai-codex-responses"` is a removed id: use `"openai-chatgpt-responses"`/);
    const other = markdownAt(providerConfig(`      x: { baseUrl: "http://h/v1", auth: "sk-PASTED-SECRET", models: [] },`), "auth:");
    assert.match(other, /The current value is not one of them/);
    assert.ok(!other.includes("sk-PASTED-SECRET"));
    assert.doesNotMatch(md, /\(current\)/);
  });

  it("documents models[] entries, whose descriptions OpenClaw's schema lacks, with the entry index in the path", () => {
    const id = markdownAt(CODEX, "id: 'gpt-image-2'");
    assert.match(id, /`models\.providers\.openai-codex\.models\[1\]\.id`/);
    assert.match(id, /provider-local model id/);
    assert.match(markdownAt(CODEX, "name: 'GPT-5.4'"), /Human-readable name/);
    const reasoning = markdownAt(CODEX, "reasoning");
    assert.match(reasoning, /\*\*Type:\*\* `boolean`/);
    assert.match(reasoning, /\*\*Default:\*\* `false`/);
    assert.match(markdownAt(CODEX, "contextWindow"), /native context window/);
    assert.match(markdownAt(CODEX, "contextTokens"), /cap on active input/);
    assert.match(markdownAt(CODEX, "maxTokens"), /overrides the provider-level `maxTokens`/);
    assert.match(markdownAt(CODEX, "timeoutSeconds"), /\*\*Type:\*\* `integer > 0`/);
  });

  it("marks every item of an enum array as current when hovering one item", () => {
    const md = markdownAt(CODEX, "'image']");
    assert.match(md, /`models\.providers\.openai-codex\.models\[1\]\.input`/);
    assert.match(md, /\*\*`"text"`\*\* \(current\)/);
    assert.match(md, /\*\*`"image"`\*\* \(current\)/);
    assert.match(md, /^- `"audio"`$/m);
    assert.equal(coveredText(CODEX, "'image']"), "'image'");
  });

  it("documents cost fields in USD per 1M tokens, tiered pricing and its range", () => {
    assert.match(markdownAt(CODEX, "cost:"), /USD per 1M tokens/);
    assert.match(markdownAt(CODEX, "output: 40"), /`models\.providers\.openai-codex\.models\[1\]\.cost\.output`[\s\S]*USD per 1M output tokens/);
    assert.match(markdownAt(CODEX, "cacheRead: 1.25"), /read from the prompt cache/);
    assert.match(markdownAt(CODEX, "tieredPricing"), /selected per request by its total prompt input/);
    assert.match(markdownAt(CODEX, "range:"), /half-open/);
    assert.match(markdownAt(CODEX, "200000]"), /`models\.providers\.openai-codex\.models\[1\]\.cost\.tieredPricing\[0\]\.range`/);
  });

  it("documents request, localService, agentRuntime, compat and thinkingLevelMap fields", () => {
    const text = providerConfig(`      local: {
        baseUrl: "http://127.0.0.1:8080/v1",
        agentRuntime: { id: "openclaw" },
        localService: { command: "/usr/bin/llama-server", args: ["--port", "8080"], idleStopMs: 0 },
        request: { auth: { mode: "provider-default" }, proxy: { mode: "env-proxy" }, allowPrivateNetwork: true, tls: { serverName: "m" } },
        params: { preload: false },
        models: [{ id: "m", name: "M", compat: { supportsTools: false, codeMode: "preferred", thinkingFormat: "qwen", openRouterRouting: { sort: "price" } }, thinkingLevelMap: { off: null }, mediaInput: { image: { tokenMode: "tile" } }, metadataSource: "models-add" }],
      },`);
    assert.match(markdownAt(text, "mode: \"provider-default\""), /\*\*`"provider-default"`\*\* \(current\)[\s\S]*`"authorization-bearer"`/);
    assert.match(markdownAt(text, "mode: \"env-proxy\""), /\*\*`"env-proxy"`\*\* \(current\)/);
    assert.match(markdownAt(text, "allowPrivateNetwork"), /\*\*Default:\*\* `false`/);
    assert.match(markdownAt(text, "serverName"), /`models\.providers\.local\.request\.tls\.serverName`/);
    assert.match(markdownAt(text, "command"), /Absolute path/);
    assert.match(markdownAt(text, '"--port"'), /`models\.providers\.local\.localService\.args`/);
    assert.match(markdownAt(text, "idleStopMs"), /kept alive until OpenClaw exits/);
    assert.match(markdownAt(text, '"openclaw"'), /\*\*`"openclaw"`\*\* \(current\)/);
    assert.match(markdownAt(text, "preload"), /`models\.providers\.local\.params\.preload`[\s\S]*provider-specific runtime parameter/);
    assert.match(markdownAt(text, "supportsTools"), /tool\/function calling/);
    assert.match(markdownAt(text, '"preferred"'), /\*\*`"preferred"`\*\* \(current\)/);
    assert.match(markdownAt(text, '"qwen"'), /\*\*`"qwen"`\*\* \(current\)[\s\S]*`"qwen-chat-template"`/);
    assert.match(markdownAt(text, "sort:"), /OpenRouter's provider-routing field `sort`/);
    assert.match(markdownAt(text, "off: null"), /`null` removes the level/);
    assert.match(markdownAt(text, '"tile"'), /\*\*`"tile"`\*\* \(current\)/);
    assert.match(markdownAt(text, "metadataSource"), /Not meant to be written by hand/);
  });

  it("says whether a provider id is built in, and what a custom one is missing", () => {
    const builtIn = markdownAt(providerConfig(`      OpenAI: { apiKey: "x" },`), "OpenAI");
    assert.match(builtIn, /\*\*Built-in provider\*\*/);
    assert.match(builtIn, /`models\.providers\.OpenAI`/);
    const custom = markdownAt(providerConfig(`      "my-proxy": { api: "openai-completions" },`), '"my-proxy"');
    assert.match(custom, /\*\*Custom provider\*\*/);
    assert.match(custom, /missing here: `baseUrl` and `models`/);
    const codex = markdownAt(CODEX, "'openai-codex'");
    assert.match(codex, /\*\*Custom provider\*\*[^\n]*`models`\.$/m);
    assert.match(codex, /\*\*Legacy id:\*\*/);
    assert.match(codex, /`openai-codex\/gpt-5\.4`, `openai-codex\/gpt-image-2`/);
  });
});

describe("hover: baseUrl endpoint kind", () => {
  const kindOf = (url: string, where: "provider" | "model" = "provider"): string => {
    const literal = JSON.stringify(url);
    const text =
      where === "provider"
        ? providerConfig(`      p: { baseUrl: ${literal}, models: [] },`)
        : providerConfig(`      p: { baseUrl: "http://localhost/v1", models: [{ id: "m", name: "m", baseUrl: ${literal} }] },`);
    const md = markdownAt(text, literal);
    const line = md.split("\n\n").find((section) => section.startsWith("**Endpoint:**"));
    assert.ok(line, `no endpoint line for ${url}`);
    return line;
  };

  it("recognizes the legacy ChatGPT forms, naming the canonical URL", () => {
    for (const url of ["https://chatgpt.com/backend-api", "https://chatgpt.com/backend-api/", "https://CHATGPT.com.:443/backend-api/v1", "  https://chatgpt.com/backend-api/v1/ "]) {
      const line = kindOf(url);
      assert.match(line, /ChatGPT\/Codex backend, legacy form/, url);
      assert.match(line, /HTTP 403/);
      assert.match(line, /`https:\/\/chatgpt\.com\/backend-api\/codex`/);
    }
  });

  it("recognizes the canonical ChatGPT/Codex forms, the OpenAI platform, local and custom endpoints", () => {
    assert.match(kindOf("https://chatgpt.com/backend-api/codex"), /ChatGPT\/Codex backend, canonical/);
    assert.match(kindOf("https://chatgpt.com/backend-api/codex/responses/"), /canonical/);
    assert.match(kindOf("https://api.openai.com/v1"), /OpenAI platform API/);
    assert.match(kindOf("http://localhost:1234/v1"), /Local or private-network server\*\* \(`localhost`\)/);
    assert.match(kindOf("http://192.168.1.20:8000/v1"), /Local or private-network server/);
    assert.match(kindOf("http://[::1]:11434"), /Local or private-network server/);
    assert.match(kindOf("https://openrouter.ai/api/v1"), /Custom endpoint\*\* \(`openrouter\.ai`\)/);
  });

  it("says why an endpoint is invalid", () => {
    assert.match(kindOf("http://chatgpt.com/backend-api/codex"), /\*\*Invalid\*\*: .*uses http/);
    assert.match(kindOf("https://chatgpt.com:8443/backend-api/codex"), /port 8443/);
    assert.match(kindOf("https://chatgpt.com/backend-api/responses"), /not a ChatGPT backend path/);
    assert.match(kindOf("https://chatgpt.com/backend-api/codex?x=1"), /query string/);
    assert.match(kindOf("https://api.openai.com/v2"), /not an OpenAI API path/);
    assert.match(kindOf("not a url"), /not a valid URL/);
  });

  it("handles environment substitution and empty values, and classifies a model's own baseUrl", () => {
    assert.match(kindOf("${OPENAI_BASE}/v1"), /Substituted from the environment \(`\$\{OPENAI_BASE\}`\)/);
    assert.match(kindOf(""), /Empty/);
    assert.match(kindOf("https://chatgpt.com/backend-api", "model"), /legacy form/);
  });

  it("shows the endpoint kind on the baseUrl key too", () => {
    assert.match(markdownAt(CODEX, "baseUrl"), /\*\*Endpoint:\*\* \*\*ChatGPT\/Codex backend, legacy form\*\*/);
  });
});

describe("hover: secrets never appear", () => {
  const SECRET = "sk-live-TOPSECRET-1234";
  const text = providerConfig(`      vault: {
        baseUrl: "https://user:PASSWORD-IN-URL@proxy.example.com/tenant/TOKEN-IN-PATH/v1?api_key=QUERY-SECRET",
        apiKey: "${SECRET}",
        headers: { "X-Api-Key": "${SECRET}-header", "X-Ref": { source: "env", provider: "default", id: "REF_ID" } },
        request: { auth: { mode: "authorization-bearer", token: "${SECRET}-token" }, tls: { key: "${SECRET}-tls" }, proxy: { mode: "explicit-proxy", url: "http://u:${SECRET}-proxy@p:3128" }, headers: { "X-Gw": "${SECRET}-gw" } },
        localService: { command: "/bin/srv", env: { HF_TOKEN: "${SECRET}-env" } },
        models: [{ id: "m", name: "m", headers: { Authorization: "Bearer ${SECRET}-model" } }],
      },`);

  it("hides every secret value, whether the cursor is on its key or on its value", () => {
    const needles = [
      "apiKey",
      `"${SECRET}"`,
      '"X-Api-Key"',
      `"${SECRET}-header"`,
      "token:",
      `"${SECRET}-token"`,
      `"${SECRET}-tls"`,
      `"http://u:`,
      `"${SECRET}-gw"`,
      "HF_TOKEN",
      `"${SECRET}-env"`,
      "Authorization",
      `"Bearer`,
      "baseUrl",
      '"https://user:',
    ];
    for (const needle of needles) {
      const md = markdownAt(text, needle);
      for (const leak of [SECRET, "PASSWORD-IN-URL", "TOKEN-IN-PATH", "QUERY-SECRET"]) {
        assert.ok(!md.includes(leak), `hover on ${needle} shows ${leak}:\n${md}`);
      }
    }
    assert.match(markdownAt(text, `"${SECRET}"`), /\*\*Value:\*\* \(hidden\)/);
    assert.match(markdownAt(text, `"${SECRET}-header"`), /\*\*Value:\*\* \(hidden\)/);
    // OpenClaw refuses URLs with credentials; the hover says so without echoing them.
    assert.match(markdownAt(text, '"https://user:'), /\*\*Invalid\*\*: .*user name or password/);
    const pathToken = markdownAt(providerConfig(`      p: { baseUrl: "https://gw.example.com/t/TOKEN-IN-PATH/v1?key=QUERY-SECRET", models: [] },`), "baseUrl");
    assert.match(pathToken, /Custom endpoint\*\* \(`gw\.example\.com`\)/);
    assert.ok(!pathToken.includes("TOKEN-IN-PATH") && !pathToken.includes("QUERY-SECRET"), pathToken);
  });

  it("documents the parts of a SecretRef", () => {
    assert.match(markdownAt(text, "source:"), /\*\*`"env"`\*\* \(current\)/);
    assert.match(markdownAt(text, '"REF_ID"'), /Which secret to read/);
  });
});

describe("hover: other keys, from OpenClaw's schema", () => {
  const text = `{
  $schema: "./openclaw.schema.json",
  gateway: { port: 18789, bind: "loopback", auth: { token: "GW-TOKEN-SECRET", password: "GW-PASSWORD-SECRET" } },
  logging: { level: 'info' },
  agents: { defaults: { model: { primary: "openai/gpt-5.5", fallbacks: ["anthropic/claude-opus-4-8"] } }, $include: "./agents.json5" },
  bindings: [{ agentId: "main", match: { channel: "telegram", peer: { kind: "dm", id: "1" } } }],
}`;

  it("shows title, dot-path, description, type with its range and the docs link", () => {
    const md = markdownAt(text, "port");
    assert.match(md, /^\*\*`port`\*\* · Gateway Port$/m);
    assert.match(md, /^`gateway\.port`$/m);
    assert.match(md, /TCP port used by the gateway listener/);
    assert.match(md, /\*\*Type:\*\* `integer 1–65535`/);
    assert.match(md, /\(https:\/\/docs\.openclaw\.ai\/gateway\/configuration\)/);
    assert.equal(coveredText(text, "port", 0), "port");
  });

  it("lists enum values and marks the current one, on the key and on the value", () => {
    for (const needle of ["bind", '"loopback"']) {
      const md = markdownAt(text, needle);
      assert.match(md, /\*\*`"loopback"`\*\* \(current\)/);
      assert.match(md, /^- `"tailnet"`$/m);
    }
    assert.match(markdownAt(text, "'info'"), /\*\*`"info"`\*\* \(current\)/);
  });

  it("names the replacement of a legacy enum value", () => {
    assert.match(markdownAt(text, '"dm"'), /`"dm"` is a legacy value: use `"direct"`/);
  });

  it("documents array items with the array's docs", () => {
    const md = markdownAt(text, '"anthropic/');
    assert.match(md, /`agents\.defaults\.model\.fallbacks`/);
    assert.match(md, /\*\*Type:\*\* `string\[\]`/);
  });

  it("hides secrets the schema or OpenClaw's sensitive-path rule marks", () => {
    for (const needle of ["token:", '"GW-TOKEN', "password", '"GW-PASSWORD']) {
      const md = markdownAt(text, needle);
      assert.match(md, /\*\*Value:\*\* \(hidden\)/);
      assert.ok(!md.includes("GW-TOKEN-SECRET") && !md.includes("GW-PASSWORD-SECRET"), md);
    }
  });

  it("documents $schema at the root and $include anywhere", () => {
    assert.match(markdownAt(text, "$schema"), /only extra root key/);
    const include = markdownAt(text, "$include");
    assert.match(include, /`agents\.\$include`/);
    assert.match(include, /deep-merges/);
  });

  it("uses the schema given to the factory, and works without any", () => {
    const doc = ConfigDocument.create("file:///openclaw.json", `{ gateway: { port: 1 }, models: { providers: { openai: { api: "ollama" } } } }`);
    const schema = { type: "object" as const, properties: { gateway: { type: "object" as const, properties: { port: { type: "integer" as const, title: "Custom title" } } } } };
    const custom = hover(doc, doc.textDocument.positionAt(14), { getSchema: () => schema });
    assert.match((custom!.contents as MarkupContent).value, /Custom title/);
    assert.equal(hover(doc, doc.textDocument.positionAt(14), { getSchema: () => undefined }), null);
    const provider = hover(doc, doc.textDocument.positionAt(doc.text.indexOf("api")), { getSchema: () => undefined });
    assert.match((provider!.contents as MarkupContent).value, /API adapter/);
  });
});

describe("hover: positions", () => {
  const text = `{\n  models: {\n    providers: {\n      openai: {\n        "baseUrl"  : "https://api.openai.com/v1",\n        'api': "openai-responses",\n        timeoutSeconds: 30,\n      },\n    },\n  },\n}\n`;

  it("covers the key literal from its opening quote to its closing quote, quotes included", () => {
    assert.equal(coveredText(text, '"baseUrl"', 0), '"baseUrl"');
    assert.equal(coveredText(text, '"baseUrl"', 8), '"baseUrl"');
    assert.equal(coveredText(text, "'api'", 0), "'api'");
    assert.equal(coveredText(text, "timeoutSeconds", 0), "timeoutSeconds");
  });

  it("treats the space between a key and its colon, and the colon itself, as the key", () => {
    assert.equal(coveredText(text, '"baseUrl"  :', 9), '"baseUrl"');
    assert.equal(coveredText(text, '"baseUrl"  :', 11), '"baseUrl"');
    assert.equal(coveredText(text, '"baseUrl"  : ', 12), '"baseUrl"');
  });

  it("covers the value literal, quotes included", () => {
    assert.equal(coveredText(text, '"https', 0), '"https://api.openai.com/v1"');
    assert.equal(coveredText(text, "30,", 1), "30");
  });

  it("returns nothing on comments, commas, brackets' insides and outside any provider", () => {
    const commented = `{\n  // models: { providers: { openai: {} } }\n  models: { providers: { openai: { api: "ollama" } } },\n}`;
    assert.equal(hoverAt(commented, "// models", 5).result, null);
    assert.equal(hoverAt(text, "},\n    },", 0).result, null);
    assert.equal(hoverAt(text, ",\n        'api'", 0).result, null);
    assert.equal(hoverAt(`{ gateway: { portt: 1 } }`, "portt").result, null);
    assert.equal(hover(ConfigDocument.create("file:///openclaw.json", ""), { line: 0, character: 0 }), null);
  });

  it("works on a half-typed document and on a property whose value is missing", () => {
    const halfTyped = `{ models: { providers: { openai: { api: , baseUrl: "https://chatgpt.com/backend-api`;
    assert.match(markdownAt(halfTyped, "api"), /API adapter/);
    assert.match(markdownAt(halfTyped, "baseUrl"), /legacy form/);
    const missingAtEnd = `{ models: { providers: { openai: { auth:`;
    assert.match(markdownAt(missingAtEnd, "auth"), /Auth mode/);
    assert.doesNotMatch(markdownAt(missingAtEnd, "auth"), /\(current\)/);
  });

  it("never throws at any offset of complete, truncated and broken documents", () => {
    const sources = [CODEX, text, `{ models: { providers: { "x": { models: [ { id: , cost: { input: } ] , headers: { a: } } } } }`];
    for (const source of sources) {
      for (let cut = 0; cut <= source.length; cut += 7) {
        const truncated = source.slice(0, cut);
        const doc = ConfigDocument.create("file:///openclaw.json", truncated);
        for (let offset = 0; offset <= truncated.length; offset++) {
          hover(doc, doc.textDocument.positionAt(offset));
        }
      }
    }
  });
});
