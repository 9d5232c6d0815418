import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { unknownAgentId } from "../../server/src/core/rules/agentReferences";
import { customProviderIncomplete } from "../../server/src/core/rules/customProvider";
import { unknownHeartbeatTarget } from "../../server/src/core/rules/heartbeatTarget";
import { configuredModelRefs, unknownModelProvider } from "../../server/src/core/rules/modelReferences";
import type { Rule } from "../../server/src/core/rules/rule";
import { unknownChannel } from "../../server/src/core/rules/unknownChannel";
import { ALL_RULES } from "../../server/src/core/rules";
import { validateDocument } from "../../server/src/core/services/validation";
import { BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS, CHANNEL_IDS, OPENCLAW_DATA_VERSION } from "../../server/src/core/openclaw/openclawData";
import { normalizeAgentId } from "../../server/src/core/openclaw/agents";
import { applyTextEdits } from "../lsp/lspClient";

function run(rule: Rule, text: string) {
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  const diagnostics = validateDocument(doc, [rule]);
  return { doc, diagnostics, found: diagnostics.map((d) => [d.data.path, d.code]) };
}

describe("generated OpenClaw data", () => {
  it("comes from the pinned OpenClaw and holds its overlay and channel ids", () => {
    assert.equal(OPENCLAW_DATA_VERSION, "2026.9.6");
    for (const id of ["openai", "anthropic", "openrouter", "codex", "z.ai", "ollama"]) assert.ok(BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS.has(id), id);
    assert.ok(!BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS.has("openai-codex"), "openai-codex is a custom (legacy) id for OpenClaw");
    for (const id of ["telegram", "whatsapp", "discord", "slack"]) assert.ok(CHANNEL_IDS.includes(id), id);
  });
  it("every new rule is in ALL_RULES", () => {
    for (const rule of [customProviderIncomplete, unknownChannel, unknownAgentId, unknownHeartbeatTarget, unknownModelProvider]) assert.ok(ALL_RULES.includes(rule), rule.code);
  });
});

describe("custom-provider-incomplete", () => {
  it("flags a custom provider without baseUrl and models on its key, naming both", () => {
    const { diagnostics, found } = run(customProviderIncomplete, `{ models: { providers: { acme: { api: "openai-completions" } } } }`);
    assert.deepEqual(found, [["models.providers.acme", "custom-provider-incomplete"]]);
    assert.match(diagnostics[0]!.message as string, /custom provider and must declare `baseUrl` and `models`/);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Error);
  });
  it("names only what is missing, and flags an empty baseUrl on the value", () => {
    assert.match(run(customProviderIncomplete, `{ models: { providers: { acme: { baseUrl: "http://x/v1" } } } }`).diagnostics[0]!.message as string, /declare `models`/);
    assert.deepEqual(run(customProviderIncomplete, `{ models: { providers: { acme: { baseUrl: "", models: [] } } } }`).found, [["models.providers.acme.baseUrl", "custom-provider-incomplete"]]);
  });
  it("accepts built-in overlay ids in any case, and complete custom providers", () => {
    assert.deepEqual(run(customProviderIncomplete, `{ models: { providers: { OpenRouter: {}, " ollama ": { apiKey: "x" }, acme: { baseUrl: "https://a/v1", models: [] } } } }`).found, []);
  });
  it("treats openai-codex as custom, as OpenClaw does", () => {
    assert.equal(run(customProviderIncomplete, `{ models: { providers: { "openai-codex": { api: "openai-chatgpt-responses" } } } }`).found.length, 1);
  });
});

describe("unknown-channel", () => {
  it("flags an unknown channel key with a rename fix to the closest channel", () => {
    const text = `{\n  channels: {\n    telegarm: { enabled: true }, // mine\n  },\n}\n`;
    const { diagnostics, found } = run(unknownChannel, text);
    assert.deepEqual(found, [["channels.telegarm", "unknown-channel"]]);
    assert.match(diagnostics[0]!.message as string, /Did you mean "telegram"\?/);
    const fix = diagnostics[0]!.data.fixes![0]!;
    assert.equal(applyTextEdits(text, fix.edits), text.replace("telegarm", "telegram"));
  });
  it("suggests the channel an alias stands for, quoting a key that needs quotes", () => {
    const text = `{ channels: { nc: {} } }`;
    const { diagnostics } = run(unknownChannel, text);
    assert.match(diagnostics[0]!.message as string, /"nextcloud-talk"/);
    assert.equal(applyTextEdits(text, diagnostics[0]!.data.fixes![0]!.edits), `{ channels: { "nextcloud-talk": {} } }`);
  });
  it("accepts bundled channels, defaults and modelByChannel; is case-sensitive like OpenClaw", () => {
    assert.deepEqual(run(unknownChannel, `{ channels: { defaults: {}, modelByChannel: {}, telegram: {}, whatsapp: {} } }`).found, []);
    assert.equal(run(unknownChannel, `{ channels: { Telegram: {} } }`).found.length, 1);
  });
  it("is a warning for channels of official plugins installed separately", () => {
    const { diagnostics } = run(unknownChannel, `{ channels: { wecom: {} } }`);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Warning);
    assert.match(diagnostics[0]!.message as string, /wecom-openclaw-plugin/);
  });
  it("is a warning when plugins load from paths (they may add channels)", () => {
    const { diagnostics } = run(unknownChannel, `{ plugins: { load: { paths: ["./my-plugin"] } }, channels: { mychat: {} } }`);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Warning);
  });
});

