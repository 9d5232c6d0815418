/**
 * The mutation corpus: deterministic variations of configs OpenClaw accepts, each made by one operator
 * (a typo in a key, a wrong type, a bad enum value, an unknown root key, a custom provider missing
 * baseUrl/models, a dangling agent reference, an unknown channel, plus controls that stay valid).
 * Choices come from a PRNG seeded by the base's text and the operator name: same input, same corpus.
 */
import { createHash } from "node:crypto";
import JSON5 from "json5";
import type { CorpusEntry } from "./corpus";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
function prng(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every property in the tree: its parent object, key and path. */
function properties(value: Json, path: Path = [], out: { parent: JsonObject; key: string; path: Path }[] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => properties(item, [...path, i], out));
  else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      out.push({ parent: value, key, path: [...path, key] });
      properties(value[key]!, [...path, key], out);
    }
  }
  return out;
}

/** Renames a key in place, keeping the property order. */
function renameKey(object: JsonObject, from: string, to: string): void {
  const entries = Object.entries(object).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const key of Object.keys(object)) delete object[key];
  for (const [k, v] of entries) object[k] = v;
}

function typo(random: () => number, key: string): string {
  const i = 1 + Math.floor(random() * (key.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2); // swap neighbours
    case 1:
      return key.slice(0, i) + key.slice(i + 1); // drop a letter
    default:
      return key.slice(0, i) + key[i] + key.slice(i); // double a letter
  }
}

type Operator = (config: JsonObject, random: () => number) => string | undefined;

