import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { acpBindings } from "../../server/src/core/rules/acpBindings";
import { agentRoster } from "../../server/src/core/rules/agentRoster";
import { blankString } from "../../server/src/core/rules/blankString";
import { broadcastGroups } from "../../server/src/core/rules/broadcastGroups";
import { NON_BLANK_STRING_PATHS } from "../../server/src/core/openclaw/openclawData";
import { browserProfiles } from "../../server/src/core/rules/browserProfiles";
import { execSecretProvider, isAbsolutePath, isSafeExecutableValue } from "../../server/src/core/rules/execSecretProvider";
import { gatewayOrigins, isValidPortalIngressDomain } from "../../server/src/core/rules/gatewayOrigins";
import { gatewayRoles } from "../../server/src/core/rules/gatewayRoles";
import { heartbeatSchedule } from "../../server/src/core/rules/heartbeatSchedule";
import { hookMappingSession } from "../../server/src/core/rules/hookMappings";
import { edgeAuthHeaders } from "../../server/src/core/rules/edgeAuthHeaders";
import { egressProxyHosts, exactHostProblem } from "../../server/src/core/rules/egressProxyHosts";
import { cloudWorkerProfile } from "../../server/src/core/rules/cloudWorkers";
import { isProviderModelRef, modelRefFormat } from "../../server/src/core/rules/modelRefFormat";
import { isSafeRelativeModulePath, pathsAndUrls } from "../../server/src/core/rules/pathsAndUrls";
import { bindSource, isSandboxHostPathAbsolute, sandboxSecurity } from "../../server/src/core/rules/sandboxSecurity";
import { toolPolicyConflict } from "../../server/src/core/rules/toolPolicy";
import { durationsAndSizes } from "../../server/src/core/rules/durationsAndSizes";
import { parseByteSize, parseDurationMs } from "../../server/src/core/openclaw/units";
import type { Rule } from "../../server/src/core/rules/rule";
import { isValidExecSecretRefId, isValidFileSecretRefId, secretRefIds } from "../../server/src/core/rules/secretRefIds";
import { talkProvider } from "../../server/src/core/rules/talkProvider";
import { webSearchProvider } from "../../server/src/core/rules/webSearchProvider";
import { validateDocument } from "../../server/src/core/services/validation";
import { applyTextEdits } from "../lsp/lspClient";

function run(rule: Rule, text: string) {
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  const diagnostics = validateDocument(doc, [rule]);
  return { diagnostics, found: diagnostics.map((d) => [d.data.path, d.severity === DiagnosticSeverity.Error ? "error" : "warning"]) };
}

describe("agent-roster", () => {
  it("several agents need ownership: explicit (fix inserts it) or one default marker", () => {
    const text = `{\n  agents: {\n    entries: { main: {}, work: {} },\n  },\n}\n`;
    const { diagnostics, found } = run(agentRoster, text);
    assert.deepEqual(found, [["agents", "error"]]);
    assert.equal(applyTextEdits(text, diagnostics[0]!.data.fixes![0]!.edits), `{\n  agents: {\n    entries: { main: {}, work: {} },\n    ownership: "explicit",\n  },\n}\n`);
    assert.deepEqual(run(agentRoster, `{ agents: { ownership: "explicit", entries: { main: {}, work: {} } } }`).found, []);
    assert.deepEqual(run(agentRoster, `{ agents: { entries: { main: { default: true }, work: {} } } }`).found, []);
    assert.deepEqual(run(agentRoster, `{ agents: { entries: { main: {} } } }`).found, []);
  });
  it("flags ids that normalize alike, several defaults, and explicit ownership with a default marker", () => {
    assert.deepEqual(run(agentRoster, `{ agents: { ownership: "explicit", entries: { work: {}, Work: {} } } }`).found, [["agents.entries.Work", "error"]]);
    assert.deepEqual(run(agentRoster, `{ agents: { entries: { a: { default: true }, b: { default: true } } } }`).found, [["agents.entries", "error"]]);
    assert.deepEqual(run(agentRoster, `{ agents: { ownership: "explicit", entries: { a: { default: true }, b: {} } } }`).found, [["agents.ownership", "error"]]);
  });
});

