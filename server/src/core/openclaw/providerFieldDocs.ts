/**
 * Hover documentation for every field of `models.providers.<id>` and its `models[]` entries (data only).
 *
 * Sources, for openclaw@2026.9.6: the zod schema (dist/zod-schema.core-*.mjs, src/config/zod-schema.core.ts)
 * for types, allowed values and the inline comments; OpenClaw's field help (FIELD_HELP in dist/schema-*.mjs);
 * and its docs: docs/gateway/config-tools/custom-providers.md, docs/concepts/model-providers/custom-providers.md,
 * docs/concepts/model-providers/quick-rules.md, docs/reference/token-use.md, docs/tools/thinking.md,
 * docs/tools/code-mode/configuration.md, docs/providers/openrouter.md. Defaults come from those docs or from the
 * runtime source (cited per field). Where OpenClaw's schema has no description (most `models[]` fields) the text
 * here is written from those sources; nothing is inferred beyond them.
 *
 * Keys are paths relative to one provider entry: `baseUrl`, `models[].cost.input`, `request.auth.mode`.
 * `[]` stands for any array index and `*` for any key of a free-form map (header names, params).
 */

export interface FieldValueDoc {
  value: string | number | boolean;
  description?: string;
}

export interface FieldDoc {
  /** Short human label. */
  label: string;
  /** What the field does (markdown). */
  description: string;
  /** The type in words OpenClaw users read: `string`, `number > 0`, `"text" | "image" …[]`. */
  type: string;
  /** The allowed values, when the field is an enum (or a list of enum items). */
  values?: FieldValueDoc[];
  /** Well-known values that are not an exhaustive list. */
  suggestions?: FieldValueDoc[];
  /** What OpenClaw does when the field is absent (markdown). */
  default?: string;
  /** A JSON5 snippet as it would sit inside the provider entry (or the model entry for `models[].*`). */
  example?: string;
  /** The value is a credential: never shown. */
  sensitive?: boolean;
  /** The OpenClaw documentation page for the field. */
  docsUrl?: string;
}

const DOCS = "https://docs.openclaw.ai";
const PROVIDER_DOCS = `${DOCS}/gateway/config-tools/custom-providers`;
const CUSTOM_PROVIDER_DOCS = `${DOCS}/concepts/model-providers/custom-providers`;
const CAPABILITY_DOCS = `${DOCS}/gateway/config-tools/custom-providers#custom-provider-capability-declarations`;
const COST_DOCS = `${DOCS}/reference/token-use`;

/** A field that accepts a plain string or a SecretRef object. */
const SECRET_INPUT_TYPE = 'string | SecretRef `{ source: "env" | "file" | "exec" | "store", provider, id }`';

const API_VALUES: FieldValueDoc[] = [
  { value: "openai-completions", description: "OpenAI Chat Completions (`/v1/chat/completions`): most OpenAI-compatible proxies and local servers (vLLM, SGLang, MLX, LiteLLM)." },
  { value: "openai-responses", description: "OpenAI Responses API (`/v1/responses`): use only when the backend supports it." },
  { value: "openai-chatgpt-responses", description: "ChatGPT/Codex Responses over ChatGPT sign-in (base `https://chatgpt.com/backend-api/codex`). Replaces the removed id `openai-codex-responses`." },
  { value: "anthropic-messages", description: "Anthropic Messages API and Anthropic-compatible proxies." },
  { value: "google-generative-ai", description: "Google Gemini API (AI Studio key)." },
  { value: "google-vertex", description: "Google Vertex AI." },
  { value: "github-copilot", description: "GitHub Copilot." },
  { value: "bedrock-converse-stream", description: "Amazon Bedrock Converse (streaming)." },
  { value: "ollama", description: "Ollama's native API (native tool calling)." },
  { value: "pi-messages", description: "A provider-owned native message transport, supplied by the Radius plugin." },
  { value: "azure-openai-responses", description: "Azure OpenAI Responses API." },
];

const AUTH_VALUES: FieldValueDoc[] = [
  { value: "api-key", description: "API key auth (`apiKey`)." },
  { value: "token", description: "Bearer token auth." },
  { value: "oauth", description: "OAuth credentials (a saved auth profile)." },
  { value: "aws-sdk", description: "AWS credential resolution (Bedrock)." },
];

const RUNTIME_SUGGESTIONS: FieldValueDoc[] = [
  { value: "auto", description: "Let OpenClaw choose (same as omitting it)." },
  { value: "openclaw", description: "Keep the route on OpenClaw's own runtime." },
  { value: "codex", description: "Require the Codex harness; fails closed when the route is not Codex-compatible." },
  { value: "claude-cli", description: "A CLI backend alias (also `google-gemini-cli`)." },
];

const THINKING_FORMATS = ["openai", "openrouter", "deepseek", "together", "qwen", "qwen-chat-template", "zai"];
const THINKING_LEVELS = ["off", "minimal", "low", "medium", "high", "xhigh", "max"] as const;

const SECRET_NOTE = "A secret: prefer a SecretRef or `${ENV_VAR}` substitution over a literal value.";

