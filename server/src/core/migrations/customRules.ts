/**
 * Migrations that are more than a rename or a move, written out by hand, each following the doctor
 * function named in its comment (dist/legacy-*.mjs of OpenClaw 2026.9.6).
 */
import { nodeAtPath, propertyNode, propertyValue, valueOf } from "../document";
import type { InsertOptions } from "../edits/properties";
import type { EditSession } from "../edits/session";
import { detectStyle, formatValue } from "../edits/style";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { markAllowlistEvaluated } from "./codexRoutes";
import { matchPattern, mergeInto, replaceWith } from "./engine";
import type { CustomContext } from "./types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function keyNode(root: JsonNode, path: JsonPath): JsonNode | undefined {
  const key = path[path.length - 1];
  if (typeof key !== "string") return undefined;
  return propertyNode(nodeAtPath(root, path.slice(0, -1)), key)?.children![0];
}

const show = (path: JsonPath) => `\`${path.join(".")}\``;

/** A value in the document's style at indentation "" (insert() re-indents it). */
function text(s: EditSession, value: unknown): string {
  return formatValue(value, detectStyle(s.doc), "");
}

/** Sets `key` in the object at `objectPath` (creating it), replacing an existing value. */
function put(s: EditSession, objectPath: JsonPath, key: string, value: unknown, options: InsertOptions = {}): boolean {
  return s.node([...objectPath, key]) ? replaceWith(s, [...objectPath, key], value) : s.insert(objectPath, key, text(s, value), options);
}

/** Moves the property at `from` unless `to` exists (then drops it, as doctor's moveKey does). */
function moveOrDrop(s: EditSession, from: JsonPath, to: JsonPath): boolean {
  if (s.node(to)) return s.remove(from);
  return s.move(from, to.slice(0, -1), String(to[to.length - 1]));
}

const CHANNEL_HEARTBEAT_KEYS = new Set(["showOk", "showAlerts", "useIndicator"]);

/** heartbeat->agents.defaults.heartbeat: visibility keys to channels.defaults.heartbeat, the rest to agents.defaults.heartbeat. */
export function splitTopLevelHeartbeat(ctx: CustomContext): void {
  const heartbeat = nodeAtPath(ctx.root, ["heartbeat"]);
  const key = keyNode(ctx.root, ["heartbeat"]);
  if (!heartbeat || !key) return;
  const message = "Top-level `heartbeat` is not a valid config path: cadence, target and model settings belong in `agents.defaults.heartbeat`, showOk/showAlerts/useIndicator in `channels.defaults.heartbeatVisibility`.";
  if (heartbeat.type !== "object") {
    ctx.report(key, message);
    return;
  }
  const keys = heartbeat.children!.map((p) => p.children![0]!.value as string);
  const target = (k: string): JsonPath => (CHANNEL_HEARTBEAT_KEYS.has(k) ? ["channels", "defaults", "heartbeatVisibility", k] : ["agents", "defaults", "heartbeat", k]);
  const conflicts = keys.filter((k) => {
    const existing = nodeAtPath(ctx.root, target(k));
    return existing && JSON.stringify(valueOf(existing)) !== JSON.stringify(valueOf(nodeAtPath(ctx.root, ["heartbeat", k])));
  });
  ctx.report(key, message, {
    title: conflicts.length === 0 ? "Split `heartbeat` into `agents.defaults.heartbeat` and `channels.defaults.heartbeatVisibility`" : `Split \`heartbeat\` (drops ${conflicts.join(", ")}: already set at the new place, which OpenClaw keeps)`,
    safe: conflicts.length === 0,
    apply: (s) => {
      for (const k of keys) if (!moveOrDrop(s, ["heartbeat", k], target(k))) return false;
      return s.remove(["heartbeat"], { keepLeadingComments: true });
    },
  });
}

/** tools.exec.security + ask -> tools.exec.mode (migrateExecMode with resolveExactExecModeFromPolicy). */
export function execSecurityAskToMode(ctx: CustomContext): void {
  const globalExec = valueOf(nodeAtPath(ctx.root, ["tools", "exec"]));
  const globalPolicy = isRecord(globalExec) ? resolvedPolicy(globalExec) : undefined;
  const scopes: { path: JsonPath; inherited: Policy | undefined }[] = [{ path: ["tools", "exec"], inherited: undefined }];
  // Doctor leaves agents.defaults.tools.exec as it is (migrateTierEvalTranche skips the defaults scope).
  for (const scope of ["agents.entries.*", "agents.list[]"]) {
    for (const match of matchPattern(ctx.root, `${scope}.tools.exec`)) scopes.push({ path: match.path, inherited: globalPolicy });
  }
  for (const { path, inherited } of scopes) {
    const exec = valueOf(nodeAtPath(ctx.root, path));
    if (!isRecord(exec) || (!("security" in exec) && !("ask" in exec))) continue;
    const first = keyNode(ctx.root, [...path, "security" in exec ? "security" : "ask"])!;
    const legacyKeys = ["security", "ask"].filter((k) => k in exec);
    const base = `${show([...path, "security"])} and ${show([...path, "ask"])} are legacy: OpenClaw 2026.9.x uses ${show([...path, "mode"])} (deny, allowlist, ask, auto, full).`;
    if (exec.mode !== undefined) {
      ctx.report(first, `${base} \`mode\` is already set and wins.`, { title: `Remove ${legacyKeys.join(" and ")} (mode is already set)`, safe: true, apply: (s) => legacyKeys.every((k) => s.remove([...path, k])) }, "warning");
      continue;
    }
    const security = exec.security === undefined ? inherited?.security : SECURITY.has(exec.security as string) ? (exec.security as string) : undefined;
    const ask = exec.ask === undefined ? inherited?.ask : ASK.has(exec.ask as string) ? (exec.ask as string) : undefined;
    const mode = security && ask ? exactMode(security, ask) : undefined;
    if (!mode) {
      ctx.report(first, `${base} This combination has no exact mode: choose one.`, undefined, "warning");
      continue;
    }
    ctx.report(first, base, {
      title: `Replace ${legacyKeys.join(" and ")} with mode: "${mode}"`,
      safe: true,
      apply: (s) => {
        const [keep, ...drop] = legacyKeys;
        for (const k of drop) if (!s.remove([...path, k])) return false;
        return s.rename([...path, keep!], "mode") && replaceWith(s, [...path, "mode"], mode);
      },
    }, "warning");
  }
}

interface Policy {
  security: string;
  ask: string;
}
const SECURITY = new Set(["deny", "allowlist", "full"]);
const ASK = new Set(["on-miss", "always", "off"]);

function resolvedPolicy(exec: Record<string, unknown>): Policy | undefined {
  switch (exec.mode) {
    case "deny":
      return { security: "deny", ask: "off" };
    case "allowlist":
      return { security: "allowlist", ask: "off" };
    case "ask":
    case "auto":
      return { security: "allowlist", ask: "on-miss" };
    case "full":
      return { security: "full", ask: "off" };
  }
  const security = SECURITY.has(exec.security as string) ? (exec.security as string) : undefined;
  const ask = ASK.has(exec.ask as string) ? (exec.ask as string) : undefined;
  return security && ask ? { security, ask } : undefined;
}

function exactMode(security: string, ask: string): string | undefined {
  if (ask === "always" || (security === "full" && ask === "on-miss")) return undefined;
  if (security === "deny") return "deny";
  if (security === "allowlist" && ask === "off") return "allowlist";
  if (security === "full") return "full";
  return "ask";
}