describe("talk-provider", () => {
  it("provider must name a configured provider (case-insensitive), and is required with several", () => {
    assert.deepEqual(run(talkProvider, `{ talk: { provider: "elevenlab", providers: { elevenlabs: {} } } }`).found, [["talk.provider", "error"]]);
    assert.deepEqual(run(talkProvider, `{ talk: { provider: "ElevenLabs", providers: { elevenlabs: {} } } }`).found, []);
    assert.deepEqual(run(talkProvider, `{ talk: { providers: { elevenlabs: {}, openai: {} } } }`).found, [["talk", "error"]]);
    assert.deepEqual(run(talkProvider, `{ talk: { realtime: { provider: "x", providers: { openai: {} } } } }`).found, [["talk.realtime.provider", "error"]]);
    assert.deepEqual(run(talkProvider, `{ talk: { provider: "openai" } }`).found, []);
  });
});

describe("acp-binding", () => {
  it("ACP bindings need match.peer.id; channel-local bindings.acp is gone", () => {
    assert.deepEqual(run(acpBindings, `{ bindings: [{ type: "acp", agentId: "main", match: { channel: "discord" } }] }`).found, [["bindings[0].match", "error"]]);
    assert.deepEqual(run(acpBindings, `{ bindings: [{ type: "acp", agentId: "main", match: { channel: "discord", peer: { kind: "channel", id: "1" } } }, { agentId: "main", match: { channel: "x" } }] }`).found, []);
    assert.deepEqual(run(acpBindings, `{ channels: { discord: { guilds: { g: { bindings: { acp: {} } } } } } }`).found, [["channels.discord.guilds.g.bindings.acp", "error"]]);
  });
});

describe("browser-profile", () => {
  it("cdpPort/cdpUrl unless existing-session/extension; userDataDir only with existing-session; no cdpUrl with extension", () => {
    assert.deepEqual(run(browserProfiles, `{ browser: { profiles: { a: {}, b: { cdpPort: 9222 }, c: { driver: "existing-session", userDataDir: "/x" } } } }`).found, [["browser.profiles.a", "error"]]);
    assert.deepEqual(run(browserProfiles, `{ browser: { profiles: { a: { cdpPort: 9222, userDataDir: "/x" }, b: { driver: "extension", cdpUrl: "http://h" } } } }`).found, [
      ["browser.profiles.a", "error"],
      ["browser.profiles.b", "error"],
    ]);
  });
});

describe("secret-ref-id", () => {
  it("implements OpenClaw's file and exec id grammar", () => {
    assert.ok(isValidFileSecretRefId("/providers/openai/apiKey") && isValidFileSecretRefId("value") && isValidFileSecretRefId("/a~1b"));
    assert.ok(!isValidFileSecretRefId("providers/openai") && !isValidFileSecretRefId("/a~2"));
    assert.ok(isValidExecSecretRefId("vault/openai/api-key") && isValidExecSecretRefId("aws/secret#json_key"));
    assert.ok(!isValidExecSecretRefId("../etc") && !isValidExecSecretRefId("a/./b") && !isValidExecSecretRefId("-x"));
  });
  it("flags bad ids of file/exec SecretRefs outside channel and plugin settings", () => {
    const text = `{ models: { providers: { openai: { apiKey: { source: "file", provider: "vault", id: "providers/openai" } } } },
      channels: { telegram: { botToken: { source: "file", provider: "vault", id: "nope" } } },
      gateway: { auth: { token: { source: "exec", provider: "vault", id: "\${X}" } } } }`;
    assert.deepEqual(run(secretRefIds, text).found, [["models.providers.openai.apiKey.id", "error"]]);
  });
});

describe("unknown-web-search-provider", () => {
  it("bundled providers pass; installable ones warn; unknown and empty ones are errors", () => {
    assert.deepEqual(run(webSearchProvider, `{ tools: { web: { search: { provider: "gemini" } } } }`).found, []);
    assert.deepEqual(run(webSearchProvider, `{ tools: { web: { search: { provider: "brave" } } } }`).found, [["tools.web.search.provider", "warning"]]);
    const { diagnostics, found } = run(webSearchProvider, `{ tools: { web: { search: { provider: "gemni" } } } }`);
    assert.deepEqual(found, [["tools.web.search.provider", "error"]]);
    assert.match(diagnostics[0]!.message as string, /Did you mean "gemini"\?/);
    assert.deepEqual(run(webSearchProvider, `{ tools: { web: { search: { provider: " " } } } }`).found, [["tools.web.search.provider", "error"]]);
  });
});