function tlsFields(prefix: string, target: string): Record<string, FieldDoc> {
  return {
    [prefix]: {
      label: `TLS (${target})`,
      description: `TLS settings used when connecting to ${target}.`,
      type: "object",
      example: `tls: { ca: { source: "file", provider: "default", id: "/tls/ca" }, serverName: "models.internal" }`,
      docsUrl: PROVIDER_DOCS,
    },
    [`${prefix}.ca`]: {
      label: "TLS CA bundle",
      description: `Custom CA bundle used to verify the TLS certificate chain of ${target}. ${SECRET_NOTE}`,
      type: SECRET_INPUT_TYPE,
      sensitive: true,
      example: `ca: { source: "file", provider: "default", id: "/tls/ca" }`,
    },
    [`${prefix}.cert`]: {
      label: "TLS client certificate",
      description: `Client certificate presented to ${target} when mutual TLS is required. ${SECRET_NOTE}`,
      type: SECRET_INPUT_TYPE,
      sensitive: true,
      example: `cert: { source: "file", provider: "default", id: "/tls/cert" }`,
    },
    [`${prefix}.key`]: {
      label: "TLS client key",
      description: `Private key paired with \`${prefix}.cert\` for mutual TLS with ${target}. ${SECRET_NOTE}`,
      type: SECRET_INPUT_TYPE,
      sensitive: true,
      example: `key: { source: "file", provider: "default", id: "/tls/key" }`,
    },
    [`${prefix}.passphrase`]: {
      label: "TLS key passphrase",
      description: `Optional passphrase used to decrypt \`${prefix}.key\`. ${SECRET_NOTE}`,
      type: SECRET_INPUT_TYPE,
      sensitive: true,
      example: `passphrase: { source: "env", provider: "default", id: "TLS_KEY_PASSPHRASE" }`,
    },
    [`${prefix}.serverName`]: {
      label: "TLS server name",
      description: `Optional SNI/server-name override used when establishing TLS to ${target}.`,
      type: "string",
      example: `serverName: "models.internal"`,
    },
    [`${prefix}.insecureSkipVerify`]: {
      label: "Skip TLS verification",
      description: `Skips TLS certificate verification of ${target}. Use only for controlled development environments.`,
      type: "boolean",
      default: "`false`",
      example: `insecureSkipVerify: false`,
    },
  };
}

function compatFlag(description: string, defaultText?: string): FieldDoc {
  return {
    label: "",
    description: `${description} Set it only after verifying the endpoint: bundled and catalog-known routes take \`compat\` from the provider plugin.`,
    type: "boolean",
    ...(defaultText ? { default: defaultText } : {}),
    docsUrl: CAPABILITY_DOCS,
  };
}