/** routing.groupChat.requireMention -> channels.<whatsapp|telegram|imessage>.groups."*".requireMention (migrateRoutingGroupChatRequireMention). */
export function routingRequireMention(ctx: CustomContext): void {
  const key = keyNode(ctx.root, ["routing", "groupChat", "requireMention"]);
  if (!key) return;
  const value = valueOf(nodeAtPath(ctx.root, ["routing", "groupChat", "requireMention"]));
  const channels = ["whatsapp", "telegram", "imessage"].filter((id) => nodeAtPath(ctx.root, ["channels", id])?.type === "object");
  const message = '`routing.groupChat.requireMention` was removed: it belongs in `channels.<channel>.groups."*".requireMention` of each group-capable channel (WhatsApp, Telegram, iMessage).';
  const usable = channels.filter((id) => {
    const groups = nodeAtPath(ctx.root, ["channels", id, "groups"]);
    return !groups || groups.type === "object";
  });
  ctx.report(key, message, {
    title: channels.length === 0 ? "Remove `routing.groupChat.requireMention` (no WhatsApp, Telegram or iMessage channel is configured)" : `Copy it to ${usable.map((id) => `channels.${id}.groups."*"`).join(", ")}`,
    safe: channels.length > 0 && usable.length === channels.length,
    apply: (s) => {
      const comments = s.commentsOf(["routing", "groupChat", "requireMention"]);
      for (const id of usable) {
        if (s.node(["channels", id, "groups", "*", "requireMention"]) !== undefined) continue;
        if (!s.insert(["channels", id, "groups", "*"], "requireMention", text(s, value), comments)) return false;
      }
      if (!s.remove(["routing", "groupChat", "requireMention"])) return false;
      s.pruneEmpty(["routing", "groupChat"], 0);
      return true;
    },
  });
}

/** tools.message.allowCrossContextSend -> tools.message.crossContext (migrateMessageCrossContext). */
export function crossContextSend(ctx: CustomContext): void {
  const globalPath: JsonPath = ["tools", "message"];
  const global = valueOf(nodeAtPath(ctx.root, globalPath));
  const globalBypass = isRecord(global) ? global.allowCrossContextSend : undefined;
  const scopes: JsonPath[] = [globalPath];
  for (const scope of ["agents.entries.*", "agents.list[]"]) for (const match of matchPattern(ctx.root, `${scope}.tools.message`)) scopes.push(match.path);
  for (const path of scopes) {
    const message = valueOf(nodeAtPath(ctx.root, path));
    if (!isRecord(message) || !("allowCrossContextSend" in message)) continue;
    const key = keyNode(ctx.root, [...path, "allowCrossContextSend"])!;
    const base = `${show([...path, "allowCrossContextSend"])} moved to ${show([...path, "crossContext"])} ({ allowWithinProvider, allowAcrossProviders }).`;
    if (path !== globalPath && globalBypass === true) {
      // Agents inherit a global `true`: doctor derives each agent's flags from both levels.
      ctx.report(key, `${base} With the global switch also set, set each agent's crossContext by hand.`);
      continue;
    }
    const legacy = message.allowCrossContextSend;
    ctx.report(key, base, {
      title: legacy === true ? "Replace with crossContext: { allowWithinProvider: true, allowAcrossProviders: true }" : "Remove it (false is the default)",
      safe: true,
      apply: (s) => {
        if (legacy === true) {
          const existing = valueOf(s.node([...path, "crossContext"]));
          if (existing !== undefined && !isRecord(existing)) return s.fail("crossContext is not an object");
          const comments = s.commentsOf([...path, "allowCrossContextSend"]);
          if (existing === undefined) {
            if (!put(s, path, "crossContext", { allowWithinProvider: true, allowAcrossProviders: true }, comments)) return false;
          } else {
            if (!put(s, [...path, "crossContext"], "allowWithinProvider", true, comments)) return false;
            if (!put(s, [...path, "crossContext"], "allowAcrossProviders", true)) return false;
          }
        }
        return s.remove([...path, "allowCrossContextSend"]);
      },
    });
  }
}

/** threadBindings.spawnSubagentSessions/spawnAcpSessions -> spawnSessions (migrateThreadBindingsSpawnSessionsForPath). */
export function spawnSessions(ctx: CustomContext): void {
  const owners: JsonPath[] = [];
  for (const pattern of ["session.threadBindings", "channels.*.threadBindings", "channels.*.accounts.*.threadBindings"]) for (const m of matchPattern(ctx.root, pattern)) owners.push(m.path);
  for (const path of owners) {
    const bindings = valueOf(nodeAtPath(ctx.root, path));
    if (!isRecord(bindings)) continue;
    const legacy = ["spawnSubagentSessions", "spawnAcpSessions"].filter((k) => k in bindings);
    if (legacy.length === 0) continue;
    const key = keyNode(ctx.root, [...path, legacy[0]!])!;
    const base = `${show([...path, legacy.join("/")])} ${legacy.length > 1 ? "were" : "was"} replaced by ${show([...path, "spawnSessions"])}.`;
    const sub = bindings.spawnSubagentSessions;
    const acp = bindings.spawnAcpSessions;
    const subBool = typeof sub === "boolean" ? sub : undefined;
    const acpBool = typeof acp === "boolean" ? acp : undefined;
    const resolved = subBool === undefined ? acpBool : acpBool === undefined ? subBool : subBool && acpBool;
    if (bindings.spawnSessions !== undefined) {
      ctx.report(key, `${base} spawnSessions is already set and wins.`, { title: "Remove the old switches (spawnSessions is already set)", safe: true, apply: (s) => legacy.every((k) => s.remove([...path, k])) });
      continue;
    }
    const conflicting = subBool !== undefined && acpBool !== undefined && subBool !== acpBool;
    ctx.report(key, base, {
      title: resolved === undefined ? "Remove the old switches" : `Replace with spawnSessions: ${resolved}${conflicting ? " (true only when both were true)" : ""}`,
      safe: !conflicting,
      apply: (s) => {
        for (const k of legacy.slice(1)) if (!s.remove([...path, k])) return false;
        if (resolved === undefined) return s.remove([...path, legacy[0]!]);
        return s.rename([...path, legacy[0]!], "spawnSessions") && replaceWith(s, [...path, "spawnSessions"], resolved);
      },
    });
  }
}

/** browser.ssrfPolicy.hostnameAllowlist -> allowedHostnames (a union, as migrateFinalLayoutRenames does). */
export function hostnameAllowlist(ctx: CustomContext): void {
  const path: JsonPath = ["browser", "ssrfPolicy"];
  const legacyNode = nodeAtPath(ctx.root, [...path, "hostnameAllowlist"]);
  const key = keyNode(ctx.root, [...path, "hostnameAllowlist"]);
  if (!legacyNode || !key || legacyNode.type !== "array") return;
  const legacy = (valueOf(legacyNode) as unknown[]).filter((v): v is string => typeof v === "string");
  const canonicalNode = nodeAtPath(ctx.root, [...path, "allowedHostnames"]);
  const canonical = canonicalNode?.type === "array" ? (valueOf(canonicalNode) as unknown[]).filter((v): v is string => typeof v === "string") : [];
  const missing = [...new Set(legacy)].filter((h) => !canonical.includes(h));
  ctx.report(key, "`browser.ssrfPolicy.hostnameAllowlist` was merged into `browser.ssrfPolicy.allowedHostnames` (wildcards allowed).", {
    title: canonicalNode ? `Add ${missing.length} hostname(s) to allowedHostnames and remove hostnameAllowlist` : "Rename to allowedHostnames",
    safe: !canonicalNode || canonicalNode.type === "array",
    apply: (s) => {
      if (!canonicalNode) {
        const duplicates = legacy.length !== (valueOf(legacyNode) as unknown[]).length || new Set(legacy).size !== legacy.length;
        if (!s.rename([...path, "hostnameAllowlist"], "allowedHostnames")) return false;
        return duplicates ? replaceWith(s, [...path, "allowedHostnames"], [...new Set(legacy)]) : true;
      }
      const comments = s.commentsOf([...path, "hostnameAllowlist"]);
      for (const [n, host] of missing.entries()) if (!s.append([...path, "allowedHostnames"], text(s, host), n === 0 ? comments : {})) return false;
      return s.remove([...path, "hostnameAllowlist"]);
    },
  });
}