describe("invalid-duration / invalid-byte-size", () => {
  it("parses as OpenClaw's parseDurationMs and parseByteSize do", () => {
    assert.equal(parseDurationMs("1h30m", "d"), 5_400_000);
    assert.equal(parseDurationMs("7", "d"), 7 * 86_400_000);
    assert.equal(parseDurationMs("1.5H", "d"), 5_400_000);
    for (const bad of ["", "3 days", "2w", "12h5", "-1d"]) assert.equal(parseDurationMs(bad, "d"), undefined, bad);
    assert.equal(parseByteSize("10MB"), 10 * 1024 ** 2);
    assert.equal(parseByteSize("500"), 500);
    for (const bad of ["", "5 gb", "2xb", "-1"]) assert.equal(parseByteSize(bad), undefined, bad);
  });
  it("flags unparsable or non-positive durations and unparsable sizes where OpenClaw parses them", () => {
    const text = `{ session: { maintenance: { pruneAfter: "3 days", archiveDashboardAfter: 0, preserveRecent: false, resetArchiveRetention: 0, maxDiskBytes: "5 gb", highWaterBytes: "\${SIZE}" } },
      cron: { sessionRetention: "2w" }, agents: { defaults: { compaction: { maxActiveTranscriptBytes: "20mb", memoryFlush: { forceFlushTranscriptBytes: "2xb" } } } } }`;
    const doc = ConfigDocument.create("file:///x/openclaw.json", text);
    const found = validateDocument(doc, [durationsAndSizes]).map((d) => [d.data.path, d.code]);
    assert.deepEqual(found, [
      ["session.maintenance.pruneAfter", "invalid-duration"],
      ["session.maintenance.resetArchiveRetention", "invalid-duration"],
      ["session.maintenance.maxDiskBytes", "invalid-byte-size"],
      ["cron.sessionRetention", "invalid-duration"],
      ["agents.defaults.compaction.memoryFlush.forceFlushTranscriptBytes", "invalid-byte-size"],
    ]);
  });
});

describe("broadcast-group, hook-mapping-session, gateway-roles, exec-secret-provider", () => {
  it("broadcast group options need a qualified key; qualified agent lists hold at most 16", () => {
    assert.deepEqual(run(broadcastGroups, `{ broadcast: { group1: { agents: ["main"] }, "telegram:1": { agents: ["main"] }, plain: ["main"] } }`).found, [["broadcast.group1", "error"]]);
    const many = JSON.stringify(Array.from({ length: 17 }, () => "main"));
    assert.deepEqual(run(broadcastGroups, `{ broadcast: { "telegram:1": ${many}, other: ${many} } }`).found, [["broadcast.telegram:1", "error"]]);
  });
  it("persistent agent hook mappings need a session", () => {
    assert.deepEqual(run(hookMappingSession, `{ hooks: { mappings: [{ sessionMode: "persistent" }, { sessionMode: "persistent", sessionKey: "k" }, { action: "wake", sessionMode: "persistent" }, { sessionMode: "persistent", transform: { module: "t.js" } }] } }`).found, [["hooks.mappings[0]", "error"]]);
    assert.deepEqual(run(hookMappingSession, `{ hooks: { defaultSessionKey: "k", mappings: [{ sessionMode: "persistent" }] } }`).found, []);
  });
  it("gateway.roles.default must name a defined role; definitions must not be empty", () => {
    assert.deepEqual(run(gatewayRoles, `{ gateway: { roles: { default: "admn", definitions: { admin: {} } } } }`).found, [["gateway.roles.default", "error"]]);
    assert.deepEqual(run(gatewayRoles, `{ gateway: { roles: { default: "admin", definitions: {} } } }`).found, [
      ["gateway.roles.definitions", "error"],
      ["gateway.roles.default", "error"],
    ]);
  });
  it("exec secret provider commands are absolute and shell-free; trustedDirs absolute", () => {
    assert.ok(isSafeExecutableValue("/usr/bin/vault") && isSafeExecutableValue("vault") && !isSafeExecutableValue("/usr/bin/vault read $X") && !isSafeExecutableValue("-rf"));
    assert.ok(isAbsolutePath("/x") && isAbsolutePath("C:\\x") && isAbsolutePath("\\\\host\\share") && !isAbsolutePath("./x"));
    const text = `{ secrets: { providers: { a: { source: "exec", command: "vault" }, b: { source: "exec", command: "/bin/sh -c 'x; y'" }, c: { source: "exec", command: "/usr/bin/vault", trustedDirs: ["/opt", "bin"] }, d: { source: "env" } } } }`;
    assert.deepEqual(run(execSecretProvider, text).found, [
      ["secrets.providers.a.command", "error"],
      ["secrets.providers.b.command", "error"],
      ["secrets.providers.c.trustedDirs[1]", "error"],
    ]);
  });
});