/** `compat` flags of a model entry (ModelCompatSchema), described from the zod comments and the capability table. */
const COMPAT_FIELDS: Record<string, FieldDoc> = {
  supportsStore: compatFlag("Accepts the OpenAI `store` request field.", "auto-detected from the URL"),
  supportsPromptCacheKey: compatFlag("Accepts OpenAI prompt-cache/session-affinity keys."),
  supportsResponsesContinuation: compatFlag(
    "Opts this model into stored HTTP continuation (`store: true` and `previous_response_id`) on a custom `openai-responses` endpoint.",
    "`false`",
  ),
  supportsDeveloperRole: compatFlag(
    "Accepts `developer` messages instead of requiring `system`. Forced to `false` for `openai-completions` on any host other than `api.openai.com`.",
    "auto-detected from the URL",
  ),
  supportsReasoningEffort: compatFlag("Accepts a reasoning-effort control (`reasoning_effort`).", "auto-detected from the URL"),
  supportsTemperature: compatFlag("Accepts `temperature` for this model and adapter.", "`true`"),
  supportsInstructions: compatFlag(
    "Responses API only: accepts the system prompt via top-level `instructions` instead of embedding it in `input`.",
    "`true` only for native OpenAI and xAI's main route; `false` everywhere else",
  ),
  supportsUsageInStreaming: compatFlag("Emits token usage in streaming responses (`stream_options: { include_usage: true }`).", "`true`"),
  supportsTools: compatFlag("Supports structured tool/function calling. Set `false` to disable tools for this model."),
  supportsStrictMode: compatFlag(
    "Accepts the `strict` field in tool definitions; on Completions and Responses routes `true` permits explicit `strict: false` so optional tool arguments stay optional.",
    "`true`",
  ),
  supportsJsonSchemaResponseFormat: compatFlag("Accepts JSON Schema through `response_format`.", "`false` for unknown compatible endpoints"),
  requiresStringContent: compatFlag("Requires plain-string Chat Completions message content (all message parts coerced to strings)."),
  strictMessageKeys: compatFlag("Requires outgoing messages to contain only accepted keys (unknown payload keys are stripped)."),
  requiresToolResultName: compatFlag("Requires a tool `name` on tool-result messages.", "auto-detected from the URL"),
  requiresAssistantAfterToolResult: compatFlag(
    "Requires an assistant message between tool results and the next user message.",
    "auto-detected from the URL",
  ),
  requiresThinkingAsText: compatFlag("Replays reasoning as text blocks with `<thinking>` delimiters rather than structured content.", "auto-detected from the URL"),
  requiresReasoningContentOnAssistantMessages: compatFlag(
    "Preserves DeepSeek-style `reasoning_content` (empty when needed) on replayed assistant messages while reasoning is enabled.",
    "auto-detected from the URL",
  ),
  requiresOpenAiAnthropicToolPayload: compatFlag("Converts OpenAI-shaped tool calls to Anthropic-family tool payloads."),
  zaiToolStream: compatFlag("z.ai: sends top-level `tool_stream: true` for streaming tool-call deltas.", "`false`"),
  sendSessionAffinityHeaders: compatFlag(
    "Sends the session-affinity headers `session_id`, `x-client-request-id` and `x-session-affinity` when prompt caching is enabled.",
    "`false`",
  ),
  sendSessionIdHeader: compatFlag("Sends the OpenAI `session_id` cache-affinity header when prompt caching is enabled.", "`true`"),
  supportsEagerToolInputStreaming: compatFlag(
    "Accepts per-tool `eager_input_streaming`. When `false`, the Anthropic adapter omits it and sends the legacy `fine-grained-tool-streaming-2025-05-14` beta header instead.",
    "`true`",
  ),
  supportsLongCacheRetention: compatFlag(
    "Accepts long prompt-cache retention (`prompt_cache_retention: \"24h\"`, or Anthropic-style `cache_control.ttl: \"1h\"`).",
    "`true`",
  ),
  codeMode: {
    label: "Code mode tier",
    description: "Code-mode tier read by `tools.codeMode.enabled: \"auto\"`.",
    type: "string",
    values: [
      { value: "preferred", description: "The model writes short orchestration programs reliably; `\"auto\"` engages code mode." },
      { value: "capable", description: "Code mode runs only when forced with `enabled: true`." },
    ],
    default: "`\"capable\"`",
    example: `compat: { codeMode: "preferred" }`,
    docsUrl: `${DOCS}/tools/code-mode/configuration`,
  },
  maxTokensField: {
    label: "Max tokens field",
    description: "Which request field carries the output-token limit.",
    type: "string",
    values: [{ value: "max_completion_tokens" }, { value: "max_tokens" }],
    default: "auto-detected from the URL",
    example: `compat: { maxTokensField: "max_tokens" }`,
    docsUrl: CAPABILITY_DOCS,
  },
  thinkingFormat: {
    label: "Thinking format",
    description: "The reasoning/thinking payload dialect of this OpenAI-compatible endpoint.",
    type: "string",
    values: THINKING_FORMATS.map((value) => ({ value })),
    example: `compat: { thinkingFormat: "deepseek" }`,
    docsUrl: CAPABILITY_DOCS,
  },
  visibleReasoningDetailTypes: {
    label: "Visible reasoning detail types",
    description: "Reasoning detail block types that are safe to show in transcripts.",
    type: "string[]",
    example: `compat: { visibleReasoningDetailTypes: ["reasoning.summary"] }`,
    docsUrl: CAPABILITY_DOCS,
  },
  supportedReasoningEfforts: {
    label: "Supported reasoning efforts",
    description: "The reasoning-effort labels the endpoint accepts.",
    type: "string[]",
    example: `compat: { supportedReasoningEfforts: ["low", "medium", "high"] }`,
    docsUrl: CAPABILITY_DOCS,
  },
  reasoningEffortMap: {
    label: "Reasoning effort map",
    description: "Maps OpenClaw thinking levels to endpoint-specific effort labels, e.g. `off` to `low` for a model that cannot disable thinking.",
    type: "Record<string, string>",
    example: `compat: { reasoningEffortMap: { off: "low", xhigh: "high" } }`,
    docsUrl: CAPABILITY_DOCS,
  },
  "reasoningEffortMap.*": {
    label: "Reasoning effort mapping",
    description: "The endpoint label sent for this OpenClaw thinking level.",
    type: "string",
    example: `reasoningEffortMap: { off: "low" }`,
  },
  toolSchemaProfile: {
    label: "Tool schema profile",
    description:
      "A named tool-schema normalization profile. Custom model entries recognize `llamacpp` (removes `pattern` and `maxLength` values of 2000 or more; needed for custom provider ids pointed at llama-server) and `gemini`.",
    type: "string",
    suggestions: [{ value: "llamacpp" }, { value: "gemini" }],
    example: `compat: { toolSchemaProfile: "llamacpp" }`,
    docsUrl: CAPABILITY_DOCS,
  },
  unsupportedToolSchemaKeywords: {
    label: "Unsupported tool schema keywords",
    description: "JSON Schema keywords the endpoint rejects; they are removed from tool schemas before sending.",
    type: "string[]",
    example: `compat: { unsupportedToolSchemaKeywords: ["format", "pattern"] }`,
    docsUrl: CAPABILITY_DOCS,
  },
  toolCallArgumentsEncoding: {
    label: "Tool call arguments encoding",
    description: "The encoding the endpoint expects for tool-call arguments in payloads.",
    type: "string",
    docsUrl: CAPABILITY_DOCS,
  },
  cacheControlFormat: {
    label: "Cache control format",
    description:
      "Prompt-caching convention. `\"anthropic\"` puts Anthropic-style `cache_control` markers on the system prompt, the last tool definition and the last user/assistant text.",
    type: "string",
    values: [{ value: "anthropic" }],
    example: `compat: { cacheControlFormat: "anthropic" }`,
    docsUrl: `${DOCS}/reference/prompt-caching`,
  },
  openRouterRouting: {
    label: "OpenRouter routing",
    description:
      "OpenRouter provider-routing preferences, used only when `baseUrl` points to OpenRouter. Fields are OpenRouter's snake_case `provider` routing fields (`order`, `only`, `ignore`, `allow_fallbacks`, `require_parameters`, `data_collection`, `sort`, `max_price`, …).",
    type: "object",
    example: `compat: { openRouterRouting: { order: ["anthropic"], allow_fallbacks: false } }`,
    docsUrl: `${DOCS}/providers/openrouter`,
  },
  vercelGatewayRouting: {
    label: "Vercel AI Gateway routing",
    description: "Vercel AI Gateway routing preferences (`only`, `order`), used only when `baseUrl` points to Vercel AI Gateway.",
    type: "object",
    example: `compat: { vercelGatewayRouting: { order: ["anthropic", "bedrock"] } }`,
  },
  "vercelGatewayRouting.only": {
    label: "Vercel AI Gateway: only",
    description: "Restricts routing to these Vercel AI Gateway upstream providers.",
    type: "string[]",
  },
  "vercelGatewayRouting.order": {
    label: "Vercel AI Gateway: order",
    description: "Upstream providers in the order Vercel AI Gateway should try them.",
    type: "string[]",
  },
};