/** diagnostics.otel.protocol "grpc": removed, and an exporter with OTLP signals is switched off (diagnostics.otel.grpc-protocol). */
export function otelGrpc(ctx: CustomContext): void {
  const otel = valueOf(nodeAtPath(ctx.root, ["diagnostics", "otel"]));
  if (!isRecord(otel) || otel.protocol !== "grpc") return;
  const node = nodeAtPath(ctx.root, ["diagnostics", "otel", "protocol"])!;
  const signals = otel.traces !== false || otel.metrics !== false || (otel.logs === true && otel.logsExporter !== "stdout");
  const disable = otel.enabled === true && signals;
  ctx.report(node, '`diagnostics.otel.protocol: "grpc"` is no longer accepted: gRPC export is not implemented. Use "http/protobuf" with an OTLP/HTTP collector.', {
    title: disable ? 'Remove protocol "grpc" and disable the exporter until an OTLP/HTTP collector is set' : 'Remove protocol "grpc"',
    safe: true,
    apply: (s) => s.remove(["diagnostics", "otel", "protocol"]) && (!disable || replaceWith(s, ["diagnostics", "otel", "enabled"], false)),
  });
}

/** gateway.tailscale.serviceName: removed, and managed Serve switched off (gateway.tailscale.service-name-remove). */
export function tailscaleServiceName(ctx: CustomContext): void {
  const key = keyNode(ctx.root, ["gateway", "tailscale", "serviceName"]);
  if (!key) return;
  const serve = valueOf(nodeAtPath(ctx.root, ["gateway", "tailscale", "mode"])) === "serve";
  ctx.report(key, "`gateway.tailscale.serviceName` is retired: named Services need routes that cannot follow the Gateway lifecycle." + (serve ? ' OpenClaw also sets `gateway.tailscale.mode` to "off"; then run `tailscale serve clear <service-name>`, or set mode "serve" again for device Serve.' : ""), {
    title: serve ? 'Remove serviceName and set tailscale.mode to "off"' : "Remove `gateway.tailscale.serviceName`",
    safe: !serve,
    apply: (s) => s.remove(["gateway", "tailscale", "serviceName"]) && (!serve || replaceWith(s, ["gateway", "tailscale", "mode"], "off")),
  });
}

/** diagnostics.otel.captureContent / diagnostics.cacheTrace detail objects collapse to booleans (migrateFinalLayoutKills). */
export function diagnosticsBooleans(ctx: CustomContext): void {
  const capture = valueOf(nodeAtPath(ctx.root, ["diagnostics", "otel", "captureContent"]));
  if (isRecord(capture)) {
    const next = typeof capture.enabled === "boolean" ? capture.enabled : Object.entries(capture).some(([k, v]) => k !== "enabled" && v === true);
    ctx.report(keyNode(ctx.root, ["diagnostics", "otel", "captureContent"])!, "`diagnostics.otel.captureContent` is a boolean now.", {
      title: `Replace with captureContent: ${next}`,
      safe: true,
      apply: (s) => replaceWith(s, ["diagnostics", "otel", "captureContent"], next),
    });
  }
  const trace = valueOf(nodeAtPath(ctx.root, ["diagnostics", "cacheTrace"]));
  if (isRecord(trace) && (Object.keys(trace).some((k) => k !== "enabled") || (trace.enabled !== undefined && typeof trace.enabled !== "boolean"))) {
    ctx.report(keyNode(ctx.root, ["diagnostics", "cacheTrace"])!, "`diagnostics.cacheTrace` keeps only `enabled`: its detail fields were retired.", {
      title: `Replace with cacheTrace: { enabled: ${trace.enabled === true} }`,
      safe: true,
      apply: (s) => replaceWith(s, ["diagnostics", "cacheTrace"], { enabled: trace.enabled === true }),
    });
  }
}

/** agents.defaults.promptOverlays: gpt5.personality moves to plugins.entries.openai.config.personality, the rest goes (migrateFinalLayoutKills). */
export function promptOverlays(ctx: CustomContext): void {
  const key = keyNode(ctx.root, ["agents", "defaults", "promptOverlays"]);
  if (!key) return;
  const personalityPath: JsonPath = ["agents", "defaults", "promptOverlays", "gpt5", "personality"];
  const hasPersonality = nodeAtPath(ctx.root, personalityPath) !== undefined;
  const target: JsonPath = ["plugins", "entries", "openai", "config", "personality"];
  const taken = nodeAtPath(ctx.root, target) !== undefined;
  ctx.report(key, "`agents.defaults.promptOverlays` is retired: built-in behaviour applies, and a GPT-5 personality belongs in `plugins.entries.openai.config.personality`.", {
    title: hasPersonality && !taken ? "Move gpt5.personality to plugins.entries.openai.config.personality, remove promptOverlays" : "Remove `agents.defaults.promptOverlays`",
    safe: !taken || !hasPersonality,
    apply: (s) => {
      if (!hasPersonality || taken) return s.remove(["agents", "defaults", "promptOverlays"]);
      // Comments written around the overlay travel with the personality.
      const own = s.commentsOf(personalityPath);
      const around = s.commentsInside(["agents", "defaults", "promptOverlays"]).filter((c) => !(own.leading ?? []).includes(c) && c !== own.trailing);
      const value = s.node(personalityPath)!;
      const valueText = s.text.slice(value.offset, value.offset + value.length);
      if (!s.insert(target.slice(0, -1), "personality", valueText, { ...own, leading: [...around, ...(own.leading ?? [])] })) return false;
      return s.remove(["agents", "defaults", "promptOverlays"]);
    },
  });
}

/** agents.*.sandbox.browser.network "none": the sidecar is disabled and the dedicated network restored. */
export function sandboxBrowserNetworkNone(ctx: CustomContext): void {
  for (const scope of ["agents.defaults", "agents.entries.*", "agents.list[]"]) {
    for (const match of matchPattern(ctx.root, `${scope}.sandbox.browser.network`)) {
      if (typeof match.value.value !== "string" || match.value.value.trim().toLowerCase() !== "none") continue;
      const browser = match.path.slice(0, -1);
      ctx.report(match.value, `${show(match.path)} "none" cannot expose the browser control port: OpenClaw disables this browser sidecar and restores the dedicated network "openclaw-sandbox-browser".`, {
        title: 'Disable the sandbox browser and set network "openclaw-sandbox-browser"',
        safe: false,
        apply: (s) => replaceWith(s, match.path, "openclaw-sandbox-browser") && put(s, browser, "enabled", false),
      }, "warning");
    }
  }
}

