/**
 * OpenClaw 2026.9.6's legacy-config migrations (`LEGACY_CONFIG_MIGRATIONS`, 82 entries, in its order)
 * as data: which legacy keys each one rewrites, where they go, and what has no automatic fix here.
 * Sources: dist/legacy-*.mjs (the doctor's `apply` functions and `legacyRules`),
 * docs/gateway/doctor/config-migrations.md. Custom rules live in codexRoutes.ts and agentsEntries.ts.
 */
import { agentsListToEntries } from "./agentsEntries";
import { codexModelRefs, codexProviderRoutes } from "./codexRoutes";
import { retiredModelRefs } from "./retiredModels";
import {
  audioTranscription,
  crossContextSend,
  diagnosticsBooleans,
  execSecurityAskToMode,
  explicitOwnership,
  cliBackendSessionArg,
  codexSupervisor,
  hostnameAllowlist,
  providerModelRepairs,
  retiredMemoryQmd,
  webSearchProviders,
  signalEndpoint,
  webEnabled,
  toolNameMigration,
  seedAllowedOrigins,
  whatsappDebounce,
  mediaModelsConsolidation,
  modelPolicyAllowlist,
  otelGrpc,
  promptOverlays,
  routingRequireMention,
  sandboxBrowserNetworkNone,
  spawnSessions,
  splitTopLevelHeartbeat,
  tailscaleServiceName,
} from "./customRules";
import RETIRED from "./retiredPaths.json";
import type { LegacyRule, MigrationEntry } from "./types";

/** The three places agent settings live: defaults, keyed entries, and the legacy roster. */
const AGENT_SCOPES = ["agents.defaults", "agents.entries.*", "agents.list[]"] as const;
/** Per-agent scopes without the defaults. */
const AGENT_ENTRY_SCOPES = ["agents.entries.*", "agents.list[]"] as const;
/** A channel and each of its accounts. */
const CHANNEL_SCOPES = ["channels.*", "channels.*.accounts.*"] as const;

/** The same rule at several scopes (`{scope}` in path and target stands for the scope). */
function atScopes(scopes: readonly string[], rule: LegacyRule): LegacyRule[] {
  return scopes.map((scope) => {
    const out = { ...rule, path: rule.path.replace("{scope}", scope) } as LegacyRule;
    if ("to" in out && typeof out.to === "string" && out.kind === "move") {
      // Captures of the scope keep their numbers: count the scope's wildcards.
      out.to = out.to.replace("{scope}", scopeTarget(scope));
    }
    return out;
  });
}

/** A scope pattern as a target: its wildcards become $1, $2... */
function scopeTarget(scope: string): string {
  let n = 0;
  return scope
    .split(".")
    .map((segment) => (segment === "*" ? `$${++n}` : segment.endsWith("[]") ? `${segment.slice(0, -2)}.$${++n}` : segment))
    .join(".");
}

const remove = (path: string, extra: Partial<LegacyRule> = {}): LegacyRule => ({ kind: "remove", path, ...extra }) as LegacyRule;
const rename = (path: string, to: string, extra: Partial<LegacyRule> = {}): LegacyRule => ({ kind: "rename", path, to, ...extra }) as LegacyRule;
const move = (path: string, to: string, extra: Partial<LegacyRule> = {}): LegacyRule => ({ kind: "move", path, to, ...extra }) as LegacyRule;
const manual = (path: string, why: string, extra: Partial<LegacyRule> = {}): LegacyRule => ({ kind: "manual", path, why, ...extra }) as LegacyRule;
const value = (path: string, from: readonly unknown[], to: unknown, extra: Partial<LegacyRule> = {}): LegacyRule => ({ kind: "value", path, from, to, ...extra }) as LegacyRule;

/** Where TTS settings live (visitKnownTtsConfigLocations, without the channel-root blocks only some channels migrate). */
const TTS_OWNERS = ["tts", "agents.entries.*.tts", "agents.list[].tts", "channels.*.voice.tts", "channels.*.accounts.*.voice.tts", "plugins.entries.voice-call.config.tts"];

/** Retired paths whose value may still matter to the user: the removal is a quick fix only. */
const KEEP_IN_MIND: Record<string, string> = {
  "hooks.internal.installs": "Hook installs live in shared state now; doctor imports them.",
  "cron.store": "The cron store lives in shared state now; doctor imports it.",
  "tts.prefsPath": "Doctor keeps the preference file's path in shared state.",
};

/**
 * Removal rules for OpenClaw's lists of retired paths (retiredPaths.json, extracted from its dist):
 * root paths, and agent paths under every agent scope. Like doctor's deleteRetiredPath, a removal
 * also removes the objects on the path it leaves empty (not the agent scope itself).
 */
function retiredPathRules(rootPaths: string[][], agentPaths: string[][]): LegacyRule[] {
  const rules: LegacyRule[] = rootPaths.map((segments) => {
    const path = segments.join(".");
    const note = KEEP_IN_MIND[path];
    return remove(path, { prune: segments[0]!, ...(note ? { safe: false, note } : {}) });
  });
  for (const scope of AGENT_SCOPES) for (const segments of agentPaths) rules.push(remove(`${scope}.${segments.join(".")}`, { prune: `${scope}.${segments[0]}` }));
  return rules;
}