describe("blank-string", () => {
  it("flags whitespace-only values where OpenClaw trims and requires a character (paths generated from its zod schema)", () => {
    assert.ok(NON_BLANK_STRING_PATHS.includes("talk.agentId") && NON_BLANK_STRING_PATHS.includes("cloudWorkers.profiles.*.provider"));
    const text = `{ talk: { agentId: "  " }, cloudWorkers: { profiles: { prod: { provider: "\\t" } } }, hooks: { mappings: [{ channel: "x" }, { channel: " " }] }, worktreeRoot: "", gateway: { controlUi: { environment: { label: "dev" } } } }`;
    assert.deepEqual(run(blankString, text).found, [
      ["cloudWorkers.profiles.prod.provider", "error"],
      ["hooks.mappings[1].channel", "error"],
      ["talk.agentId", "error"],
    ]);
  });
});

describe("gateway-origin", () => {
  it("publicOrigin is a bare HTTPS origin (HTTP on loopback); sandboxOrigin an HTTP(S) origin", () => {
    for (const bad of ["http://gw.example.com", "https://gw.example.com/path", "https://u:p@gw.example.com", "gw.example.com"]) {
      assert.deepEqual(run(gatewayOrigins, `{ gateway: { publicOrigin: ${JSON.stringify(bad)} } }`).found, [["gateway.publicOrigin", "error"]], bad);
    }
    for (const good of ["https://gw.example.com", "https://gw.example.com/", "http://localhost:18789", "http://[::1]:8080", "\${PUBLIC_ORIGIN}"]) {
      assert.deepEqual(run(gatewayOrigins, `{ gateway: { publicOrigin: ${JSON.stringify(good)} } }`).found, [], good);
    }
    assert.deepEqual(run(gatewayOrigins, `{ mcp: { apps: { sandboxOrigin: "https://s.example.com/x" } } }`).found, [["mcp.apps.sandboxOrigin", "error"]]);
  });
  it("portal ingress: a bare DNS domain apart from the gateway's hosts, on another port", () => {
    assert.ok(isValidPortalIngressDomain("portals.example.com") && !isValidPortalIngressDomain("https://x.com") && !isValidPortalIngressDomain("1.2.3.4") && !isValidPortalIngressDomain("localhost"));
    assert.deepEqual(run(gatewayOrigins, `{ gateway: { publicOrigin: "https://gw.example.com", portals: { ingress: { domain: "example.com", port: 9443 } } } }`).found, [["gateway.portals.ingress.domain", "error"]]);
    assert.deepEqual(run(gatewayOrigins, `{ gateway: { portals: { ingress: { domain: "portals.example.com", port: 18789 } } } }`).found, [["gateway.portals.ingress.port", "error"]]);
    assert.deepEqual(run(gatewayOrigins, `{ gateway: { port: 9000, portals: { ingress: { domain: "portals.example.com", port: 18789 } } } }`).found, []);
  });
});