describe("unknown-agent-id", () => {
  const agents = `agents: { entries: { main: {}, work: {} } }`;
  it("flags bindings, heartbeat, systemAgent and talk references to missing agents", () => {
    const text = `{ ${agents}, bindings: [{ agentId: "wrok", match: { channel: "telegram" } }, { agentId: "WORK" }, { agentId: "main" }],
      talk: { agentId: "ghost" } }`;
    const { diagnostics, found } = run(unknownAgentId, text);
    assert.deepEqual(found, [
      ["talk.agentId", "unknown-agent-id"],
      ["bindings[0].agentId", "unknown-agent-id"],
    ]);
    assert.match(diagnostics[1]!.message as string, /Did you mean "work"\?/);
    assert.equal(applyTextEdits(text, diagnostics[1]!.data.fixes![0]!.edits).includes(`agentId: "work"`), true);
  });
  it("treats an absent roster as the implicit main agent (as OpenClaw materializes it)", () => {
    assert.deepEqual(run(unknownAgentId, `{ bindings: [{ agentId: "x" }, { agentId: "main" }], agents: { defaults: { heartbeat: { agentId: "Main" } } } }`).found, [["bindings[0].agentId", "unknown-agent-id"]]);
    assert.deepEqual(run(unknownAgentId, `{ broadcast: { "120363@g.us": ["main", "alfred"] } }`).found, [["broadcast.120363@g.us[1]", "unknown-agent-id"]]);
  });
  it("compares broadcast ids exactly, in arrays and in { agents } groups; skips strategy", () => {
    const { found } = run(unknownAgentId, `{ ${agents}, broadcast: { strategy: "parallel", "telegram:1": { agents: ["work", "Work"] }, x: ["main"] } }`);
    assert.deepEqual(found, [["broadcast.telegram:1.agents[1]", "unknown-agent-id"]]);
  });
  it("normalizes ids as OpenClaw does", () => {
    assert.equal(normalizeAgentId(" Work "), "work");
    assert.equal(normalizeAgentId("My Agent!"), "my-agent");
    assert.equal(normalizeAgentId("!!!"), "main");
  });
});

describe("unknown-heartbeat-target", () => {
  it("accepts owner/last/none, channels and aliases in any case; flags others and blanks", () => {
    const text = `{ agents: { defaults: { heartbeat: { target: "telegarm" } }, entries: { a: { heartbeat: { target: "Last" } }, b: { heartbeat: { target: "gchat" } }, c: { heartbeat: { target: " " } } } } }`;
    const { found, diagnostics } = run(unknownHeartbeatTarget, text);
    assert.deepEqual(found, [
      ["agents.defaults.heartbeat.target", "unknown-heartbeat-target"],
      ["agents.entries.c.heartbeat.target", "unknown-heartbeat-target"],
    ]);
    assert.match(diagnostics[0]!.message as string, /Did you mean "telegram"\?/);
  });
});

describe("unknown-model-provider", () => {
  it("warns on provider/model refs naming a provider neither built in nor configured", () => {
    const text = `{ models: { providers: { acme: { baseUrl: "https://a/v1", models: [] } } },
      agents: { defaults: { model: { primary: "anthropic/claude-opus-4-6", fallbacks: ["acme/m@work", "opnai/gpt-5", "gpt-5"] },
        models: { "mystery/x": {} } } } }`;
    const { found, diagnostics } = run(unknownModelProvider, text);
    assert.deepEqual(found, [
      ["agents.defaults.model.fallbacks[1]", "unknown-model-provider"],
      ["agents.defaults.models.mystery/x", "unknown-model-provider"],
    ]);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Warning);
    assert.match(diagnostics[0]!.message as string, /Did you mean "openai"\?/);
  });
  it("reads the places OpenClaw collects model refs from", () => {
    const doc = ConfigDocument.create("file:///x/openclaw.json", `{ tools: { media: { image: { preferredModel: "a/b" } } }, hooks: { mappings: [{ model: "c/d" }] },
      channels: { modelByChannel: { telegram: { "123": "e/f" } } }, agents: { entries: { w: { heartbeat: { model: "g/h" } } } } }`);
    assert.deepEqual(configuredModelRefs(doc.root!).map((n) => n.value), ["a/b", "g/h", "e/f", "c/d"]);
  });
});