const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : "");
const isPositiveNumber = (v: unknown) => typeof v === "number" && v > 0 && Number.isFinite(v * 1000);
const isZeroDuration = (v: unknown) => v === 0 || (typeof v === "string" && /^\s*0+(\.0*)?\s*(ms|s|m|h|d|w)?\s*$/i.test(v));

export const MIGRATIONS: readonly MigrationEntry[] = [
  { id: "channels.webchat-remove", describe: "Remove retired WebChat channel config", rules: [remove("channels.webchat", { note: "WebChat is retired." })] },
  {
    id: "legacy-group-routing->channel-groups",
    describe: "Move legacy routing group chat settings to current channel group and messages config",
    rules: [
      move("routing.allowFrom", "channels.whatsapp.allowFrom", { prune: "routing", requires: "channels.whatsapp" }),
      { kind: "custom", path: "routing.groupChat.requireMention", run: routingRequireMention },
      move("routing.groupChat.historyLimit", "messages.groupChat.historyLimit", { prune: "routing" }),
      move("routing.groupChat.mentionPatterns", "messages.groupChat.mentionPatterns", { prune: "routing" }),
      move("channels.telegram.requireMention", "channels.telegram.groups.*.requireMention"),
    ],
    gap: "without a configured WhatsApp channel doctor drops routing.allowFrom, and without WhatsApp/Telegram/iMessage it drops routing.groupChat.requireMention: here those removals are quick fixes only (not applied by fix-all).",
  },
  { id: "feishu.accounts.botName->name", describe: "Move legacy Feishu account botName config to account name", rules: [rename("channels.feishu.accounts.*.botName", "name")] },
  {
    id: "thread-bindings.ttlHours->idleHours",
    describe: "Move legacy threadBindings.ttlHours keys to threadBindings.idleHours (session + channel configs)",
    rules: [
      rename("session.threadBindings.ttlHours", "idleHours"),
      ...atScopes(CHANNEL_SCOPES, rename("{scope}.threadBindings.ttlHours", "idleHours")),
      { kind: "custom", path: "session.threadBindings.spawnSubagentSessions", run: spawnSessions },
    ],
    gap: "two different old switches collapse into one (true only when both were): that fix is not applied by fix-all.",
  },
  {
    id: "qqbot.tencent-2.0-compatibility",
    describe: "Migrate bundled QQBot config to Tencent QQBot 2.0 canonical fields",
    rules: [
      manual("channels.qqbot.clientSecretFile", "Tencent QQBot 2.0 reads it as a file-backed SecretRef; run `openclaw doctor --fix`."),
      manual("channels.qqbot.streaming.nativeTransport", "replaced by channels.qqbot.streaming.mode; run `openclaw doctor --fix`."),
      manual("channels.qqbot.streaming.c2cStreamApi", "replaced by channels.qqbot.streaming.mode; run `openclaw doctor --fix`."),
    ],
    gap: "QQBot 2.0 rewrites depend on environment credentials, command operators and OpenID normalisation: reported where a key is involved, never rewritten.",
  },
  {
    id: "audio.transcription-v2",
    describe: "Move audio.transcription to tools.media.models",
    rules: [{ kind: "custom", path: "audio.transcription", run: audioTranscription }],
    gap: "commands that are not a plain executable name or path (OpenClaw's isSafeExecutableValue) are reported, not converted.",
  },
  {
    id: "messages.queue.retired-steering-modes",
    describe: "Move retired messages.queue modes to followup mode",
    rules: [
      value("messages.queue.mode", ["queue", "steer-backlog", "steer+backlog"], (v: unknown) => (v === "queue" ? "steer" : "followup")),
      value("messages.queue.byChannel.*", ["queue", "steer-backlog", "steer+backlog"], (v: unknown) => (v === "queue" ? "steer" : "followup")),
    ],
  },
  { id: "bindings.match.peer.kind.dm-to-direct", describe: "Move deprecated bindings match.peer.kind dm values to direct", rules: [value("bindings[].match.peer.kind", ["dm"], "direct")] },
  {
    id: "tools.profile-configured-sections-alsoAllow",
    describe: "Repair explicit configured-section tool grants filtered by profiles",
    rules: [],
    gap: "a tool-policy repair computed from profiles and plugin sections, not a legacy key: left to `openclaw doctor --fix`.",
  },
  {
    id: "silentReplyRewrite-removed",
    describe: "Remove legacy silent reply rewrite and direct-chat silent reply config",
    rules: [
      ...atScopes(AGENT_SCOPES, remove("{scope}.silentReplyRewrite")),
      remove("agents.defaults.silentReply.direct"),
      remove("surfaces.*.silentReplyRewrite"),
      remove("surfaces.*.silentReply.direct"),
    ],
  },
  { id: "agents.systemPromptOverride-removed", describe: "Remove legacy agent system prompt override config", rules: atScopes(AGENT_SCOPES, remove("{scope}.systemPromptOverride", { safe: false, note: "OpenClaw owns the generated system prompt." })) },
  { id: "agents.defaults.llm->models.providers.timeoutSeconds", describe: "Remove legacy agents.defaults.llm timeout config", rules: [remove("agents.defaults.llm", { note: "Use models.providers.<id>.timeoutSeconds for slow providers." })] },
  {
    id: "agents.model.timeoutMs-ignored",
    describe: "Remove ignored timeoutMs keys from agent model selection config",
    rules: [...atScopes(AGENT_SCOPES, remove("{scope}.model.timeoutMs")), ...atScopes(AGENT_SCOPES, remove("{scope}.subagents.model.timeoutMs"))],
  },
  { id: "agents.embeddedPi->embeddedAgent", describe: "Move legacy embedded agent config key to embeddedAgent", rules: atScopes(AGENT_SCOPES, rename("{scope}.embeddedPi", "embeddedAgent")) },
  {
    id: "agents.agentRuntime-ignored",
    describe: "Remove ignored agent-wide runtime policy",
    rules: [...atScopes(AGENT_SCOPES, remove("{scope}.agentRuntime", { note: "Set models.providers.<provider>.agentRuntime or a model-scoped agentRuntime instead." })), ...atScopes(AGENT_SCOPES, remove("{scope}.embeddedHarness"))],
    gap: "doctor also turns a Codex agent-wide runtime into model-scoped runtime policies; the fix here only removes the ignored key.",
  },
  {
    id: "agents.sandbox.perSession->scope",
    describe: "Move legacy agent sandbox perSession aliases to sandbox.scope",
    rules: atScopes(AGENT_SCOPES, rename("{scope}.sandbox.perSession", "scope", { when: (v) => typeof v === "boolean", map: (v) => (v ? "session" : "shared") })),
  },
  {
    id: "agents.sandbox.browser.network-none",
    describe: "Disable sandbox browser sidecars that use unsupported network mode none",
    rules: [{ kind: "custom", path: "agents.defaults.sandbox.browser.network", run: sandboxBrowserNetworkNone }],
    gap: "the fix disables a browser sidecar (a behaviour change), so fix-all does not apply it; agents inheriting network \"none\" from the defaults are left to doctor.",
  },
  {
    id: "memorySearch->memory.search",
    describe: "Move memory search config to its canonical memory owner",
    rules: [
      move("memorySearch", "memory.search", { merge: true }),
      move("agents.defaults.memorySearch", "memory.search", { merge: true }),
      ...atScopes(AGENT_ENTRY_SCOPES, move("{scope}.memorySearch", "{scope}.memory.search", { merge: true })),
    ],
  },
  {
    id: "memorySearch.flat-fields->nested-fields",
    describe: "Move legacy flat memory search fields to canonical nested fields",
    rules: [
      ...["memory.search", ...AGENT_ENTRY_SCOPES.map((s) => `${s}.memory.search`), ...AGENT_ENTRY_SCOPES.map((s) => `${s}.memorySearch`)].flatMap((owner) => [
        // OpenClaw 2026.9.6 has no chunking settings any more: doctor's move lands them nowhere the schema keeps.
        remove(`${owner}.chunkSize`, { note: "Chunking is built in now." }),
        remove(`${owner}.chunkOverlap`, { note: "Chunking is built in now." }),
        move(`${owner}.maxResults`, `${scopeTarget(owner)}.query.maxResults`),
      ]),
    ],
  },
  {
    id: "memorySearch.provider-auto->openai",
    describe: 'Rewrite legacy memorySearch provider "auto" to "openai"',
    rules: [value("memory.search.provider", ["auto"], "openai", { severity: "warning" }), ...atScopes(AGENT_ENTRY_SCOPES, value("{scope}.memory.search.provider", ["auto"], "openai", { severity: "warning" }))],
  },
  {
    id: "memorySearch.store.path->agent-database",
    describe: "Remove legacy memory search sidecar index paths",
    rules: [remove("memory.search.store.path", { note: "Memory indexes now live in each agent database." }), ...atScopes(AGENT_ENTRY_SCOPES, remove("{scope}.memory.search.store.path"))],
  },
  {
    id: "session.typingMode->agents.defaults.typingMode",
    describe: "Move session typing mode to agent defaults",
    // The session value was the effective one: it replaces a shadowed agents.defaults.typingMode.
    rules: [move("session.typingMode", "agents.defaults.typingMode", { legacyWins: true })],
  },
  {
    id: "heartbeat->agents.defaults.heartbeat",
    describe: "Move top-level heartbeat to agents.defaults.heartbeat/channels.defaults.heartbeat",
    rules: [
      { kind: "custom", path: "heartbeat", run: splitTopLevelHeartbeat },
      // Channel-level visibility blocks were renamed too (doctor's channel compatibility pass).
      ...["channels.*", "channels.*.accounts.*"].map((scope) => rename(`${scope}.heartbeat`, "heartbeatVisibility")),
    ],
  },
  {
    id: "agents.defaults.cliBackends-plugin-registration",
    describe: "Remove CLI backend adapter config now owned by plugins",
    rules: [remove("agents.defaults.cliBackends", { safe: false, note: "CLI backend adapters register through plugins now (https://docs.openclaw.ai/plugins/cli-backend-plugins)." })],
  },
  {
    id: "tools.codeMode.javascript-only",
    describe: "Remove the retired Code Mode language setting",
    rules: [remove("tools.codeMode.languages", { note: "Code Mode runs JavaScript only." }), ...atScopes(AGENT_ENTRY_SCOPES, remove("{scope}.tools.codeMode.languages"))],
  },
  {
    id: "tools.codeMode.executor",
    describe: "Move the explicit Code Mode runtime to its executor setting",
    rules: [
      rename("tools.codeMode.runtime", "executor", { when: (v) => v === "quickjs-wasi", map: () => "quickjs" }),
      ...atScopes(AGENT_ENTRY_SCOPES, rename("{scope}.tools.codeMode.runtime", "executor", { when: (v) => v === "quickjs-wasi", map: () => "quickjs" })),
    ],
  },
  { id: "cron.webhook-remove", describe: "Remove retired global cron webhook fallback", rules: [remove("cron.webhook", { note: "Delivery is configured per job." })] },
  { id: "cron.runLog-remove", describe: "Remove retired cron run-log retention config", rules: [remove("cron.runLog", { note: "Run history has fixed per-job retention." })] },
  {
    id: "diagnostics.otel.grpc-protocol",
    describe: "Remove unsupported diagnostics.otel.protocol grpc configs",
    rules: [{ kind: "custom", path: "diagnostics.otel.protocol", run: otelGrpc }],
  },
  { id: "gateway.control-ui-tool-titles-remove", describe: "Remove the retired Control UI tool-title preference", rules: [remove("gateway.controlUi.toolTitles")] },
  {
    id: "gateway.tailscale.service-name-remove",
    describe: "Disable managed ingress and remove the retired Tailscale Service name",
    rules: [{ kind: "custom", path: "gateway.tailscale.serviceName", run: tailscaleServiceName }],
    gap: 'with gateway.tailscale.mode "serve" the fix also switches Serve off (as doctor does), so fix-all leaves it to you.',
  },
  { id: "gateway.tailscale.reset-on-exit-remove", describe: "Remove the retired Tailscale route-cleanup preference", rules: [remove("gateway.tailscale.resetOnExit")] },
  { id: "gateway.control-ui-device-auth-bypass->pairing-migration", describe: "Remove the retired Control UI device-auth bypass", rules: [remove("gateway.controlUi.dangerouslyDisableDeviceAuth")] },
  { id: "gateway.webchat-remove", describe: "Remove retired WebChat gateway config", rules: [remove("gateway.webchat")] },
  {
    id: "gateway.port-oob-repair",
    describe: "Remove out-of-range gateway.port to avoid post-schema-tightening startup failures",
    rules: [remove("gateway.port", { when: (v) => typeof v === "number" && (!Number.isInteger(v) || v < 1 || v > 65535), note: "It is outside 1-65535; the default port applies." })],
  },
  {
    id: "gateway.controlUi.allowedOrigins-seed-for-non-loopback",
    describe: "Seed gateway.controlUi.allowedOrigins for existing non-loopback gateway installs",
    since: "2026.2.26",
    rules: [{ kind: "custom", path: "gateway.bind", run: seedAllowedOrigins }],
  },
  {
    id: "gateway.bind.host-alias->bind-mode",
    describe: "Normalize gateway.bind host aliases to supported bind modes",
    rules: [
      value("gateway.bind", ["0.0.0.0", "::", "[::]", "*"], "lan"),
      value("gateway.bind", ["127.0.0.1", "localhost", "::1", "[::1]"], "loopback"),
    ],
  },
  {
    id: "mcp.servers.canonicalize",
    describe: "Normalize legacy MCP server config",
    rules: [
      ...["mcp.servers.*", "nodeHost.mcp.servers.*"].map((scope) => ({ kind: "invert", path: `${scope}.disabled`, to: "enabled" }) as LegacyRule),
      rename("mcp.servers.*.type", "transport", { when: (v) => ["http", "streamable-http", "sse"].includes(lower(v)), map: (v) => (lower(v) === "sse" ? "sse" : "streamable-http") }),
      remove("mcp.servers.*.type", { when: (v) => lower(v) === "stdio", note: "stdio is implied by command." }),
      ...["mcp.servers.*", "nodeHost.mcp.servers.*"].flatMap((scope) => [
        // The old aliases were seconds; the new keys are milliseconds.
        rename(`${scope}.connectTimeout`, "connectionTimeoutMs", { when: isPositiveNumber, map: (v) => (v as number) * 1000 }),
        rename(`${scope}.connect_timeout`, "connectionTimeoutMs", { when: isPositiveNumber, map: (v) => (v as number) * 1000 }),
        rename(`${scope}.timeout`, "requestTimeoutMs", { when: isPositiveNumber, map: (v) => (v as number) * 1000 }),
        rename(`${scope}.workingDirectory`, "cwd"),
        rename(`${scope}.supports_parallel_tool_calls`, "supportsParallelToolCalls"),
        rename(`${scope}.ssl_verify`, "sslVerify"),
        rename(`${scope}.client_cert`, "clientCert"),
        rename(`${scope}.client_key`, "clientKey"),
        rename(`${scope}.codex.default_tools_approval_mode`, "defaultToolsApprovalMode"),
      ]),
    ],
    gap: "timeout aliases that are not positive numbers are dropped by doctor; here they are reported by the schema.",
  },
  { id: "defaultModel->agents.defaults.model", describe: "Move the retired root default model to agent defaults", rules: [move("defaultModel", "agents.defaults.model")] },
  {
    id: "runtime.utility-model-separation",
    describe: "Preserve the legacy implicit primary before separating utility models",
    rules: [],
    gap: "records the previously implicit primary model (a catalog decision, not a legacy key): left to `openclaw doctor --fix`.",
  },
  { id: "models.pricing-retired", describe: "Remove the retired client-side model pricing bootstrap toggle", rules: [remove("models.pricing", { note: "Pricing ships with the hosted catalog." })] },
  {
    id: "models.providers.*.models.*.compat->provider-catalog",
    describe: "Move known-model compatibility capability ownership into provider catalogs",
    rules: [remove("models.providers.*.models[].compat.nativeWebSearchTool"), remove("models.providers.*.models[].compat.requiresMistralToolIds")],
    gap: "capability flags that the bundled catalog now owns for known models are removed by doctor only for catalog models; reported for the retired flags only.",
  },
  {
    id: "models.providers.codex-routes->models.providers.openai",
    describe: "Move legacy Codex-route provider config to canonical OpenAI provider config",
    rules: [{ kind: "custom", path: "models.providers.openai-codex", run: codexProviderRoutes, severity: "warning", code: "legacy-codex-route" }],
    gap: "merging a legacy Codex provider into an existing models.providers.openai: only when OpenClaw's own merge has no collisions and no provider-level defaults (else reported with the reason).",
  },
  {
    id: "models.canonical-model-refs",
    describe: "Canonicalize retired and noncanonical model refs",
    rules: [
      { kind: "custom", path: "agents.defaults.model", run: codexModelRefs, severity: "warning", code: "legacy-codex-route" },
      { kind: "custom", path: "agents.defaults.model.primary", run: retiredModelRefs, severity: "warning", code: "legacy-value" },
    ],
    gap: "Google and Together model names that doctor normalizes through the runtime's catalog helpers, and provider/model pairs written as { provider, model } objects, are left to doctor.",
  },
  {
    id: "agents.defaults.models->agents.defaults.modelPolicy.allow",
    describe: "Make the legacy model override restriction explicit",
    rules: [{ kind: "custom", path: "agents.defaults.models", run: modelPolicyAllowlist, severity: "warning" }],
    gap: "keys that are neither provider/model refs nor aliases leave the restriction as it is (reported, as doctor reports them).",
  },
  {
    id: "agents.defaults.models.vllm.params.qwenThinkingFormat->models.providers.vllm.models.compat.thinkingFormat",
    describe: "Move legacy vLLM Qwen thinking params to model compat metadata",
    rules: [manual("models.providers.vllm.params.qwenThinkingFormat", "move it to models.providers.vllm.models[].compat.thinkingFormat of each model.")],
    gap: "fans a provider-level value out to every model entry: reported, not rewritten.",
  },
  {
    id: "models.providers.*.models.*.compat.thinkingFormat-invalid",
    describe: "Remove unrecognized compat.thinkingFormat values from provider model entries",
    rules: [{ kind: "custom", path: "models.providers.*.models[].compat.thinkingFormat", run: providerModelRepairs("thinkingFormat") }],
  },
  {
    id: "models.providers.*.models.*.contextWindow-stale",
    describe: "Repair stale contextWindow values to match catalog defaults",
    rules: [{ kind: "custom", path: "models.providers.*.models[].contextWindow", run: providerModelRepairs("contextWindow") }],
  },
  {
    id: "plugins.codex-supervisor->plugins.codex.config.supervision",
    describe: "Move retired Codex Supervisor config into the Codex plugin",
    rules: [{ kind: "custom", path: "plugins.entries.codex-supervisor", run: codexSupervisor, severity: "warning" }],
    gap: "supervisor settings other than endpoints, allowRawTranscripts and allowWriteControls are dropped by doctor: that fix is then not applied by fix-all.",
  },
  {
    id: "plugins.openai-codex->plugins.openai",
    describe: "Rewrite retired OpenAI Codex plugin policy ids",
    rules: [value("plugins.allow[]", ["openai-codex"], "openai", { severity: "warning" }), value("plugins.deny[]", ["openai-codex"], "openai", { severity: "warning" }), move("plugins.entries.openai-codex", "plugins.entries.openai", { merge: true, severity: "warning" })],
  },
  {
    id: "tools.web.x_search.apiKey->plugins.entries.xai.config.webSearch.apiKey",
    describe: "Move legacy x_search auth and repair retired xAI model defaults",
    rules: [
      move("tools.web.x_search.apiKey", "plugins.entries.xai.config.webSearch.apiKey", {
        prune: "tools.web.x_search",
        // Doctor enables the xAI plugin that now owns the key.
        after: (s) => s.node(["plugins", "entries", "xai", "enabled"]) !== undefined || s.insert(["plugins", "entries", "xai"], "enabled", "true"),
      }),
    ],
    gap: "retired xAI model names in tools.web.x_search.model are upgraded by doctor from its catalog.",
  },
  { id: "tts.top-level-owner", describe: "Move messages.tts to top-level tts", rules: [move("messages.tts", "tts", { merge: true })] },
  {
    id: "tts.providers-generic-shape",
    describe: "Move legacy bundled TTS config keys into tts.providers",
    rules: [
      ...(["tts", "plugins.entries.voice-call.config.tts"] as const).flatMap((owner) => {
        // The voice-call plugin's own schema still accepts the old shape: a warning there.
        const extra: Partial<LegacyRule> = owner === "tts" ? {} : { severity: "warning" };
        return [
          move(`${owner}.openai`, `${owner}.providers.openai`, { merge: true, ...extra }),
          move(`${owner}.elevenlabs`, `${owner}.providers.elevenlabs`, { merge: true, ...extra }),
          move(`${owner}.microsoft`, `${owner}.providers.microsoft`, { merge: true, ...extra }),
          move(`${owner}.edge`, `${owner}.providers.microsoft`, { merge: true, ...extra }),
          move(`${owner}.providers.edge`, `${owner}.providers.microsoft`, { merge: true, severity: "warning" }),
          value(`${owner}.provider`, ["edge"], "microsoft", extra),
        ];
      }),
    ],
  },
  {
    id: "tts.speaker-selection-keys",
    describe: "Move TTS speaker selection keys to speakerVoice/speakerVoiceId",
    // Provider blocks are plugin-owned, and their schemas still accept the old keys: warnings.
    rules: TTS_OWNERS.flatMap((owner) =>
      [`${owner}.providers.*`, `${owner}.personas.*.providers.*`].flatMap((scope) => [
        rename(`${scope}.voice`, "speakerVoice", { severity: "warning" }),
        rename(`${scope}.voiceName`, "speakerVoice", { severity: "warning" }),
        rename(`${scope}.voiceId`, "speakerVoiceId", { severity: "warning" }),
      ]),
    ),
    gap: "channel-root tts blocks (channels.<id>.tts, which doctor migrates only for some channels) are left to doctor.",
  },
  {
    id: "tts.enabled-auto-mode",
    describe: "Move legacy TTS enabled toggles to auto mode",
    rules: TTS_OWNERS.map((owner) => rename(`${owner}.enabled`, "auto", { when: (v) => typeof v === "boolean", map: (v) => (v ? "always" : "off"), severity: "warning" })),
    gap: "channel-root tts blocks (channels.<id>.tts, which doctor migrates only for some channels) are left to doctor.",
  },
  {
    id: "runtime.memory-qmd-retired",
    describe: "Remove retired QMD memory configuration",
    since: "2026.8.1",
    rules: [
      remove("memory.backend", { note: "Builtin memory is the only memory engine." }),
      { kind: "custom", path: "memory.qmd", run: retiredMemoryQmd },
    ],
    gap: "per-agent memory.search.qmd blocks (migrated into each agent's extraPaths by doctor) are left to doctor.",
  },
  { id: "runtime.automatic-local-model-lean", describe: "Remove onboarding-owned local model lean settings", rules: [remove("wizard.localModelLeanAutoModel")] },
  { id: "runtime.messages-suppress-tool-errors", describe: "Remove retired tool failure warning suppression", rules: [remove("messages.suppressToolErrors")] },
  {
    id: "runtime.retired-internal-hook-handlers",
    describe: "Remove retired internal hook handler registrations",
    rules: [remove("hooks.internal.handlers", { safe: false, note: "Move each module to a managed or workspace hook directory (HOOK.md + handler file) first." })],
  },
  {
    id: "runtime.doctor-tier-eval-tranche",
    describe: "Consolidate approved tier-eval configuration surfaces",
    rules: [
      ...retiredPathRules(RETIRED.tierEvalRoot, RETIRED.tierEvalAgent),
      { kind: "custom", path: "tools.exec.security", run: execSecurityAskToMode },
      { kind: "custom", path: "web.enabled", run: webEnabled },
      { kind: "custom", path: "agents.defaults.cliBackends.*.sessionArg", run: cliBackendSessionArg },
      { kind: "custom", path: "channels.signal.httpHost", run: signalEndpoint },
      ...CHANNEL_SCOPES.map((sc) => sc.replace("channels.*", "channels.googlechat")).map((scope) => rename(`${scope}.serviceAccountRef`, "serviceAccount", { legacyWins: true, note: "The SecretRef takes precedence, as before." })),
      remove("discovery.wideArea.enabled", { note: "A configured domain enables wide-area discovery." }),
      ...AGENT_SCOPES.flatMap((scope) => [
        remove(`${scope}.compaction.customInstructions`),
        remove(`${scope}.compaction.identifierInstructions`),
        remove(`${scope}.compaction.memoryFlush.prompt`),
        remove(`${scope}.compaction.memoryFlush.systemPrompt`),
        value(`${scope}.compaction.identifierPolicy`, ["custom"], "strict"),
      ]),
      remove("secrets.providers.*.allowInsecurePath"),
      remove("secrets.providers.*.allowSymlinkCommand"),
      remove("security.installPolicy.exec.allowInsecurePath"),
      remove("security.installPolicy.exec.allowSymlinkCommand"),
    ],
    gap: "the messages.responsePrefix fan-out to configured channels, TTS persona prompts and a disabled discovery.wideArea domain: left to doctor.",
  },
  {
    id: "runtime.final-layout-polish",
    describe: "Normalize final configuration layout names",
    rules: [
      rename("agents.defaults.pdfMaxBytesMb", "pdfMaxMb"),
      move("agents.defaults.imageGenerationModel", "agents.defaults.mediaModels.image"),
      move("agents.defaults.videoGenerationModel", "agents.defaults.mediaModels.video"),
      move("agents.defaults.musicGenerationModel", "agents.defaults.mediaModels.music"),
      rename("tools.exec.timeoutSec", "timeoutSeconds"),
      ...atScopes(AGENT_SCOPES, rename("{scope}.tools.exec.timeoutSec", "timeoutSeconds")),
      ...atScopes(AGENT_SCOPES, rename("{scope}.sandbox.browser.enableNoVnc", "noVncEnabled")),
      { kind: "custom", path: "env.*", run: (ctx) => envToVars(ctx) },
      move("media", "attachments", { merge: true }),
      move("audit", "logging.audit", { merge: true }),
      move("gateway.nodes.skills.enabled", "gateway.nodes.allowSkills", { prune: "gateway.nodes.skills" }),
      move("gateway.nodes.allowCommands", "gateway.nodes.commands.allow"),
      move("gateway.nodes.denyCommands", "gateway.nodes.commands.deny"),
      ...atScopes(CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.slack")), rename("{scope}.identity", "postAs")),
      { kind: "custom", path: "browser.ssrfPolicy.hostnameAllowlist", run: hostnameAllowlist },
    ],
  },
  {
    id: "runtime.final-layout-kills",
    describe: "Remove final layout tuning knobs",
    rules: [
      { kind: "custom", path: "agents.defaults.promptOverlays", run: promptOverlays },
      { kind: "custom", path: "diagnostics.otel.captureContent", run: diagnosticsBooleans },
      ...["envelopeTimestamp", "envelopeElapsed", "envelopeTimezone", "timeFormat", "bootstrapPromptTruncationWarning", "mediaGenerationAutoProviderFallback"].map((k) => remove(`agents.defaults.${k}`)),
      remove("attachments.preserveFilenames"),
      remove("browser.color"),
      remove("browser.profiles.*.color"),
      ...CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.discord")).flatMap((scope) => [
        remove(`${scope}.autoPresence.healthyText`),
        remove(`${scope}.autoPresence.degradedText`),
        remove(`${scope}.autoPresence.exhaustedText`),
      ]),
      ...CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.discord")).map((scope) => remove(`${scope}.ui.components.accentColor`, { prune: `${scope}.ui` })),
      ...CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.slack")).flatMap((scope) =>
        ["clientPingTimeout", "serverPingTimeout", "pingPongLoggingEnabled"].map((k) => remove(`${scope}.socketMode.${k}`, { prune: `${scope}.socketMode` })),
      ),
      remove("messages.statusReactions.emojis"),
      remove("messages.removeAckAfterReply"),
      ...atScopes(CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.whatsapp")), rename("{scope}.messagePrefix", "responsePrefix")),
      ...CHANNEL_SCOPES.map((s) => s.replace("channels.*", "channels.imessage")).map((scope) => remove(`${scope}.coalesceSameSenderDms`)),
      remove("commands.ownerDisplay"),
      remove("commands.ownerDisplaySecret"),
      move("cron.failureDestination", "cron.failureAlert", { merge: true }),
      value("gateway.reload.mode", ["restart", "hot"], "hybrid"),
      value("logging.consoleStyle", ["compact"], "pretty"),
      remove("gateway.controlUi.chatMessageMaxWidth"),
    ],
  },
  {
    id: "runtime.media-models-consolidation",
    describe: "Consolidate per-capability media model configuration",
    rules: [{ kind: "custom", path: "tools.media.image.models", run: mediaModelsConsolidation }],
    gap: "Deepgram options inside media model entries (moved to providerOptions.deepgram by doctor) are left to doctor.",
  },
  {
    id: "runtime.config-tranche",
    describe: "Migrate retired config-tranche options",
    rules: [
      ...["chatMessageMaxWidth", "textScale", "sidebarLiveActivity", "showAdvancedSettings"].map((k) => remove(`ui.prefs.${k}`, { prune: "ui", note: "It is a browser-local preference now." })),
      remove("skills.load.watchDebounceMs", { prune: "skills", note: "The watcher uses a 250 ms debounce." }),
      ...AGENT_SCOPES.flatMap((scope) => ["memoryGetDefaultLines", "toolResultMaxChars"].map((k) => remove(`${scope}.contextLimits.${k}`, { prune: `${scope}.contextLimits` }))),
      ...AGENT_ENTRY_SCOPES.map((scope) => remove(`${scope}.typingIntervalSeconds`, { note: "agents.defaults.typingIntervalSeconds applies to every agent." })),
      { kind: "custom", path: "channels.whatsapp.debounceMs", run: whatsappDebounce },
    ],
    gap: "WhatsApp debounce values on several accounts collapse into one value: reported, not rewritten.",
  },
  {
    id: "runtime.tuning-knobs-purge",
    describe: "Remove retired runtime tuning knobs",
    since: "2026.7",
    rules: retiredPathRules(RETIRED.tuningRoot, RETIRED.tuningAgent),
  },
  { id: "runtime.ui-assistant-identity", describe: "Remove the retired UI assistant identity override", rules: [remove("ui.assistant", { safe: false, note: "Use agents.entries.<id>.identity instead." })] },
  {
    id: "runtime.retired-config-keys",
    describe: "Migrate retired root and tool config keys",
    rules: [
      remove("tui"),
      remove("commands.modelsWrite"),
      move("messages.messagePrefix", "channels.whatsapp.responsePrefix"),
      remove("tools.media.asyncCompletion"),
      { kind: "custom", path: "tools.message.allowCrossContextSend", run: crossContextSend },
      move("tools.experimental.planTool", "tools.updatePlan", { prune: "tools.experimental" }),
      rename("talk.realtime.voice", "speakerVoice"),
      ...CHANNEL_SCOPES.map((sc) => sc.replace("channels.*", "channels.discord")).map((scope) => rename(`${scope}.voice.realtime.voice`, "speakerVoice")),
      remove("agents.defaults.compaction.truncateAfterCompaction", { when: () => true }),
    ],
    gap: "per-agent allowCrossContextSend under a global true (each agent's flags then derive from both levels) and Deepgram options (providerOptions.deepgram with snake_case keys): reported or left to doctor.",
  },
  {
    id: "runtime.secrets-egress-proxy-hosts",
    describe: "Drop unusable secret egress proxy host entries",
    rules: [],
    gap: "filters invalid hostnames out of a list (a value check, not a key migration): left to `openclaw doctor --fix`.",
  },
  {
    id: "session.canonical-aliases",
    describe: "Move session aliases to canonical keys",
    rules: [rename("session.maintenance.pruneDays", "pruneAfter"), rename("session.resetByType.dm", "direct"), move("session.idleMinutes", "session.reset.idleMinutes", { after: (s) => s.node(["session", "reset", "mode"]) !== undefined || s.insert(["session", "reset"], "mode", formatValue("idle", detectStyle(s.doc), "")) })],
  },
  { id: "session.maintenance.rotateBytes", describe: "Remove deprecated session.maintenance.rotateBytes", rules: [remove("session.maintenance.rotateBytes")] },
  { id: "session.parentForkMaxTokens", describe: "Remove legacy session.parentForkMaxTokens", rules: [remove("session.parentForkMaxTokens", { note: "Parent fork sizing is automatic." })] },
  {
    id: "session.maintenance.zero-duration-retention",
    describe: "Remove zero-duration session maintenance values so documented defaults apply",
    rules: [
      remove("session.maintenance.pruneAfter", { when: isZeroDuration, note: "A zero duration deletes eligible session entries immediately; without it the documented 30d default applies." }),
      remove("session.maintenance.resetArchiveRetention", { when: isZeroDuration, note: "A zero duration deletes every reset transcript archive immediately." }),
    ],
  },
  {
    id: "skills.workshop.autonomous.enabled->mode",
    describe: "Migrate Skill Workshop autonomy to its three-position mode.",
    rules: [rename("skills.workshop.autonomous.enabled", "mode", { map: (v) => (v === false ? "off" : "propose") })],
  },
  { id: "skills.workshop.allowSymlinkTargetWrites-retired", describe: "Remove the retired Skill Workshop symlink write option.", rules: [remove("skills.workshop.allowSymlinkTargetWrites")] },
  {
    id: "tools.suggest-task-name",
    describe: "Migrate the task-suggestion tool in persisted tool policies",
    rules: [{ kind: "custom", path: "tools.allow", run: toolNameMigration("spawn_task", "suggest_task"), code: "legacy-value" }],
    gap: "tool-name aliases OpenClaw resolves through its tool catalog are compared as written here.",
  },
  {
    id: "tools.view-image-name",
    describe: "Migrate the image inspection tool in persisted tool policies",
    rules: [{ kind: "custom", path: "tools.allow", run: toolNameMigration("image", "view_image"), code: "legacy-value" }],
    gap: "tool-name aliases OpenClaw resolves through its tool catalog are compared as written here.",
  },
  {
    id: "tools.allow-also-allow-conflict",
    describe: "Merge tool policy alsoAllow grants into allow when a scope sets both",
    rules: [],
    gap: "a permission-preserving merge that depends on profiles; doctor itself refuses when grants would change.",
  },
  {
    id: "runtime.agents-entries",
    describe: "Move agent arrays to keyed entries",
    rules: [{ kind: "custom", path: "agents.list", run: agentsListToEntries, severity: "warning" }],
    gap: "rosters whose ids are missing or duplicated, or that sit next to an existing agents.entries, are reported and left to doctor.",
  },
  {
    id: "runtime.agents-explicit-ownership",
    describe: "Persist explicit ownership for markerless multi-agent rosters",
    rules: [{ kind: "custom", path: "agents.entries", run: explicitOwnership }],
    gap: "channel bindings doctor adds for accounts the first legacy agent used to own are left to doctor.",
  },
  { id: "crestodian-retired", describe: "Remove retired system-agent config", rules: [remove("crestodian")] },
  {
    id: "runtime.legacy-system-agent-owner",
    describe: "Restore the legacy default agent for ambient operations",
    rules: [],
    gap: "done by the agents.list and explicit-ownership fixes for rosters with a \"main\" agent; rosters whose ambient owner must come from other evidence are left to doctor.",
  },
  {
    id: "tools.web.search-provider-config->plugins.entries",
    describe: "Move legacy tools.web.search provider-owned config into plugins.entries.<plugin>.config.webSearch",
    rules: [{ kind: "custom", path: "tools.web.search.brave", run: webSearchProviders }],
    gap: "tools.web.fetch.firecrawl (moved to plugins.entries.firecrawl.config.webFetch by the same doctor pass) is left to doctor.",
  },
];

import type { CustomContext } from "./types";
import { detectStyle, formatValue } from "../edits/style";
import { planMove } from "./engine";
import { nodeAtPath } from "../document";

/** Flat `env.KEY: "value"` strings move into `env.vars.KEY` (shellEnv and vars stay). */
function envToVars(ctx: CustomContext): void {
  const env = nodeAtPath(ctx.root, ["env"]);
  if (env?.type !== "object") return;
  for (const property of env.children!) {
    const key = property.children![0]!.value as string;
    const val = property.children![1];
    if (key === "vars" || key === "shellEnv" || val?.type !== "string") continue;
    ctx.report(property.children![0]!, `\`env.${key}\` moved to \`env.vars.${key}\`.`, planMove(ctx.root, ["env", key], ["env", "vars", key], false, "Move"));
  }
}