/** audio.transcription -> a capability-tagged tools.media.models CLI entry (audio.transcription-v2). */
export function audioTranscription(ctx: CustomContext): void {
  const key = keyNode(ctx.root, ["audio", "transcription"]);
  if (!key) return;
  const source = valueOf(nodeAtPath(ctx.root, ["audio", "transcription"]));
  const command = isRecord(source) && Array.isArray(source.command) ? source.command : undefined;
  const base = "`audio.transcription` moved to a capability-tagged `tools.media.models` entry.";
  const executable = typeof command?.[0] === "string" ? command[0].trim() : "";
  if (!command || !command.every((p) => typeof p === "string") || !/^[\w./~@+-]+$/.test(executable)) {
    ctx.report(key, `${base} Its command is empty or not a plain executable: write the entry by hand.`);
    return;
  }
  const media = valueOf(nodeAtPath(ctx.root, ["tools", "media"]));
  const compatible = (m: unknown) => isRecord(m) && (!Array.isArray(m.capabilities) || m.capabilities.includes("audio"));
  const already = isRecord(media) && ((Array.isArray(media.models) && media.models.some(compatible)) || (isRecord(media.audio) && Array.isArray(media.audio.models) && media.audio.models.some(compatible)));
  const entry: Record<string, unknown> = { command: executable, type: "cli" };
  const args = (command.slice(1) as string[]).map((a) => a.replace(/\{input\}/g, "{{AttachmentPath}}"));
  if (args.length > 0) entry.args = args;
  if (isRecord(source) && typeof source.timeoutSeconds === "number") entry.timeoutSeconds = source.timeoutSeconds;
  entry.capabilities = ["audio"];
  ctx.report(key, base, {
    title: already ? "Remove `audio.transcription` (an audio model is already configured)" : `Move to tools.media.models as a CLI entry (${executable})`,
    safe: !already,
    apply: (s) => {
      if (!already) {
        if (!s.node(["tools", "media", "models"]) && !s.insert(["tools", "media"], "models", "[]")) return false;
        if (!s.append(["tools", "media", "models"], text(s, entry), { leading: s.leadingComments(["audio", "transcription"]) })) return false;
        if (!put(s, ["tools", "media", "audio"], "enabled", true)) return false;
        if (!put(s, ["tools", "media", "audio"], "preferredModel", `cli:${executable}`)) return false;
      }
      if (!s.remove(["audio", "transcription"])) return false;
      s.pruneEmpty(["audio"], 0);
      return true;
    },
  });
}

/** A key of agents.defaults.models that OpenClaw's model policy accepts as an exact ref (provider/model, no empty segment). */
function isExactModelRef(key: string): boolean {
  const parts = key.trim().split("/");
  return parts.length >= 2 && parts.every((p) => p.trim().length > 0 && !/\s/.test(p));
}

/**
 * agents.defaults.models->agents.defaults.modelPolicy.allow: a models map without a modelPolicy (and
 * without the migration marker) restricts model overrides to its keys; doctor writes that restriction
 * out as modelPolicy.allow and marks the migration done (materializeModelPolicyAllowlist).
 */
export function modelPolicyAllowlist(ctx: CustomContext): void {
  const models = nodeAtPath(ctx.root, ["agents", "defaults", "models"]);
  if (models?.type !== "object" || models.children!.length === 0) return;
  if (nodeAtPath(ctx.root, ["agents", "defaults", "modelPolicy"])) return;
  if (valueOf(nodeAtPath(ctx.root, ["meta", "migrations", "modelPolicyAllowlist"])) === true) return;
  const keys = models.children!.map((p) => p.children![0]!.value as string).filter((k) => k.trim().length > 0);
  const aliases = new Set(models.children!.map((p) => valueOf(propertyValue(p.children![1], "alias"))).filter((a): a is string => typeof a === "string").map((a) => a.toLowerCase()));
  const invalid = keys.filter((k) => !isExactModelRef(k) && !aliases.has(k.toLowerCase()) && !k.trim().endsWith("/*"));
  const key = keyNode(ctx.root, ["agents", "defaults", "models"])!;
  const message = `Legacy \`agents.defaults.models\` restricts model overrides to its keys (${keys.length}); OpenClaw 2026.9.x states that in \`agents.defaults.modelPolicy.allow\`.`;
  if (invalid.length > 0) {
    ctx.report(key, `${message} ${invalid.map((k) => `"${k}"`).join(", ")} ${invalid.length > 1 ? "are" : "is"} not a provider/model ref: set \`agents.defaults.modelPolicy.allow\` to the restriction you intend.`, undefined, "warning");
    return;
  }
  ctx.report(key, message, {
    title: `Add agents.defaults.modelPolicy.allow with the ${keys.length} model(s) of agents.defaults.models (the same restriction, made explicit)`,
    safe: true,
    apply: (s) => s.insert(["agents", "defaults", "modelPolicy"], "allow", text(s, keys)) && markAllowlistEvaluated(s),
  }, "warning");
}

const MEDIA_CAPABILITIES = ["image", "audio", "video"] as const;

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable(value[k])]));
}

/**
 * tools.media.<image|audio|video>.models -> capability-tagged entries at the front of tools.media.models
 * (consolidateMediaCapabilityConfig): each entry gets capabilities [<capability>], duplicates within a
 * capability collapse, entries tagged for another capability only are dropped.
 */
export function mediaModelsConsolidation(ctx: CustomContext): void {
  const media = valueOf(nodeAtPath(ctx.root, ["tools", "media"]));
  if (!isRecord(media)) return;
  const legacy = MEDIA_CAPABILITIES.filter((c) => isRecord(media[c]) && Array.isArray((media[c] as Record<string, unknown>).models));
  if (legacy.length === 0) return;
  const plan: { capability: string; index: number }[] = [];
  let dropped = 0;
  for (const capability of legacy) {
    const seen = new Set<string>();
    ((media[capability] as Record<string, unknown>).models as unknown[]).forEach((model, index) => {
      if (!isRecord(model)) return void dropped++;
      if (Array.isArray(model.capabilities) && !model.capabilities.includes(capability)) return void dropped++;
      const { capabilities: _ignored, ...rest } = model;
      const signature = JSON.stringify(stable(rest));
      if (seen.has(signature)) return;
      seen.add(signature);
      plan.push({ capability, index });
    });
  }
  const shared = Array.isArray(media.models) ? media.models.length : 0;
  const key = keyNode(ctx.root, ["tools", "media", `${legacy[0]}`, "models"])!;
  ctx.report(key, `Per-capability media model lists (${legacy.map((c) => `tools.media.${c}.models`).join(", ")}) moved to capability-tagged entries of \`tools.media.models\`.`, {
    title: `Move ${plan.length} model(s) into tools.media.models with their capability${dropped ? ` (drops ${dropped} entry(ies) tagged for another capability, as OpenClaw does)` : ""}`,
    safe: dropped === 0,
    apply: (s) => {
      for (const { capability, index } of plan) {
        const path: JsonPath = ["tools", "media", capability, "models", index];
        if (s.node([...path, "capabilities"]) ? !replaceWith(s, [...path, "capabilities"], [capability]) : !s.insert(path, "capabilities", text(s, [capability]))) return false;
      }
      if (!s.node(["tools", "media", "models"]) && !s.insert(["tools", "media"], "models", "[]")) return false;
      const listComments = new Map(legacy.map((c) => [c as string, s.commentsOf(["tools", "media", c, "models"]).leading ?? []]));
      for (const { capability, index } of plan) {
        // The comments above a capability's list go with its first entry.
        const extra = listComments.get(capability) ?? [];
        listComments.set(capability, []);
        if (!s.copyItem(["tools", "media", capability, "models", index], ["tools", "media", "models"], extra)) return false;
      }
      // The shared entries come after the migrated ones, as in OpenClaw's result.
      for (let n = 0; n < shared; n++) {
        if (!s.copyItem(["tools", "media", "models", 0], ["tools", "media", "models"])) return false;
        if (!s.removeItem(["tools", "media", "models", 0])) return false;
      }
      for (const capability of legacy) {
        if (!s.remove(["tools", "media", capability, "models"])) return false;
        s.pruneEmpty(["tools", "media", capability], 2);
      }
      return true;
    },
  });
}