const PROVIDER_FIELDS: Record<string, FieldDoc> = {
  baseUrl: {
    label: "Base URL",
    description:
      "Base URL of the provider endpoint that serves model requests for this provider. A custom provider must set it. Configuring a custom or local `baseUrl` also trusts that exact `scheme://host:port` origin for guarded model requests (loopback, LAN, tailnet).",
    type: "string",
    default: "the bundled provider's endpoint; for the OpenAI adapters, `api.openai.com`",
    example: `baseUrl: "https://api.example.com/v1"`,
    docsUrl: PROVIDER_DOCS,
  },
  apiKey: {
    label: "API key",
    description: `Provider credential for API-key authentication. ${SECRET_NOTE} A non-secret marker such as \`"ollama-local"\` is accepted for a custom OpenAI-compatible provider whose \`baseUrl\` is loopback, a private LAN, \`.local\` or a bare host name.`,
    type: SECRET_INPUT_TYPE,
    sensitive: true,
    default: "the provider's environment variable or saved auth profile",
    example: `apiKey: { source: "env", provider: "default", id: "OPENAI_API_KEY" }`,
    docsUrl: `${DOCS}/gateway/config-secrets-env`,
  },
  auth: {
    label: "Auth mode",
    description: "How OpenClaw resolves credentials for this provider. Match it to what the provider requires.",
    type: "string",
    values: AUTH_VALUES,
    default: "the provider's own auth style",
    example: `auth: "api-key"`,
    docsUrl: PROVIDER_DOCS,
  },
  api: {
    label: "API adapter",
    description:
      "The request/response adapter used for the models of this provider: pick the protocol the upstream speaks. A model entry can override it.",
    type: "string",
    values: API_VALUES,
    default: "for a custom provider with `baseUrl`: `\"openai-completions\"`; for a bundled provider, its own adapter",
    example: `api: "openai-completions"`,
    docsUrl: PROVIDER_DOCS,
  },
  maxTokens: {
    label: "Default max output tokens",
    description: "Default output-token cap for models of this provider whose entry does not set `maxTokens`. Clamped to the model's native context window when known.",
    type: "number > 0",
    default: "no fixed default: the model's own limit, else the provider's",
    example: `maxTokens: 8192`,
    docsUrl: PROVIDER_DOCS,
  },
  timeoutSeconds: {
    label: "Request timeout",
    description:
      "Per-provider model request timeout in seconds: connect, headers, body streaming and the total abort. It also raises the stream idle watchdog above its implicit ~120 s for this provider. For slow local or self-hosted servers; it cannot extend the whole agent run (`agents.defaults.timeoutSeconds`).",
    type: "integer > 0",
    default: "none (the agent run timeout and the ~120 s idle watchdog apply)",
    example: `timeoutSeconds: 300`,
    docsUrl: PROVIDER_DOCS,
  },
  region: {
    label: "Region",
    description:
      "Deployment/API region for providers that expose regional endpoints. Supported values are the provider's; a `baseUrl` override usually takes precedence.",
    type: "string",
    example: `region: "us-east-1"`,
  },
  injectNumCtxForOpenAICompat: {
    label: "Inject num_ctx (OpenAI compat)",
    description:
      "For Ollama configured with the OpenAI-compatible adapter (`openai-completions`): inject `options.num_ctx` into requests. Set `false` only if a proxy rejects unknown `options` fields.",
    type: "boolean",
    default: "`true`",
    example: `injectNumCtxForOpenAICompat: false`,
    docsUrl: PROVIDER_DOCS,
  },
  params: {
    label: "Provider parameters",
    description: "Provider-specific runtime parameters interpreted by the provider plugin (e.g. `preload` for LM Studio, `provider` routing for OpenRouter). Use the keys the provider documents.",
    type: "Record<string, any>",
    example: `params: { provider: { sort: "latency", data_collection: "deny" } }`,
  },
  "params.*": {
    label: "Provider parameter",
    description: "A provider-specific runtime parameter, interpreted by the provider plugin.",
    type: "any",
  },
  agentRuntime: {
    label: "Agent runtime",
    description: "Default agent execution runtime for the models of this provider. Omitted: OpenClaw chooses the runtime for the selected route.",
    type: "object `{ id?: string }`",
    example: `agentRuntime: { id: "codex" }`,
    docsUrl: `${DOCS}/concepts/agent-runtimes`,
  },
  "agentRuntime.id": {
    label: "Agent runtime id",
    description:
      "`\"openclaw\"`, `\"auto\"`, a registered plugin harness id such as `\"codex\"`, or a CLI backend alias such as `\"claude-cli\"`. OpenAI on the official endpoint defaults to the Codex harness when omitted.",
    type: "string",
    suggestions: RUNTIME_SUGGESTIONS,
    default: "`\"auto\"`",
    example: `agentRuntime: { id: "openclaw" }`,
    docsUrl: `${DOCS}/concepts/agent-runtimes`,
  },
  localService: {
    label: "Local service",
    description:
      "An on-demand local model server for this provider: OpenClaw probes `healthUrl`, starts `command` when needed, waits for readiness, then sends the request.",
    type: "object",
    example: `localService: { command: "/usr/local/bin/llama-server", args: ["--port", "8080"], idleStopMs: 600000 }`,
  },
  "localService.command": {
    label: "Command",
    description: "Absolute path of the local model server executable (no shell PATH lookup).",
    type: "string (required)",
    example: `command: "/usr/local/bin/llama-server"`,
  },
  "localService.args": {
    label: "Arguments",
    description: "Arguments passed to `command`, without shell expansion.",
    type: "string[]",
    example: `args: ["--port", "8080"]`,
  },
  "localService.cwd": { label: "Working directory", description: "Working directory of the local service process.", type: "string" },
  "localService.env": {
    label: "Environment",
    description: "Environment variables added to the service process. Values are treated as secrets.",
    type: "Record<string, string>",
    example: `env: { HF_TOKEN: "\${HF_TOKEN}" }`,
  },
  "localService.env.*": { label: "Environment variable", description: "An environment variable of the local service process.", type: "string", sensitive: true },
  "localService.healthUrl": {
    label: "Health URL",
    description: "Readiness URL probed before model requests.",
    type: "string",
    default: "`baseUrl` with `/models` appended",
    example: `healthUrl: "http://127.0.0.1:8080/health"`,
  },
  "localService.readyTimeoutMs": {
    label: "Ready timeout",
    description: "Maximum milliseconds to wait for the readiness probe after starting the process.",
    type: "integer > 0",
    default: "`120000` (2 minutes)",
    example: `readyTimeoutMs: 180000`,
  },
  "localService.idleStopMs": {
    label: "Idle stop",
    description: "Milliseconds to keep an OpenClaw-started server alive after the last request. `0` or unset keeps it alive until OpenClaw exits.",
    type: "integer ≥ 0",
    default: "unset: kept alive until OpenClaw exits",
    example: `idleStopMs: 600000`,
  },
  headers: {
    label: "Headers",
    description: "Static HTTP headers merged into provider requests (tenant routing, proxy auth, gateway requirements). Values may be SecretRefs and are never shown.",
    type: `Record<string, ${SECRET_INPUT_TYPE}>`,
    example: `headers: { "X-Tenant": { source: "env", provider: "default", id: "TENANT_ID" } }`,
    docsUrl: PROVIDER_DOCS,
  },
  "headers.*": { label: "Header", description: "A static header sent with this provider's requests.", type: SECRET_INPUT_TYPE, sensitive: true },
  authHeader: {
    label: "Authorization header",
    description:
      "When `true`, OpenClaw sends the API key as `Authorization: Bearer <apiKey>` (replacing vendor headers such as `x-goog-api-key`). No effect without a real key. Use it only when the provider or proxy requires Authorization forwarding.",
    type: "boolean",
    default: "`false`",
    example: `authHeader: true`,
    docsUrl: PROVIDER_DOCS,
  },
  request: {
    label: "Request overrides",
    description: "Transport overrides for this provider's HTTP requests: extra headers, auth override, proxy routing, TLS, and `allowPrivateNetwork`.",
    type: "object",
    example: `request: { proxy: { mode: "env-proxy" }, allowPrivateNetwork: true }`,
    docsUrl: PROVIDER_DOCS,
  },
  "request.headers": {
    label: "Request headers",
    description: "Extra headers merged into provider requests after default attribution and auth resolution. Values may be SecretRefs and are never shown.",
    type: `Record<string, ${SECRET_INPUT_TYPE}>`,
    example: `headers: { "X-Gateway-Key": { source: "env", provider: "default", id: "GATEWAY_KEY" } }`,
  },
  "request.headers.*": { label: "Request header", description: "An extra header sent with this provider's requests.", type: SECRET_INPUT_TYPE, sensitive: true },
  "request.auth": {
    label: "Auth override",
    description: "Overrides how requests to this provider authenticate.",
    type: 'object: `{ mode: "provider-default" }` | `{ mode: "authorization-bearer", token }` | `{ mode: "header", headerName, value, prefix? }`',
    example: `auth: { mode: "header", headerName: "X-Api-Key", value: { source: "env", provider: "default", id: "PROXY_KEY" } }`,
    docsUrl: PROVIDER_DOCS,
  },
  "request.auth.mode": {
    label: "Auth override mode",
    description: "Which auth override applies.",
    type: "string",
    values: [
      { value: "provider-default", description: "The provider's built-in auth." },
      { value: "authorization-bearer", description: "`Authorization: Bearer <token>`." },
      { value: "header", description: "A custom header `headerName: prefix + value`." },
    ],
    example: `auth: { mode: "authorization-bearer", token: { source: "env", provider: "default", id: "PROXY_TOKEN" } }`,
  },
  "request.auth.token": { label: "Bearer token", description: `Bearer token used when \`mode\` is \`authorization-bearer\`. ${SECRET_NOTE}`, type: SECRET_INPUT_TYPE, sensitive: true },
  "request.auth.headerName": { label: "Auth header name", description: "Custom auth header name used when `mode` is `header`.", type: "string", example: `headerName: "X-Api-Key"` },
  "request.auth.value": { label: "Auth header value", description: `Custom auth header value used when \`mode\` is \`header\`. ${SECRET_NOTE}`, type: SECRET_INPUT_TYPE, sensitive: true },
  "request.auth.prefix": { label: "Auth header prefix", description: "Optional prefix prepended to `value` when `mode` is `header`.", type: "string", example: `prefix: "Key "` },
  "request.proxy": {
    label: "Proxy override",
    description: "Routes this provider's requests through a proxy: `env-proxy` honours `HTTP_PROXY`/`HTTPS_PROXY`, `explicit-proxy` uses `url`. Both accept `tls`.",
    type: 'object: `{ mode: "env-proxy", tls? }` | `{ mode: "explicit-proxy", url, tls? }`',
    example: `proxy: { mode: "explicit-proxy", url: "http://proxy.internal:3128" }`,
    docsUrl: PROVIDER_DOCS,
  },
  "request.proxy.mode": {
    label: "Proxy mode",
    description: "Which proxy override applies.",
    type: "string",
    values: [
      { value: "env-proxy", description: "Use the `HTTP_PROXY`/`HTTPS_PROXY` environment variables." },
      { value: "explicit-proxy", description: "Use the proxy at `url`." },
    ],
    example: `proxy: { mode: "env-proxy" }`,
  },
  "request.proxy.url": {
    label: "Proxy URL",
    description: "Proxy URL used when `mode` is `explicit-proxy`. Credentials embedded in the URL are treated as secrets.",
    type: "string",
    sensitive: true,
    example: `url: "http://proxy.internal:3128"`,
  },
  ...tlsFields("request.proxy.tls", "the proxy"),
  ...tlsFields("request.tls", "the upstream model endpoint"),
  "request.allowPrivateNetwork": {
    label: "Allow private network",
    description:
      "`true` allows this provider's guarded HTTP and WebSocket requests to private, CGNAT and similar ranges. A custom or local `baseUrl` already trusts its exact origin (except metadata, link-local and NAT64 `64:ff9b:1::/48`); `false` opts out of that trust too.",
    type: "boolean",
    default: "`false`",
    example: `request: { allowPrivateNetwork: true }`,
    docsUrl: PROVIDER_DOCS,
  },
  models: {
    label: "Models",
    description:
      "The provider's model catalog entries (`id` and `name` required) and metadata overrides. A custom provider must declare it. In `models.mode: \"merge\"` these rows do not restrict discovery: use `agents.defaults.modelPolicy.allow` for that.",
    type: "ModelDefinition[]",
    example: `models: [{ id: "llama-3.1-8b", name: "Llama 3.1 8B", contextWindow: 128000 }]`,
    docsUrl: PROVIDER_DOCS,
  },
};