describe("tool-policy-conflict, heartbeat-schedule, sandbox-security", () => {
  it("allow + alsoAllow in one tool policy scope; exec mode with security/ask", () => {
    const text = `{ tools: { allow: ["a"], alsoAllow: ["b"], byProvider: { openai: { allow: [], alsoAllow: ["b"] } }, exec: { mode: "ask", security: "allowlist" } },
      agents: { entries: { main: { tools: { sandbox: { tools: { allow: ["a"], alsoAllow: ["b"] } } } } } } }`;
    assert.deepEqual(run(toolPolicyConflict, text).found, [
      ["tools", "error"],
      ["agents.entries.main.tools.sandbox.tools", "error"],
      ["tools.exec.mode", "error"],
    ]);
  });
  it("heartbeat every is a duration (bare number = minutes); activeHours are HH:MM, end may be 24:00", () => {
    assert.deepEqual(run(heartbeatSchedule, `{ agents: { defaults: { heartbeat: { every: "30", activeHours: { start: "09:00", end: "24:00" } } } } }`).found, []);
    const text = `{ agents: { defaults: { heartbeat: { every: "30 minutes", activeHours: { start: "24:00" } } }, entries: { main: { heartbeat: { activeHours: { start: "9:00", end: "24:30" } } } } } }`;
    assert.deepEqual(run(heartbeatSchedule, text).found, [
      ["agents.defaults.heartbeat.every", "error"],
      ["agents.defaults.heartbeat.activeHours.start", "error"],
      ["agents.entries.main.heartbeat.activeHours.start", "error"],
      ["agents.entries.main.heartbeat.activeHours.end", "error"],
    ]);
  });
  it("host network, container namespace join (unless allowed) and unconfined profiles are blocked", () => {
    const text = `{ agents: { defaults: { sandbox: { docker: { network: " HOST ", seccompProfile: "unconfined" }, browser: { network: "container:x" } } },
      entries: { main: { sandbox: { docker: { network: "container:y", dangerouslyAllowContainerNamespaceJoin: true } } } } } }`;
    assert.deepEqual(run(sandboxSecurity, text).found, [
      ["agents.defaults.sandbox.docker.network", "error"],
      ["agents.defaults.sandbox.docker.seccompProfile", "error"],
      ["agents.defaults.sandbox.browser.network", "error"],
    ]);
  });
});

describe("sandbox-security binds", () => {
  it("bind sources must be absolute POSIX or drive-letter paths", () => {
    assert.equal(bindSource("/home/me/code:/workspace:ro"), "/home/me/code");
    assert.equal(bindSource("C:\\code:/workspace"), "C:\\code");
    assert.ok(isSandboxHostPathAbsolute("/x") && isSandboxHostPathAbsolute("C:\\x") && isSandboxHostPathAbsolute("\\\\?\\C:\\x") && !isSandboxHostPathAbsolute("~/x") && !isSandboxHostPathAbsolute("./x"));
    const text = `{ agents: { defaults: { sandbox: { docker: { binds: ["/srv/data:/data", "~/code:/workspace", " "] }, browser: { binds: ["data:/data"] } } } } }`;
    assert.deepEqual(run(sandboxSecurity, text).found, [
      ["agents.defaults.sandbox.docker.binds[1]", "error"],
      ["agents.defaults.sandbox.docker.binds[2]", "error"],
      ["agents.defaults.sandbox.browser.binds[0]", "error"],
    ]);
  });
});

describe("model-ref-format, cloud-worker-profile", () => {
  it("decisionModel is provider/model or empty; pickerRuntimes/codeMode only under exact provider/model keys", () => {
    assert.ok(isProviderModelRef("openai/gpt-5") && isProviderModelRef(" fal/fal-ai/flux ") && !isProviderModelRef("gpt-5") && !isProviderModelRef("openai/") && !isProviderModelRef("/x"));
    const text = `{ agents: { defaults: { decisionModel: "gpt-5", models: { "openai/*": { pickerRuntimes: ["codex"] }, "openai/gpt-5": { pickerRuntimes: ["codex"], codeMode: true }, "gpt-5": { codeMode: true } } },
      entries: { main: { decisionModel: "" } } } }`;
    assert.deepEqual(run(modelRefFormat, text).found, [
      ["agents.defaults.decisionModel", "error"],
      ["agents.defaults.models.openai/*.pickerRuntimes", "error"],
      ["agents.defaults.models.gpt-5.codeMode", "error"],
    ]);
  });
  it("worker profile names without outer spaces; suspendAfter >= 1m with a unit", () => {
    const text = `{ cloudWorkers: { profiles: { " prod": { provider: "x" }, a: { provider: "x", suspendAfter: "30s" }, b: { provider: "x", suspendAfter: "45" }, c: { provider: "x", suspendAfter: "2h" }, d: { provider: "x", suspendAfter: "1M" } } } }`;
    assert.deepEqual(run(cloudWorkerProfile, text).found, [
      ["cloudWorkers.profiles. prod", "error"],
      ["cloudWorkers.profiles.a.suspendAfter", "error"],
      ["cloudWorkers.profiles.b.suspendAfter", "error"],
    ]);
  });
});