/** channels.whatsapp.debounceMs -> messages.inbound.byChannel.whatsapp (migrateWhatsAppDebounce), for a single source. */
export function whatsappDebounce(ctx: CustomContext): void {
  const sources: JsonPath[] = [];
  for (const m of matchPattern(ctx.root, "channels.whatsapp.debounceMs")) sources.push(m.path);
  for (const m of matchPattern(ctx.root, "channels.whatsapp.accounts.*.debounceMs")) sources.push(m.path);
  if (sources.length === 0) return;
  const target: JsonPath = ["messages", "inbound", "byChannel", "whatsapp"];
  const message = "WhatsApp `debounceMs` moved to `messages.inbound.byChannel.whatsapp`.";
  for (const path of sources) {
    const key = keyNode(ctx.root, path)!;
    const value = valueOf(nodeAtPath(ctx.root, path));
    const valid = typeof value === "number" && Number.isInteger(value) && value >= 0;
    if (sources.length > 1) {
      ctx.report(key, `${message} Several accounts set one: OpenClaw keeps one value (the default account's); set it there by hand.`);
      continue;
    }
    const exists = nodeAtPath(ctx.root, target) !== undefined;
    ctx.report(key, message, {
      title: !valid ? "Remove the invalid debounceMs" : exists ? "Remove it (messages.inbound.byChannel.whatsapp is already set and wins)" : "Move to messages.inbound.byChannel.whatsapp",
      safe: !valid || !exists || JSON.stringify(valueOf(nodeAtPath(ctx.root, target))) === JSON.stringify(value),
      apply: (s) => (!valid || exists ? s.remove(path) : moveOrDrop(s, path, target)),
    });
  }
}

/**
 * runtime.agents-explicit-ownership: a keyed roster of several agents without a `default: true`
 * marker must say `agents.ownership: "explicit"` (OpenClaw 2026.9.6 rejects it otherwise); doctor
 * also names "main", when there is one, the owner of ambient operations and heartbeats.
 */
export function explicitOwnership(ctx: CustomContext): void {
  const entries = nodeAtPath(ctx.root, ["agents", "entries"]);
  if (entries?.type !== "object" || entries.children!.length < 2) return;
  if (nodeAtPath(ctx.root, ["agents", "ownership"]) || nodeAtPath(ctx.root, ["agents", "list"])) return;
  const values = entries.children!.map((p) => valueOf(p.children![1]));
  if (values.some((v) => isRecord(v) && v.default === true)) return;
  const ids = entries.children!.map((p) => p.children![0]!.value as string);
  const main = ids.includes("main");
  ctx.report(keyNode(ctx.root, ["agents", "entries"])!, 'A roster of several agents without a `default: true` agent needs `agents.ownership: "explicit"`: OpenClaw 2026.9.6 refuses it otherwise.', {
    title: `Set agents.ownership to "explicit"${main ? ' and "main" as the system and heartbeat agent (as doctor does)' : ""}`,
    safe: true,
    apply: (s) => {
      if (!s.insert(["agents"], "ownership", text(s, "explicit"))) return false;
      if (!main) return true;
      if (!s.node(["agents", "defaults", "systemAgent", "agentId"]) && !s.insert(["agents", "defaults", "systemAgent"], "agentId", text(s, "main"))) return false;
      if (!s.node(["agents", "defaults", "heartbeat", "agentId"]) && !s.insert(["agents", "defaults", "heartbeat"], "agentId", text(s, "main"))) return false;
      return true;
    },
  });
}

const BIND_ALIASES: Record<string, string> = { "0.0.0.0": "lan", "::": "lan", "[::]": "lan", "*": "lan", "127.0.0.1": "loopback", localhost: "loopback", "::1": "loopback", "[::1]": "loopback" };
const DEFAULT_GATEWAY_PORT = 18789;

/**
 * gateway.controlUi.allowedOrigins-seed-for-non-loopback: a Gateway bound beyond loopback needs the
 * Control UI origins it accepts; the Gateway seeds localhost ones at start, doctor writes them down.
 */
export function seedAllowedOrigins(ctx: CustomContext): void {
  const gateway = valueOf(nodeAtPath(ctx.root, ["gateway"]));
  if (!isRecord(gateway) || typeof gateway.bind !== "string") return;
  const bind = BIND_ALIASES[gateway.bind.trim().toLowerCase()] ?? gateway.bind;
  if (!["lan", "tailnet", "custom", "auto"].includes(bind)) return;
  const controlUi = isRecord(gateway.controlUi) ? gateway.controlUi : {};
  if (controlUi.dangerouslyAllowHostHeaderOriginFallback === true) return;
  if (Array.isArray(controlUi.allowedOrigins) && controlUi.allowedOrigins.some((o) => typeof o === "string" && o.trim())) return;
  const port = typeof gateway.port === "number" && gateway.port > 0 ? gateway.port : DEFAULT_GATEWAY_PORT;
  const origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
  const custom = typeof gateway.customBindHost === "string" ? gateway.customBindHost.trim() : "";
  if (bind === "custom" && custom && !origins.includes(`http://${custom}:${port}`)) origins.push(`http://${custom}:${port}`);
  ctx.report(nodeAtPath(ctx.root, ["gateway", "bind"])!, `A Gateway bound to "${bind}" needs \`gateway.controlUi.allowedOrigins\` (required since OpenClaw 2026.2.26): the Gateway falls back to ${origins.join(", ")} at start, and doctor writes them into the config. Add the origins of other machines that open the Control UI.`, {
    title: `Set gateway.controlUi.allowedOrigins to ${origins.join(", ")}`,
    safe: true,
    apply: (s) => (s.node(["gateway", "controlUi", "allowedOrigins"]) ? replaceWith(s, ["gateway", "controlUi", "allowedOrigins"], origins) : s.insert(["gateway", "controlUi"], "allowedOrigins", text(s, origins))),
  }, "warning");
}