const MODEL_FIELDS: Record<string, FieldDoc> = {
  id: {
    label: "Model id",
    description:
      "The provider-local model id sent to the provider, without the `provider/` prefix: reference it as `<provider>/<id>` (e.g. in `agents.defaults.model.primary`). Keep it exactly as the provider's catalog spells it.",
    type: "string (required, non-empty)",
    example: `{ id: "mlx-community/Qwen3-30B-A3B-6bit", name: "Qwen3 30B" }`,
    docsUrl: `${DOCS}/gateway/local-models`,
  },
  name: {
    label: "Display name",
    description: "Human-readable name shown in model pickers and listings.",
    type: "string (required, non-empty)",
    example: `name: "Llama 3.1 8B"`,
  },
  api: {
    label: "API adapter (model override)",
    description: "Overrides the provider's `api` adapter for this model only.",
    type: "string",
    values: API_VALUES,
    default: "the provider's `api`",
    example: `api: "openai-responses"`,
    docsUrl: PROVIDER_DOCS,
  },
  baseUrl: {
    label: "Base URL (model override)",
    description: "Overrides the provider's `baseUrl` for this model only.",
    type: "string (non-empty)",
    default: "the provider's `baseUrl`",
    example: `baseUrl: "https://api.example.com/v1"`,
    docsUrl: PROVIDER_DOCS,
  },
  reasoning: {
    label: "Reasoning",
    description: "Whether the model exposes reasoning (thinking) behaviour; OpenClaw's thinking levels and reasoning payloads apply only to reasoning models.",
    type: "boolean",
    default: "`false`",
    example: `reasoning: true`,
    docsUrl: CUSTOM_PROVIDER_DOCS,
  },
  input: {
    label: "Input modalities",
    description:
      "What the model accepts. Image attachments are passed as native model input only when the model lists `\"image\"`; use `[\"text\", \"image\"]` for vision models behind a custom provider or proxy.",
    type: '("text" | "image" | "video" | "audio")[]',
    values: [{ value: "text" }, { value: "image" }, { value: "video" }, { value: "audio" }],
    default: '`["text"]`',
    example: `input: ["text", "image"]`,
    docsUrl: PROVIDER_DOCS,
  },
  cost: {
    label: "Cost",
    description:
      "Pricing in **USD per 1M tokens**, used for the cost estimates in `/usage` and reports. Omitting it (or `{}`) inherits the catalog pricing; explicit values override the catalog (agent-local `models.json` prices still win).",
    type: "object `{ input?, output?, cacheRead?, cacheWrite?, tieredPricing? }`",
    default: "the catalog's pricing; for a custom provider all `0`",
    example: `cost: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }`,
    docsUrl: COST_DOCS,
  },
  "cost.input": { label: "Input price", description: "USD per 1M uncached input tokens.", type: "number", default: "catalog value, else `0`", example: `cost: { input: 3 }`, docsUrl: COST_DOCS },
  "cost.output": { label: "Output price", description: "USD per 1M output tokens.", type: "number", default: "catalog value, else `0`", example: `cost: { output: 15 }`, docsUrl: COST_DOCS },
  "cost.cacheRead": { label: "Cache read price", description: "USD per 1M input tokens read from the prompt cache.", type: "number", default: "catalog value, else `0`", example: `cost: { cacheRead: 0.3 }`, docsUrl: COST_DOCS },
  "cost.cacheWrite": { label: "Cache write price", description: "USD per 1M input tokens written to the prompt cache.", type: "number", default: "catalog value, else `0`", example: `cost: { cacheWrite: 3.75 }`, docsUrl: COST_DOCS },
  "cost.tieredPricing": {
    label: "Tiered pricing",
    description:
      "Price tiers selected per request by its total prompt input (uncached input + cache reads + cache writes); the selected rates apply to every token of that request. An explicit schedule overrides the catalog's; `[]` selects flat pricing.",
    type: "{ input, output, cacheRead, cacheWrite, range }[]",
    example: `tieredPricing: [\n  { range: [0, 200000], input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },\n  { range: [200000], input: 6, output: 22.5, cacheRead: 0.6, cacheWrite: 7.5 },\n]`,
    docsUrl: COST_DOCS,
  },
  "cost.tieredPricing[].range": {
    label: "Tier range",
    description: "Prompt-token range of the tier, half-open `[start, end)`; an open-ended last tier is `[start]`.",
    type: "[number, number] | [number]",
    example: `range: [0, 200000]`,
    docsUrl: COST_DOCS,
  },
  "cost.tieredPricing[].input": { label: "Tier input price", description: "USD per 1M uncached input tokens in this tier.", type: "number (required)", docsUrl: COST_DOCS },
  "cost.tieredPricing[].output": { label: "Tier output price", description: "USD per 1M output tokens in this tier.", type: "number (required)", docsUrl: COST_DOCS },
  "cost.tieredPricing[].cacheRead": { label: "Tier cache read price", description: "USD per 1M cache-read tokens in this tier.", type: "number (required)", docsUrl: COST_DOCS },
  "cost.tieredPricing[].cacheWrite": { label: "Tier cache write price", description: "USD per 1M cache-write tokens in this tier.", type: "number (required)", docsUrl: COST_DOCS },
  contextWindow: {
    label: "Context window",
    description:
      "The model's native context window in tokens. OpenClaw derives compaction and preflight thresholds from it and clamps output limits to it. Keep it at or below what the server actually serves.",
    type: "number > 0",
    default: "unset: discovered metadata, else a `200000`-token fallback for context budgeting",
    example: `contextWindow: 128000`,
    docsUrl: PROVIDER_DOCS,
  },
  contextTokens: {
    label: "Context tokens cap",
    description:
      "An effective cap on active input for this model, smaller than its native `contextWindow` (which stays intact as metadata). Used for compaction and session budgeting; `openclaw models list` shows both when they differ.",
    type: "integer > 0",
    default: "unset: the whole `contextWindow` (or the provider plugin's runtime default)",
    example: `contextTokens: 96000`,
    docsUrl: PROVIDER_DOCS,
  },
  maxTokens: {
    label: "Max output tokens",
    description: "The model's output-token capacity; overrides the provider-level `maxTokens`. Clamped to the native context window when known.",
    type: "number > 0",
    default: "the provider's `maxTokens`; otherwise unknown, and OpenAI-compatible Completions requests omit `max_tokens` so the provider applies its default",
    example: `maxTokens: 8192`,
    docsUrl: CUSTOM_PROVIDER_DOCS,
  },
  thinkingLevelMap: {
    label: "Thinking level map",
    description:
      "Maps OpenClaw thinking levels to this model's provider-specific values. `null` removes that level from the model's choices.",
    type: `{ ${THINKING_LEVELS.join(", ")} }: string | null`,
    example: `thinkingLevelMap: { off: null, low: "low", high: "high", xhigh: "max", max: "max" }`,
    docsUrl: `${DOCS}/tools/thinking`,
  },
  ...Object.fromEntries(
    THINKING_LEVELS.map((level): [string, FieldDoc] => [
      `thinkingLevelMap.${level}`,
      {
        label: `Thinking level \`${level}\``,
        description: `The provider value sent for OpenClaw's \`${level}\` thinking level; \`null\` removes the level for this model.`,
        type: "string | null",
        example: `thinkingLevelMap: { ${level}: ${level === "off" ? "null" : '"high"'} }`,
        docsUrl: `${DOCS}/tools/thinking`,
      },
    ]),
  ),
  params: {
    label: "Model parameters",
    description: "Provider-specific request/runtime parameters for this model, passed through to the provider plugin.",
    type: "Record<string, any>",
    example: `params: { num_ctx: 32768 }`,
  },
  "params.*": { label: "Model parameter", description: "A provider-specific parameter for this model.", type: "any" },
  agentRuntime: {
    label: "Agent runtime (model)",
    description: "Agent execution runtime for this model; overrides the provider's `agentRuntime`.",
    type: "object `{ id?: string }`",
    example: `agentRuntime: { id: "codex" }`,
    docsUrl: `${DOCS}/concepts/agent-runtimes`,
  },
  "agentRuntime.id": {
    label: "Agent runtime id (model)",
    description: "`\"openclaw\"`, `\"auto\"`, a registered plugin harness id such as `\"codex\"`, or a CLI backend alias such as `\"claude-cli\"`.",
    type: "string",
    suggestions: RUNTIME_SUGGESTIONS,
    default: "the provider's `agentRuntime.id`, else `\"auto\"`",
    example: `agentRuntime: { id: "openclaw" }`,
  },
  headers: {
    label: "Headers (model)",
    description: "Static headers merged into requests for this model. Values are never shown.",
    type: "Record<string, string>",
    example: `headers: { "X-Model-Route": "batch" }`,
  },
  "headers.*": { label: "Header (model)", description: "A static header sent with this model's requests.", type: "string", sensitive: true },
  compat: {
    label: "Compatibility flags",
    description:
      "Capability flags for payload shaping and feature gating on this model's route. For bundled and catalog-known routes OpenClaw takes them from the provider plugin (doctor removes copies); set them only for a custom endpoint you have verified.",
    type: "object",
    example: `compat: { supportsDeveloperRole: false, maxTokensField: "max_tokens" }`,
    docsUrl: CAPABILITY_DOCS,
  },
  mediaInput: {
    label: "Media input",
    description: "Media capability metadata used by routing and preflight compression to choose image compression defaults.",
    type: "object `{ image? }`",
    example: `mediaInput: { image: { maxSidePx: 2048 } }`,
  },
  "mediaInput.image": {
    label: "Image input limits",
    description: "Image input limits for this model: maximum bytes, pixels and side length, preferred resize side.",
    type: "object",
    example: `image: { maxBytes: 5242880, maxSidePx: 2048 }`,
  },
  "mediaInput.image.maxBytes": { label: "Max image bytes", description: "Maximum encoded image payload size the provider accepts for this model.", type: "integer > 0" },
  "mediaInput.image.maxPixels": { label: "Max image pixels", description: "Maximum image pixel count the provider accepts for this model.", type: "integer > 0" },
  "mediaInput.image.maxSidePx": { label: "Max image side", description: "Maximum image width or height the provider accepts for this model.", type: "integer > 0" },
  "mediaInput.image.preferredSidePx": {
    label: "Preferred image side",
    description: "Preferred resize side for balanced compression.",
    type: "integer > 0",
    default: "OpenClaw's conservative default",
  },
  "mediaInput.image.tokenMode": {
    label: "Image token mode",
    description: "How the provider accounts image tokens.",
    type: "string",
    values: [{ value: "tile" }, { value: "detail" }, { value: "provider" }],
  },
  metadataSource: {
    label: "Metadata source",
    description: "Marks a model row written by OpenClaw's model-adding tooling (`models add`, doctor migrations). Not meant to be written by hand.",
    type: "string",
    values: [{ value: "models-add" }],
  },
  ...Object.fromEntries(Object.entries(COMPAT_FIELDS).map(([key, doc]): [string, FieldDoc] => [`compat.${key}`, { ...doc, label: doc.label || `compat.${key}` }])),
};