const OPERATORS: Record<string, Operator> = {
  "key-typo": (config, random) => {
    const candidates = properties(config).filter((p) => /^[a-zA-Z]{5,}$/.test(p.key));
    const target = pick(random, candidates);
    if (!target) return undefined;
    const renamed = typo(random, target.key);
    if (renamed === target.key || renamed in target.parent) return undefined;
    renameKey(target.parent, target.key, renamed);
    return `${target.path.join(".")} -> ${renamed}`;
  },
  "wrong-type": (config, random) => {
    const target = pick(random, properties(config));
    if (!target) return undefined;
    const value = target.parent[target.key]!;
    const replacement: Json =
      typeof value === "string" ? 12345 : typeof value === "number" ? "not-a-number" : typeof value === "boolean" ? "yes" : Array.isArray(value) ? { item: value } : value === null ? [] : "oops";
    target.parent[target.key] = replacement;
    return `${target.path.join(".")}: ${JSON.stringify(replacement)}`;
  },
  "bad-enum": (config, random) => {
    const candidates = properties(config).filter((p) => {
      const value = p.parent[p.key];
      return typeof value === "string" && /^[a-z][a-z0-9-]{1,24}$/.test(value);
    });
    const target = pick(random, candidates);
    if (!target) return undefined;
    const value = `${target.parent[target.key] as string}-bogus`;
    target.parent[target.key] = value;
    return `${target.path.join(".")}: ${value}`;
  },
  "remove-key": (config, random) => {
    const target = pick(random, properties(config).filter((p) => p.path.length > 1));
    if (!target) return undefined;
    delete target.parent[target.key];
    return `${target.path.join(".")} removed`;
  },
  "out-of-range": (config, random) => {
    const candidates = properties(config).filter((p) => typeof p.parent[p.key] === "number" || (typeof p.parent[p.key] === "string" && p.parent[p.key] !== ""));
    const target = pick(random, candidates);
    if (!target) return undefined;
    const value = target.parent[target.key];
    const replacement: Json = typeof value === "number" ? pick(random, [-1, 0, 1.5, 1e12])! : pick(random, ["", "   "])!;
    target.parent[target.key] = replacement;
    return `${target.path.join(".")}: ${JSON.stringify(replacement)}`;
  },
  "unknown-root-key": (config, random) => {
    const key = pick(random, ["gatway", "agent", "model", "channel", "plugin", "toolz", "unknownSetting"])!;
    if (key in config) return undefined;
    config[key] = { enabled: true };
    return key;
  },
  "custom-provider-missing-fields": (config, random) => {
    const models = isObject(config.models) ? config.models : (config.models = {});
    const providers = isObject(models.providers) ? models.providers : (models.providers = {});
    const id = pick(random, ["acme-llm", "my-proxy", "corp-gateway"])!;
    if (id in providers) return undefined;
    const variant = Math.floor(random() * 3);
    providers[id] =
      variant === 0
        ? { api: "openai-completions", models: [{ id: "m1", name: "Model 1" }] }
        : variant === 1
          ? { baseUrl: "https://llm.example.com/v1", api: "openai-completions" }
          : { apiKey: "${ACME_API_KEY}" };
    return `models.providers.${id} variant ${variant}`;
  },
  "dangling-agent-ref": (config, random) => {
    const variant = Math.floor(random() * 3);
    if (variant === 0) {
      const agents = isObject(config.agents) ? config.agents : (config.agents = {});
      const entries = isObject(agents.entries) ? agents.entries : (agents.entries = {});
      if (Object.keys(entries).length === 0) entries.main = {};
      const bindings = Array.isArray(config.bindings) ? config.bindings : (config.bindings = []);
      bindings.push({ agentId: "ghost-agent", match: { channel: "telegram" } });
      return "bindings[].agentId ghost-agent";
    }
    if (variant === 1) {
      const agents = isObject(config.agents) ? config.agents : (config.agents = {});
      const defaults = isObject(agents.defaults) ? agents.defaults : (agents.defaults = {});
      const heartbeat = isObject(defaults.heartbeat) ? defaults.heartbeat : (defaults.heartbeat = {});
      heartbeat.agentId = "ghost-agent";
      return "agents.defaults.heartbeat.agentId ghost-agent";
    }
    const talk = isObject(config.talk) ? config.talk : (config.talk = {});
    talk.agentId = "ghost-agent";
    return "talk.agentId ghost-agent";
  },
  "unknown-channel": (config, random) => {
    const channels = isObject(config.channels) ? config.channels : (config.channels = {});
    const id = pick(random, ["telegarm", "whatsap", "smoke-signals"])!;
    if (id in channels) return undefined;
    channels[id] = { enabled: true };
    return `channels.${id}`;
  },
  "agent-roster": (config, random) => {
    const agents = isObject(config.agents) ? config.agents : (config.agents = {});
    const entries = isObject(agents.entries) ? agents.entries : (agents.entries = {});
    if (Object.keys(entries).length === 0) entries.main = {};
    const variant = Math.floor(random() * 4);
    if (variant === 0) entries["second-agent"] = {}; // several agents, no ownership (unless already explicit)
    else if (variant === 1) {
      entries["second-agent"] = {};
      agents.ownership = "explicit"; // control
    } else if (variant === 2) entries[Object.keys(entries)[0]!.toUpperCase()] = {}; // same id in another case
    else {
      entries["second-agent"] = { default: true };
      agents.ownership = "explicit";
    }
    return `agents roster variant ${variant}`;
  },
  "talk-provider": (config, random) => {
    if (config.talk !== undefined) return undefined;
    const variant = Math.floor(random() * 3);
    config.talk =
      variant === 0
        ? { provider: "elevenlabs-typo", providers: { elevenlabs: {} } }
        : variant === 1
          ? { providers: { elevenlabs: {}, openai: {} } }
          : { provider: "ElevenLabs", providers: { elevenlabs: {} } };
    return `talk variant ${variant}`;
  },
  "acp-binding": (config, random) => {
    const bindings = Array.isArray(config.bindings) ? config.bindings : (config.bindings = []);
    const variant = Math.floor(random() * 2);
    bindings.push({ type: "acp", agentId: "main", match: { channel: "discord", ...(variant ? { peer: { kind: "channel", id: "123" } } : {}) } });
    return `acp binding variant ${variant}`;
  },
  "browser-profile": (config, random) => {
    if (config.browser !== undefined) return undefined;
    const variant = Math.floor(random() * 4);
    const profile = [{}, { cdpPort: 9222, userDataDir: "/tmp/x" }, { driver: "extension", cdpUrl: "http://127.0.0.1:9222" }, { driver: "existing-session", userDataDir: "/tmp/x" }][variant]! as Json;
    config.browser = { profiles: { work: profile } };
    return `browser profile variant ${variant}`;
  },
  "secret-ref-id": (config, random) => {
    const models = isObject(config.models) ? config.models : (config.models = {});
    const providers = isObject(models.providers) ? models.providers : (models.providers = {});
    if ("openrouter" in providers) return undefined;
    const variant = Math.floor(random() * 4);
    const ref = [
      { source: "file", provider: "vault", id: "providers/openrouter" },
      { source: "file", provider: "vault", id: "/providers/openrouter/apiKey" },
      { source: "exec", provider: "vault", id: "../etc/key" },
      { source: "exec", provider: "vault", id: "vault/openrouter#key" },
    ][variant]!;
    providers.openrouter = { apiKey: ref };
    return `secret ref variant ${variant}`;
  },
  "duration-size": (config, random) => {
    if (config.session !== undefined || config.cron !== undefined) return undefined;
    const durations = ["30d", "1h30m", "1.5h", 7, "3 days", "2w", "0", "", "90m", "1d12h", "12h5"];
    const sizes = ["10mb", "5 gb", "1.5g", 500, "2xb", "", "1tb"];
    const variant = Math.floor(random() * 3);
    if (variant === 0) config.session = { maintenance: { pruneAfter: pick(random, durations)!, maxDiskBytes: pick(random, sizes)! } };
    else if (variant === 1) config.cron = { sessionRetention: pick(random, durations)! };
    else config.session = { maintenance: { resetArchiveRetention: pick(random, durations)!, highWaterBytes: pick(random, sizes)! } };
    return `durations/sizes variant ${variant}`;
  },
  "refinements": (config, random) => {
    const variant = Math.floor(random() * 8);
    const many = Array.from({ length: 17 }, () => "main");
    const additions: [string, Json][] = [
      ["broadcast", { group1: { agents: ["main"] } }],
      ["broadcast", { "telegram:-1001": many }],
      ["broadcast", { "telegram:-1001": { agents: ["main"] }, plain: ["main"] }],
      ["hooks", { mappings: [{ sessionMode: "persistent", match: { path: "x" } }] }],
      ["hooks", { defaultSessionKey: "inbox", mappings: [{ sessionMode: "persistent", match: { path: "x" } }] }],
      ["secrets", { providers: { vault: { source: "exec", command: pick(random, ["vault", "/usr/bin/vault", "/bin/sh -c 'x'", "./vault"])! } } }],
      ["secrets", { providers: { vault: { source: "exec", command: "/usr/bin/vault", trustedDirs: [pick(random, ["/opt/bin", "bin"])!] } } }],
      ["talk", { realtime: { provider: pick(random, ["openai", "gemini"])!, providers: { openai: {} } } }],
    ];
    const [key, value] = additions[variant]!;
    if (key in config) return undefined;
    config[key] = value;
    return `${key} variant ${variant}`;
  },
  "gateway-origins": (config, random) => {
    const gateway = isObject(config.gateway) ? config.gateway : (config.gateway = {});
    if ("publicOrigin" in gateway || "portals" in gateway) return undefined;
    const variant = Math.floor(random() * 4);
    if (variant === 0) gateway.publicOrigin = pick(random, ["http://gw.example.com", "https://gw.example.com", "https://gw.example.com/app", "http://localhost:18789"])!;
    else if (variant === 1) gateway.portals = { ingress: { domain: pick(random, ["portals.example.com", "https://portals.example.com", "1.2.3.4", "localhost"])!, port: 9443 } };
    else if (variant === 2) gateway.portals = { ingress: { domain: "portals.example.com", port: pick(random, [18789, 9443])! } };
    else {
      gateway.publicOrigin = "https://gw.example.com";
      gateway.portals = { ingress: { domain: pick(random, ["example.com", "portals.example.com"])!, port: 9443 } };
    }
    return `gateway origins variant ${variant}`;
  },
  "agent-runtime": (config, random) => {
    const agents = isObject(config.agents) ? config.agents : (config.agents = {});
    const defaults = isObject(agents.defaults) ? agents.defaults : (agents.defaults = {});
    const variant = Math.floor(random() * 4);
    if (variant === 0) {
      if (config.tools !== undefined) return undefined;
      config.tools = pick(random, [{ allow: ["read"], alsoAllow: ["exec"] }, { alsoAllow: ["exec"] }, { exec: { mode: "ask", security: "allowlist" } }, { exec: { mode: "ask" } }] as Json[])!;
    } else if (variant === 1) {
      if (defaults.heartbeat !== undefined) return undefined;
      defaults.heartbeat = { every: pick(random, ["30m", "30", "30 minutes", "1h30m"])!, activeHours: { start: pick(random, ["09:00", "9:00", "24:00"])!, end: pick(random, ["24:00", "23:59", "24:30"])! } };
    } else if (variant === 2) {
      if (defaults.sandbox !== undefined) return undefined;
      defaults.sandbox = { docker: { network: pick(random, ["host", "bridge", "container:abc", "none"])!, ...(random() < 0.5 ? { seccompProfile: "unconfined" } : {}) } };
    } else {
      if (defaults.sandbox !== undefined) return undefined;
      defaults.sandbox = { docker: { network: "container:abc", dangerouslyAllowContainerNamespaceJoin: true }, browser: { network: pick(random, ["host", "container:x", "bridge"])! } };
    }
    return `agent runtime variant ${variant}`;
  },
  "models-and-workers": (config, random) => {
    const variant = Math.floor(random() * 3);
    if (variant === 2) {
      if (config.cloudWorkers !== undefined) return undefined;
      config.cloudWorkers = { profiles: { [pick(random, ["prod", " prod"])!]: { provider: "x", suspendAfter: pick(random, ["30s", "45", "2h", "1M", "90s"])! } } };
      return "cloud workers";
    }
    const agents = isObject(config.agents) ? config.agents : (config.agents = {});
    const defaults = isObject(agents.defaults) ? agents.defaults : (agents.defaults = {});
    if (variant === 0) {
      if ("decisionModel" in defaults) return undefined;
      defaults.decisionModel = pick(random, ["gpt-5", "openai/gpt-5-mini", "", "openai/"])!;
      return "decisionModel";
    }
    const models = isObject(defaults.models) ? defaults.models : (defaults.models = {});
    const key = pick(random, ["openai/*", "gpt-5", "anthropic/claude-opus-4-6"])!;
    if (key in models) return undefined;
    models[key] = pick(random, [{ pickerRuntimes: ["codex"] }, { codeMode: true }] as Json[])!;
    return `models map ${key}`;
  },
  "paths-and-urls": (config, random) => {
    const variant = Math.floor(random() * 4);
    if (variant === 0) {
      if ("worktreeRoot" in config) return undefined;
      config.worktreeRoot = pick(random, ["worktrees", "~/wt", "/srv/wt", "~"])!;
    } else if (variant === 1) {
      if ("proxy" in config) return undefined;
      config.proxy = { proxyUrl: pick(random, ["socks5://p:1080", "http://p:3128", "https://p"])! };
    } else if (variant === 2) {
      if ("mcp" in config) return undefined;
      config.mcp = { servers: { docs: { url: pick(random, ["https://x.example.com/mcp", "ftp://x", "ws://x"])!, oauth: { clientMetadataUrl: pick(random, ["https://x.example.com/", "https://x.example.com/meta.json", "http://x.example.com/m.json"])! } } } };
    } else {
      const models = isObject(config.models) ? config.models : (config.models = {});
      if ("catalogRefresh" in models) return undefined;
      models.catalogRefresh = { url: pick(random, ["http://mirror.example.com/c", "https://mirror.example.com/c", "http://127.0.0.1:8080/c"])! };
    }
    return `paths/urls variant ${variant}`;
  },
  "edge-and-egress": (config, random) => {
    if (random() < 0.5) {
      const gateway = isObject(config.gateway) ? config.gateway : (config.gateway = {});
      if ("remote" in gateway) return undefined;
      gateway.remote = { edgeAuth: pick(random, [{}, { "X Token": "a" }, { Host: "a" }, { "X-Token": "a", "x-token": "b" }, { "CF-Access-Client-Id": "a" }] as Json[])! };
      return "edge auth";
    }
    if ("secrets" in config) return undefined;
    config.secrets = { egressProxy: { allowedHosts: [pick(random, ["api.openai.com", "*.openai.com", "https://api.openai.com", "api.openai.com:443", "10.0.0.1", "-bad.example.com"])!] } };
    return "egress hosts";
  },
  // Controls: changes OpenClaw accepts, so the engine must not cry wolf on them.
  "control-builtin-overlay": (config, random) => {
    const models = isObject(config.models) ? config.models : (config.models = {});
    const providers = isObject(models.providers) ? models.providers : (models.providers = {});
    const id = pick(random, ["openrouter", "anthropic", "ollama"])!;
    if (id in providers) return undefined;
    providers[id] = { apiKey: "${PROVIDER_API_KEY}" };
    return `models.providers.${id} overlay`;
  },
  "control-schema-and-env": (config) => {
    if ("$schema" in config) return undefined;
    config.$schema = "https://openclaw.ai/config.schema.json";
    const env = isObject(config.env) ? config.env : (config.env = {});
    const vars = isObject(env.vars) ? env.vars : (env.vars = {});
    vars.CONFORMANCE_VAR = "${HOME}/x";
    return "$schema + env.vars";
  },
};

export interface MutationOptions {
  /** How many bases to mutate (chosen deterministically by sorted hash). */
  maxBases: number;
}

/** Mutations of the given valid configs, one per operator per base where the operator applies. */
export function mutationCorpus(validBases: readonly CorpusEntry[], options: MutationOptions): CorpusEntry[] {
  const bases = [...validBases]
    .map((entry) => ({ entry, order: createHash("sha256").update(entry.text).digest("hex") }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, options.maxBases)
    .map((x) => x.entry);
  const out: CorpusEntry[] = [];
  for (const base of bases) {
    for (const [name, operator] of Object.entries(OPERATORS)) {
      const config = JSON5.parse(base.text) as JsonObject;
      const random = prng(`${name}\0${base.text}`);
      const description = operator(config, random);
      if (description === undefined) continue;
      out.push({ id: `${base.id} ${name}: ${description}`, text: `${JSON.stringify(config, null, 2)}\n` });
    }
  }
  return out;
}