describe("invalid-path / invalid-url", () => {
  it("paths: worktreeRoot absolute or ~, VNC password file absolute, TLS paths not blank, transform modules relative", () => {
    assert.ok(isSafeRelativeModulePath("t/x.js") && !isSafeRelativeModulePath("../x.js") && !isSafeRelativeModulePath("/x.js") && !isSafeRelativeModulePath("~/x.js") && !isSafeRelativeModulePath("C:x.js"));
    const text = `{ worktreeRoot: "worktrees", desktop: { host: { enabled: true, passwordFile: "vnc.pass" } }, gateway: { tls: { certPath: " ", keyPath: "/k.pem" } },
      hooks: { mappings: [{ match: { path: "a" }, transform: { module: "../x.js" } }, { match: { path: "b" }, transform: { module: "ok.js" } }] } }`;
    assert.deepEqual(run(pathsAndUrls, text).found, [
      ["worktreeRoot", "error"],
      ["desktop.host.passwordFile", "error"],
      ["gateway.tls.certPath", "error"],
      ["hooks.mappings[0].transform.module", "error"],
    ]);
    assert.deepEqual(run(pathsAndUrls, `{ worktreeRoot: "~/wt" }`).found, []);
  });
  it("urls: http(s) for proxy and MCP, https with a path for OAuth client metadata, https (or loopback http) for catalog refresh", () => {
    const text = `{ proxy: { proxyUrl: "socks5://p:1080" }, models: { catalogRefresh: { url: "http://mirror.example.com/c" } },
      mcp: { servers: { a: { url: "ftp://x", oauth: { redirectUrl: "http://localhost/cb", clientMetadataUrl: "https://x.com/" } }, b: { url: "not a url" } } } }`;
    const { diagnostics, found } = run(pathsAndUrls, text);
    assert.deepEqual(found, [
      ["proxy.proxyUrl", "error"],
      ["models.catalogRefresh.url", "error"],
      ["mcp.servers.a.url", "error"],
      ["mcp.servers.a.oauth.clientMetadataUrl", "error"],
    ]);
    assert.ok(diagnostics.every((d) => d.code === "invalid-url"));
    assert.deepEqual(run(pathsAndUrls, `{ models: { catalogRefresh: { url: "http://localhost:8080/c" } }, proxy: { proxyUrl: "\${HTTPS_PROXY}" } }`).found, []);
  });
});

describe("edge-auth-header, egress-proxy-host", () => {
  it("edge auth headers: not empty, valid names, not transport-owned, no case duplicates (first problem only)", () => {
    assert.deepEqual(run(edgeAuthHeaders, `{ gateway: { remote: { edgeAuth: {} } } }`).found, [["gateway.remote.edgeAuth", "error"]]);
    assert.deepEqual(run(edgeAuthHeaders, `{ gateway: { remote: { edgeAuth: { "X Token": "a", Host: "b" } } } }`).found, [["gateway.remote.edgeAuth.X Token", "error"]]);
    assert.deepEqual(run(edgeAuthHeaders, `{ gateway: { remote: { edgeAuth: { "X-Token": "a", "x-token": "b" } } } }`).found, [["gateway.remote.edgeAuth.x-token", "error"]]);
    assert.deepEqual(run(edgeAuthHeaders, `{ gateway: { remote: { edgeAuth: { "CF-Access-Client-Id": "a" } } } }`).found, []);
  });
  it("egress proxy hosts are exact hostnames or IPs", () => {
    for (const ok of ["api.openai.com", "Api.OpenAI.com.", "10.0.0.1", "[::1]", "münchen.de"]) assert.equal(exactHostProblem(ok), undefined, ok);
    for (const bad of ["*.openai.com", "https://api.openai.com", "api.openai.com:443", "-bad.example.com", "a..b"]) assert.ok(exactHostProblem(bad), bad);
    assert.deepEqual(run(egressProxyHosts, `{ secrets: { egressProxy: { allowedHosts: ["api.openai.com", "*.x.com"], bypassHosts: ["h:1"] } } }`).found, [
      ["secrets.egressProxy.allowedHosts[1]", "error"],
      ["secrets.egressProxy.bypassHosts[0]", "error"],
    ]);
  });
});