/** SecretRef fields, wherever a secret input accepts an object. */
export const SECRET_REF_FIELDS: Record<string, FieldDoc> = {
  source: {
    label: "Secret source",
    description: "Where the secret comes from.",
    type: "string",
    values: [
      { value: "env", description: "An environment variable (`id` is its name)." },
      { value: "file", description: "A secrets file (`id` is an absolute JSON pointer, or `value` in singleValue mode)." },
      { value: "exec", description: "A command configured under `secrets.providers`." },
      { value: "store", description: "OpenClaw's secret store." },
    ],
    docsUrl: `${DOCS}/gateway/config-secrets-env`,
  },
  provider: {
    label: "Secret provider",
    description: "The secret provider alias (`secrets.providers.<alias>`), e.g. `default`. Must match `^[a-z][a-z0-9_-]{0,63}$`.",
    type: "string",
    docsUrl: `${DOCS}/gateway/config-secrets-env`,
  },
  id: {
    label: "Secret id",
    description: "Which secret to read: an env var name (`env`, `store`), a JSON pointer (`file`) or an exec id (`exec`).",
    type: "string",
    docsUrl: `${DOCS}/gateway/config-secrets-env`,
  },
};

/** Every documented field of a provider entry, keyed by its path relative to the entry. */
export const PROVIDER_FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  ...PROVIDER_FIELDS,
  ...Object.fromEntries(Object.entries(MODEL_FIELDS).map(([key, doc]) => [`models[].${key}`, doc])),
};

/** Provider-relative paths whose children are a free-form map (header names, params, env vars). */
export const PROVIDER_MAP_FIELDS: ReadonlySet<string> = new Set([
  "params",
  "headers",
  "localService.env",
  "request.headers",
  "models[].params",
  "models[].headers",
  "models[].compat.reasoningEffortMap",
]);

/** Documentation of one OpenRouter routing field (the names are OpenRouter's own `provider` routing fields). */
export function openRouterRoutingFieldDoc(field: string): FieldDoc {
  return {
    label: `OpenRouter routing: ${field}`,
    description: `OpenRouter's provider-routing field \`${field}\`, sent in the request's \`provider\` object when \`baseUrl\` points to OpenRouter.`,
    type: "see OpenRouter's provider routing documentation",
    docsUrl: `${DOCS}/providers/openrouter`,
  };
}