/** A tool-policy glob (`*` any run of characters) as a test on normalized names. */
function globMatches(pattern: string, name: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p === "*") return true;
  if (!p.includes("*")) return p === name;
  const re = new RegExp(`^${p.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return re.test(name);
}

/** Is this path a tool policy scope (legacy-tool-policy-scopes.ts: isToolPolicyPath)? */
function isToolPolicyPath(path: JsonPath): boolean {
  const keys = path.map(String);
  if (keys[keys.length - 1] === "tools" || keys.includes("toolsBySender")) return true;
  const byProvider = keys.lastIndexOf("byProvider");
  return byProvider >= 0 && keys.slice(0, byProvider).includes("tools");
}

/**
 * tools.suggest-task-name / tools.view-image-name: a renamed tool in persisted tool policies. An exact
 * old name becomes the new one; a glob that covered the old name but not the new gets the new name
 * appended, so the policy keeps granting the same tool (migrateLegacyToolNameList).
 */
export function toolNameMigration(legacyName: string, canonicalName: string): (ctx: CustomContext) => void {
  return (ctx) => {
    const visit = (node: JsonNode, path: JsonPath) => {
      if (node.type === "array") return node.children!.forEach((child, i) => visit(child, [...path, i]));
      if (node.type !== "object") return;
      const listKeys = isToolPolicyPath(path) ? ["allow", "alsoAllow", "deny"] : [];
      if (propertyNode(node, "toolsAllow")) listKeys.push("toolsAllow");
      for (const key of listKeys) {
        const list = propertyValue(node, key);
        if (list?.type !== "array") continue;
        const listPath: JsonPath = [...path, key];
        const items = list.children!.map((item, i) => ({ node: item, i, name: typeof item.value === "string" && item.type === "string" ? item.value.trim().toLowerCase() : undefined }));
        const exact = items.filter((item) => item.name === legacyName);
        if (exact.length > 0) {
          for (const item of exact) {
            ctx.report(item.node, `The "${legacyName}" tool is now "${canonicalName}": ${show(listPath)} should name the new tool.`, {
              title: `Replace "${legacyName}" with "${canonicalName}"`,
              safe: true,
              apply: (s) => replaceWith(s, [...listPath, item.i], canonicalName),
            }, "warning");
          }
        } else {
          const names = items.map((item) => item.name).filter((n): n is string => n !== undefined);
          if (names.some((p) => globMatches(p, legacyName)) && !names.some((p) => globMatches(p, canonicalName))) {
            ctx.report(list, `${show(listPath)} covers the old "${legacyName}" tool through a pattern, but not its new name "${canonicalName}".`, {
              title: `Add "${canonicalName}" to ${show(listPath)}`,
              safe: true,
              apply: (s) => s.append(listPath, text(s, canonicalName)),
            }, "warning");
          }
        }
      }
      for (const property of node.children!) {
        const value = property.children![1];
        if (value) visit(value, [...path, property.children![0]!.value as string]);
      }
    };
    for (const root of ["tools", "agents", "channels", "gateway"]) {
      const node = nodeAtPath(ctx.root, [root]);
      if (node) visit(node, [root]);
    }
  };
}

/** web.enabled -> channels.whatsapp.enabled; the whole retired `web` block goes (migrateWebEnabled). */
export function webEnabled(ctx: CustomContext): void {
  const web = valueOf(nodeAtPath(ctx.root, ["web"]));
  const key = keyNode(ctx.root, ["web"]);
  if (!isRecord(web) || !key) return;
  const hasEnabled = "enabled" in web;
  const whatsappEnabled = nodeAtPath(ctx.root, ["channels", "whatsapp", "enabled"]) !== undefined;
  const others = Object.keys(web).filter((k) => k !== "enabled");
  ctx.report(key, "The `web` block is retired: `web.enabled` is now `channels.whatsapp.enabled`.", {
    title: hasEnabled && !whatsappEnabled ? "Move web.enabled to channels.whatsapp.enabled and remove `web`" : "Remove the retired `web` block",
    safe: others.length === 0 && (!hasEnabled || !whatsappEnabled || valueOf(nodeAtPath(ctx.root, ["channels", "whatsapp", "enabled"])) === web.enabled),
    apply: (s) => {
      if (!hasEnabled || whatsappEnabled) return s.remove(["web"], { keepLeadingComments: true });
      // The comments of the `web` block travel with its one meaningful value.
      const own = s.commentsOf(["web", "enabled"]);
      const outer = s.commentsOf(["web"]);
      const options: InsertOptions = { leading: [...(outer.leading ?? []), ...(own.leading ?? [])] };
      const trailing = [outer.trailing, own.trailing].filter((c): c is string => c !== undefined);
      if (trailing.length > 0) options.trailing = trailing.join(" ");
      if (!s.insert(["channels", "whatsapp"], "enabled", text(s, web.enabled), options)) return false;
      return s.remove(["web"]);
    },
  });
}

/** cliBackends.<id>.sessionArg -> sessionArgs: [sessionArg, "{sessionId}"] (migrateCliBackendSessionArgs). */
export function cliBackendSessionArg(ctx: CustomContext): void {
  for (const scope of ["agents.defaults", "agents.entries.*", "agents.list[]"]) {
    for (const match of matchPattern(ctx.root, `${scope}.cliBackends.*.sessionArg`)) {
      const backend = match.path.slice(0, -1);
      const value = valueOf(match.value);
      const has = nodeAtPath(ctx.root, [...backend, "sessionArgs"]) !== undefined;
      ctx.report(match.property!.children![0]!, `${show(match.path)} was replaced by ${show([...backend, "sessionArgs"])} (a list with the session id placeholder).`, {
        title: has || typeof value !== "string" ? "Remove sessionArg (sessionArgs is already set)" : `Replace with sessionArgs: [${JSON.stringify(value)}, "{sessionId}"]`,
        safe: true,
        apply: (s) => (has || typeof value !== "string" ? s.remove(match.path) : s.rename(match.path, "sessionArgs") && replaceWith(s, [...backend, "sessionArgs"], [value, "{sessionId}"])),
      });
    }
  }
}

/** channels.signal(.accounts.*).httpHost/httpPort -> httpUrl (migrateSignalEndpoint). */
export function signalEndpoint(ctx: CustomContext): void {
  const root = valueOf(nodeAtPath(ctx.root, ["channels", "signal"]));
  if (!isRecord(root)) return;
  const owners: { path: JsonPath; inherited?: Record<string, unknown> }[] = [{ path: ["channels", "signal"] }];
  for (const m of matchPattern(ctx.root, "channels.signal.accounts.*")) owners.push({ path: m.path, inherited: root });
  for (const { path, inherited } of owners) {
    const entry = valueOf(nodeAtPath(ctx.root, path));
    if (!isRecord(entry) || (!("httpHost" in entry) && !("httpPort" in entry))) continue;
    const legacy = ["httpHost", "httpPort"].filter((k) => k in entry);
    const key = keyNode(ctx.root, [...path, legacy[0]!])!;
    const base = `${show([...path, legacy.join("/")])} ${legacy.length > 1 ? "were" : "was"} replaced by ${show([...path, "httpUrl"])}.`;
    const removeLegacy = (s: EditSession) => legacy.every((k) => s.remove([...path, k]));
    if (entry.httpUrl !== undefined || (inherited && typeof inherited.httpUrl === "string")) {
      ctx.report(key, `${base} httpUrl is already set${entry.httpUrl === undefined ? " on the channel" : ""} and wins.`, { title: "Remove httpHost/httpPort", safe: true, apply: removeLegacy });
      continue;
    }
    const rawHost = [entry.httpHost, inherited?.httpHost].find((h) => typeof h === "string" && h.trim()) as string | undefined;
    const hostName = rawHost?.trim() ?? "127.0.0.1";
    const host = hostName.includes(":") && !hostName.startsWith("[") ? `[${hostName}]` : hostName;
    const port = entry.httpPort ?? inherited?.httpPort;
    const url = `http://${host}:${typeof port === "number" ? port : 8080}`;
    ctx.report(key, base, {
      title: `Replace with httpUrl: "${url}"${entry.autoStart === undefined ? " and autoStart: true" : ""}`,
      safe: true,
      apply: (s) => {
        const comments = s.commentsOf([...path, legacy[0]!]);
        if (!removeLegacy(s)) return false;
        if (!s.insert(path, "httpUrl", text(s, url), comments)) return false;
        return entry.autoStart !== undefined || s.insert(path, "autoStart", "true");
      },
    });
  }
}

/** Legacy web-search provider blocks and the plugin that owns each now (LEGACY_WEB_SEARCH_OWNERS, migrated ones). */
const WEB_SEARCH_OWNERS: Record<string, string> = { brave: "brave", duckduckgo: "duckduckgo", exa: "exa", firecrawl: "firecrawl", gemini: "google", grok: "xai", kimi: "moonshot", minimax: "minimax", ollama: "ollama", perplexity: "perplexity", searxng: "searxng" };
const RETIRED_GROK_SEARCH: Record<string, string> = { "grok-4-1-fast": "grok-4.3", "grok-4-1-fast-reasoning": "grok-4.3", "grok-4-fast": "grok-4.3", "grok-4-fast-reasoning": "grok-4.3", "grok-4-0709": "grok-4.3", "grok-code-fast-1": "grok-build-0.1", "grok-code-fast": "grok-build-0.1", "grok-code-fast-1-0825": "grok-build-0.1" };

/** Enables a plugin entry that has no `enabled` yet (doctor activates the plugin that receives a setting). */
function activatePlugin(s: EditSession, pluginId: string): boolean {
  return s.node(["plugins", "entries", pluginId, "enabled"]) !== undefined || s.insert(["plugins", "entries", pluginId], "enabled", "true");
}

/** tools.web.search.<provider> and the global apiKey -> plugins.entries.<plugin>.config.webSearch (prepareWebSearch). */
export function webSearchProviders(ctx: CustomContext): void {
  const search = valueOf(nodeAtPath(ctx.root, ["tools", "web", "search"]));
  if (!isRecord(search)) return;
  for (const [providerId, owner] of Object.entries(WEB_SEARCH_OWNERS)) {
    const payload = search[providerId];
    if (!isRecord(payload)) continue;
    const from: JsonPath = ["tools", "web", "search", providerId];
    const target: JsonPath = ["plugins", "entries", owner, "config", "webSearch"];
    const key = keyNode(ctx.root, from)!;
    if (providerId === "brave" && "apiKey" in search) continue; // the global key goes in first (see below)
    const message = `${show(from)} moved to the ${owner} plugin: ${show(target)}.`;
    if (Object.keys(payload).length === 0) {
      ctx.report(key, message, { title: `Remove the empty ${show(from)}`, safe: true, apply: (s) => s.remove(from) });
      continue;
    }
    const existing = valueOf(nodeAtPath(ctx.root, target));
    const conflicts = isRecord(existing) ? Object.keys(payload).filter((k) => k in existing && JSON.stringify(existing[k]) !== JSON.stringify(payload[k])) : [];
    const retiredModel = providerId === "grok" && typeof payload.model === "string" ? RETIRED_GROK_SEARCH[payload.model.trim().toLowerCase()] : undefined;
    ctx.report(key, message, {
      title: `${existing === undefined ? "Move" : "Merge"} ${show(from)} into ${show(target)}${retiredModel ? ` (model ${retiredModel})` : ""}${conflicts.length ? ` (drops ${conflicts.join(", ")}: already set there)` : ""}`,
      safe: conflicts.length === 0 && (existing === undefined || isRecord(existing)),
      apply: (s) => {
        if (retiredModel && !replaceWith(s, [...from, "model"], retiredModel)) return false;
        const moved = s.node(target) ? mergeInto(s, from, target) : s.move(from, target.slice(0, -1), "webSearch");
        return moved && activatePlugin(s, owner);
      },
    });
  }
  if ("apiKey" in search) {
    const from: JsonPath = ["tools", "web", "search", "apiKey"];
    const key = keyNode(ctx.root, from)!;
    const brave = isRecord(search.brave);
    const existing = valueOf(nodeAtPath(ctx.root, ["plugins", "entries", "brave", "config", "webSearch", "apiKey"]));
    ctx.report(key, "`tools.web.search.apiKey` (the Brave Search key) moved to `plugins.entries.brave.config.webSearch.apiKey`.", {
      title: brave ? "Put the key into tools.web.search.brave (moved to the Brave plugin next)" : existing === undefined ? "Move to plugins.entries.brave.config.webSearch.apiKey" : "Remove it (the Brave plugin already has a key, which OpenClaw keeps)",
      safe: brave || existing === undefined || JSON.stringify(existing) === JSON.stringify(search.apiKey),
      apply: (s) => {
        if (brave) {
          if (s.node(["tools", "web", "search", "brave", "apiKey"]) && !s.remove(["tools", "web", "search", "brave", "apiKey"])) return false;
          return s.move(from, ["tools", "web", "search", "brave"], "apiKey");
        }
        if (existing !== undefined) return s.remove(from);
        return s.move(from, ["plugins", "entries", "brave", "config", "webSearch"], "apiKey") && activatePlugin(s, "brave");
      },
    });
  }
}

/**
 * memory.qmd / memory.search.qmd (runtime.memory-qmd-retired): the QMD backend is gone; its external
 * paths and collections become memory.search.extraPaths, session indexing becomes
 * experimental.sessionMemory with "sessions" among the sources (migrateRetiredMemoryQmd, root scope).
 */
export function retiredMemoryQmd(ctx: CustomContext): void {
  const qmd = valueOf(nodeAtPath(ctx.root, ["memory", "qmd"]));
  const searchQmd = valueOf(nodeAtPath(ctx.root, ["memory", "search", "qmd"]));
  const present: JsonPath[] = [];
  if (nodeAtPath(ctx.root, ["memory", "qmd"])) present.push(["memory", "qmd"]);
  if (nodeAtPath(ctx.root, ["memory", "search", "qmd"])) present.push(["memory", "search", "qmd"]);
  if (present.length === 0) return;
  const read = (list: unknown) =>
    (Array.isArray(list) ? list : []).flatMap((c) => {
      if (!isRecord(c) || typeof c.path !== "string" || !c.path.trim()) return [];
      const pattern = typeof c.pattern === "string" ? c.pattern.trim() : "";
      return [pattern ? { path: c.path.trim(), pattern } : c.path.trim()];
    });
  const entries = [...read(isRecord(qmd) ? qmd.paths : undefined), ...read(isRecord(searchQmd) ? searchQmd.extraCollections : undefined)];
  const existing = valueOf(nodeAtPath(ctx.root, ["memory", "search", "extraPaths"]));
  const keyOf = (e: unknown) => (typeof e === "string" ? `${e}\0` : isRecord(e) ? `${String(e.path)}\0${String(e.pattern ?? "")}` : "");
  const seen = new Set((Array.isArray(existing) ? existing : []).map(keyOf));
  const toAdd = entries.filter((e) => (seen.has(keyOf(e)) ? false : (seen.add(keyOf(e)), true)));
  const sessions = [qmd, searchQmd].some((q) => isRecord(q) && isRecord(q.sessions) && q.sessions.enabled === true);
  const parts = [toAdd.length ? `${toAdd.length} path(s) to memory.search.extraPaths` : "", sessions ? "session indexing to memory.search.experimental.sessionMemory" : ""].filter(Boolean);
  for (const path of present) {
    ctx.report(keyNode(ctx.root, path)!, `${show(path)} is retired: the QMD memory backend was removed (OpenClaw 2026.8.1); builtin memory search reads external paths from \`memory.search.extraPaths\`.`, {
      title: `Remove the QMD settings${parts.length ? `, carrying ${parts.join(" and ")}` : ""}`,
      safe: true,
      apply: (s) => {
        // The comments above the QMD blocks go with what they become.
        const comments = present.flatMap((p) => s.commentsOf(p).leading ?? []);
        if (toAdd.length > 0) {
          if (!s.node(["memory", "search", "extraPaths"]) && !s.insert(["memory", "search"], "extraPaths", "[]", { leading: comments })) return false;
          for (const e of toAdd) if (!s.append(["memory", "search", "extraPaths"], text(s, e))) return false;
        }
        if (sessions) {
          const experimental = valueOf(s.node(["memory", "search", "experimental"]));
          if ((experimental === undefined || isRecord(experimental)) && (!isRecord(experimental) || experimental.sessionMemory === undefined)) {
            if (!s.insert(["memory", "search", "experimental"], "sessionMemory", "true")) return false;
          }
          const sources = valueOf(s.node(["memory", "search", "sources"]));
          if (sources === undefined || (Array.isArray(sources) && sources.length === 0)) {
            if (!put(s, ["memory", "search"], "sources", ["memory", "sessions"])) return false;
          } else if (Array.isArray(sources) && !sources.includes("sessions") && !s.append(["memory", "search", "sources"], text(s, "sessions"))) return false;
        }
        for (const p of [["memory", "search", "qmd"], ["memory", "qmd"]] as JsonPath[]) if (s.node(p) && !s.remove(p)) return false;
        return true;
      },
    });
  }
}

/**
 * plugins.codex-supervisor->plugins.codex.config.supervision (migrateLegacyCodexSupervisorPlugin):
 * the supervisor plugin's entry becomes the Codex plugin's `supervision` block; plugin policies follow.
 */
export function codexSupervisor(ctx: CustomContext): void {
  const entries = nodeAtPath(ctx.root, ["plugins", "entries"]);
  const legacyProperty = entries?.type === "object" ? entries.children!.find((p) => String(p.children![0]!.value).trim().toLowerCase() === "codex-supervisor") : undefined;
  const denyList = valueOf(nodeAtPath(ctx.root, ["plugins", "deny"]));
  const denied = Array.isArray(denyList) && denyList.some((e) => typeof e === "string" && e.trim().toLowerCase() === "codex-supervisor");
  if (legacyProperty) {
    const legacyKey = legacyProperty.children![0]!.value as string;
    const legacyPath: JsonPath = ["plugins", "entries", legacyKey];
    const legacy = valueOf(legacyProperty.children![1]);
    const codexKey = entries!.children!.map((p) => p.children![0]!.value as string).find((k) => k.trim().toLowerCase() === "codex") ?? "codex";
    const base = `\`plugins.entries.${legacyKey}\` is retired: Codex supervision is configured in \`plugins.entries.${codexKey}.config.supervision\`.`;
    if (!isRecord(legacy)) {
      ctx.report(legacyProperty.children![0]!, base, { title: "Remove the invalid codex-supervisor entry", safe: true, apply: (s) => s.remove(legacyPath) });
    } else {
      const config = isRecord(legacy.config) ? legacy.config : {};
      const enabled = legacy.enabled === true && !denied;
      const payload: Record<string, unknown> = { enabled };
      if (Array.isArray(config.endpoints)) payload.endpoints = config.endpoints;
      if (typeof config.allowRawTranscripts === "boolean") payload.allowRawTranscripts = config.allowRawTranscripts;
      if (typeof config.allowWriteControls === "boolean") payload.allowWriteControls = config.allowWriteControls;
      const dropped = [...Object.keys(config).filter((k) => !(k in payload)), ...Object.keys(legacy).filter((k) => k !== "enabled" && k !== "config")];
      const supervisionPath: JsonPath = ["plugins", "entries", codexKey, "config", "supervision"];
      const existing = valueOf(nodeAtPath(ctx.root, supervisionPath));
      ctx.report(legacyProperty.children![0]!, base, {
        title: `Move it to plugins.entries.${codexKey}.config.supervision${dropped.length ? ` (drops ${dropped.join(", ")}, which Codex supervision does not take)` : ""}`,
        safe: dropped.length === 0 && (existing === undefined || isRecord(existing)),
        apply: (s) => {
          const comments = s.commentsOf(legacyPath);
          if (enabled && s.node(["plugins", "entries", codexKey, "enabled"]) === undefined && !s.insert(["plugins", "entries", codexKey], "enabled", "true")) return false;
          if (!isRecord(existing)) {
            if (!s.insert(supervisionPath.slice(0, -1), "supervision", text(s, payload), comments)) return false;
          } else {
            for (const [k, v] of Object.entries(payload)) if (!(k in existing) && !s.insert(supervisionPath, k, text(s, v))) return false;
          }
          return s.remove(legacyPath);
        },
      });
    }
  }
  for (const list of ["allow", "deny"] as const) {
    const node = nodeAtPath(ctx.root, ["plugins", list]);
    if (node?.type !== "array") continue;
    node.children!.forEach((item, i) => {
      if (item.type !== "string" || String(item.value).trim().toLowerCase() !== "codex-supervisor") return;
      const hasCodex = node.children!.some((o) => o.type === "string" && String(o.value).trim().toLowerCase() === "codex");
      const removeIt = list === "deny" || hasCodex;
      ctx.report(item, `The "codex-supervisor" plugin is retired: ${list === "deny" ? "denying it has no effect any more" : 'supervision ships with the "codex" plugin'}.`, {
        title: removeIt ? `Remove "codex-supervisor" from plugins.${list}` : 'Replace with "codex"',
        safe: true,
        apply: (s) => (removeIt ? s.removeItem(["plugins", list, i]) : replaceWith(s, ["plugins", list, i], "codex")),
      });
    });
  }
}

/** Context windows OpenClaw's bundled catalog once shipped wrong (STALE_CONTEXT_WINDOW_FIXES, 2026.9.6). */
const STALE_CONTEXT_WINDOWS: Record<string, { stale: number; correct: number }> = {
  "deepseek/deepseek-v4-flash": { stale: 200_000, correct: 1_000_000 },
  ...Object.fromEntries(
    ["0309-reasoning", "0309-non-reasoning", "beta-latest-reasoning", "beta-latest-non-reasoning", "experimental-beta-0304-reasoning", "experimental-beta-0304-non-reasoning", "reasoning", "non-reasoning"].map((suffix) => [
      `xai/grok-4.20-${suffix}`,
      { stale: 2_000_000, correct: 1_000_000 },
    ]),
  ),
};
/** Thinking payload dialects OpenClaw knows (MODEL_DATA_THINKING_FORMATS). */
const THINKING_FORMATS = new Set(["openai", "openrouter", "deepseek", "together", "qwen", "qwen-chat-template", "zai"]);

/** models.providers.*.models.*.contextWindow-stale and compat.thinkingFormat-invalid: two catalog repairs on provider model entries. */
export function providerModelRepairs(kind: "contextWindow" | "thinkingFormat"): (ctx: CustomContext) => void {
  return (ctx) => providerModelRepair(ctx, kind);
}

function providerModelRepair(ctx: CustomContext, kind: "contextWindow" | "thinkingFormat"): void {
  for (const match of matchPattern(ctx.root, "models.providers.*.models[]")) {
    const model = valueOf(match.value);
    if (!isRecord(model)) continue;
    const providerId = String(match.path[2]).trim().toLowerCase();
    if (kind === "contextWindow" && typeof model.id === "string" && typeof model.contextWindow === "number") {
      const id = model.id.trim().toLowerCase();
      const fix = STALE_CONTEXT_WINDOWS[`${providerId}/${id.startsWith(`${providerId}/`) ? id.slice(providerId.length + 1) : id}`];
      if (fix && model.contextWindow === fix.stale) {
        const path = [...match.path, "contextWindow"];
        ctx.report(nodeAtPath(ctx.root, path)!, `contextWindow ${fix.stale} of "${model.id}" is a stale catalog value: the model's window is ${fix.correct} (doctor repairs it).`, {
          title: `Replace with ${fix.correct}`,
          safe: true,
          apply: (s) => s.replace(path, String(fix.correct)),
        }, "warning");
      }
    }
    const compat = model.compat;
    if (kind === "thinkingFormat" && isRecord(compat) && typeof compat.thinkingFormat === "string" && !THINKING_FORMATS.has(compat.thinkingFormat)) {
      const path = [...match.path, "compat", "thinkingFormat"];
      ctx.report(nodeAtPath(ctx.root, path)!, `compat.thinkingFormat "${compat.thinkingFormat}" is not a format OpenClaw knows (${[...THINKING_FORMATS].join(", ")}): the runtime default applies, and doctor removes it.`, {
        title: "Remove the unrecognized thinkingFormat",
        safe: true,
        apply: (s) => s.remove(path),
      });
    }
  }
}
