// Generates server/src/core/openclaw/openclawData.json: the facts OpenClaw's extra rules need that live in
// OpenClaw's code rather than in its JSON Schema (built-in provider overlay ids, channel ids and aliases),
// read from the pinned openclaw package so nothing is hand-copied. Deterministic: same package, same bytes.
// Usage: node scripts/openclaw-data/update.mjs [--check]   (--check: exit 1 when the checked-in file differs)
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ensureOpenclaw, node24Binary, repoRoot, OPENCLAW_VERSION } from "../lib/toolchain.mjs";

const out = path.join(repoRoot, "server/src/core/openclaw/openclawData.json");
const packageDir = ensureOpenclaw();

// Runs under Node 24 inside the package: imports the generated channel metadata, reads the overlay id Set.
const probe = `
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
const dist = path.join(process.argv[1], "dist");
const files = readdirSync(dist).filter((n) => n.endsWith(".mjs")).sort();
const find = (marker) => {
  const name = files.find((n) => readFileSync(path.join(dist, n), "utf8").includes(marker));
  if (!name) throw new Error("not found in dist: " + marker);
  return path.join(dist, name);
};
// BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS is module-private: read its literal from the region that defines it.
const overlaySource = readFileSync(find("//#region src/config/model-provider-overlay-ids.ts"), "utf8");
const literal = /const BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS = (?:\\/\\* @__PURE__ \\*\\/ )?new Set\\(\\[([^\\]]*)\\]\\)/.exec(overlaySource);
if (!literal) throw new Error("BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS literal not found");
const overlayIds = JSON.parse("[" + literal[1].replace(/,\\s*$/, "") + "]");
const metadataFile = find("//#region src/config/bundled-channel-config-metadata.generated.ts");
const metadataModule = await import(pathToFileURL(metadataFile).href);
const metadata = Object.values(metadataModule).find((v) => Array.isArray(v) && v.some((e) => e && e.channelId));
if (!metadata) throw new Error("bundled channel metadata not exported");
const channels = metadata
  .filter((e) => e.configurable !== false)
  .map((e) => ({ id: String(e.channelId).trim().toLowerCase(), aliases: (e.aliases ?? []).map((a) => String(a).trim().toLowerCase()) }));
// Providers that bundled plugins register (their manifests' "providers"): model refs may name them.
// Their static model catalogs (manifest "modelCatalog.providers.<id>") feed model-ref completion.
const extensions = path.join(dist, "extensions");
const pluginProviders = [];
const bundledWebSearch = [];
const contractProviders = [];
const catalogs = {};
const envVars = {};
for (const name of readdirSync(extensions).sort()) {
  let manifest;
  try { manifest = JSON.parse(readFileSync(path.join(extensions, name, "openclaw.plugin.json"), "utf8")); } catch { continue; }
  for (const p of manifest.providers ?? []) pluginProviders.push(String(typeof p === "string" ? p : p.id).trim().toLowerCase());
  for (const p of manifest.contracts?.webSearchProviders ?? []) bundledWebSearch.push(String(p).trim());
  // Media/speech/embedding providers (contracts.*Providers) are model-ref providers too (image, video, voice models).
  for (const [contract, ids] of Object.entries(manifest.contracts ?? {})) {
    if (contract !== "webSearchProviders" && contract.endsWith("Providers") && Array.isArray(ids)) contractProviders.push(...ids.map((p) => String(p).trim().toLowerCase()));
  }
  for (const [id, provider] of Object.entries(manifest.modelCatalog?.providers ?? {})) {
    const entry = { plugin: name };
    if (typeof provider.baseUrl === "string") entry.baseUrl = provider.baseUrl;
    if (typeof provider.api === "string") entry.api = provider.api;
    entry.models = (provider.models ?? []).filter((m) => typeof m.id === "string").map((m) => {
      const model = { id: m.id };
      if (typeof m.name === "string") model.name = m.name;
      if (typeof m.status === "string") model.status = m.status;
      if (Array.isArray(m.input)) model.input = m.input;
      if (typeof m.contextWindow === "number") model.contextWindow = m.contextWindow;
      if (m.reasoning === true) model.reasoning = true;
      return model;
    });
    catalogs[id.trim().toLowerCase()] ??= entry;
  }
  // The env vars a provider API key is read from (manifest setup.providers[].envVars), for VAR completion.
  for (const p of manifest.setup?.providers ?? []) {
    if (typeof p?.id !== "string" || !Array.isArray(p.envVars)) continue;
    const id = p.id.trim().toLowerCase();
    envVars[id] = [...new Set([...(envVars[id] ?? []), ...p.envVars.filter((v) => typeof v === "string")])];
  }
}
// web_search providers of official plugins that must be installed first (src/plugins/web-search-install-catalog.ts).
const catalogModule = await import(pathToFileURL(find("//#region src/plugins/web-search-install-catalog.ts")).href);
const resolveCatalog = Object.values(catalogModule).find((f) => typeof f === "function" && f.name === "resolveWebSearchInstallCatalogEntries");
if (!resolveCatalog) throw new Error("resolveWebSearchInstallCatalogEntries not found");
const installableWebSearch = resolveCatalog().map((e) => ({ id: String(e.provider.id).trim(), pluginId: String(e.pluginId) }));
// Providers of official plugins installed separately (the external plugin catalog shipped in the package).
const catalogSource = await import(pathToFileURL(find("//#region src/plugins/official-external-plugin-catalog.ts")).href);
const byName = (module, name) => Object.values(module).find((f) => typeof f === "function" && f.name === name);
const listExternal = byName(catalogSource, "listOfficialExternalPluginCatalogEntries");
const manifestSource = await import(pathToFileURL(find("function getOfficialExternalPluginCatalogManifest(")).href);
const manifestOf = byName(manifestSource, "getOfficialExternalPluginCatalogManifest");
if (!listExternal || !manifestOf) throw new Error("official external plugin catalog functions not found");
const externalProviders = [];
const installableChannels = [];
for (const entry of listExternal()) {
  const manifest = manifestOf(entry) ?? {};
  if (typeof manifest.channel?.id === "string") {
    const pluginId = typeof manifest.plugin?.id === "string" ? manifest.plugin.id : String(entry.name ?? manifest.channel.id);
    installableChannels.push({ id: manifest.channel.id.trim().toLowerCase(), plugin: pluginId });
  }
  for (const p of manifest.providers ?? []) externalProviders.push(String(typeof p === "string" ? p : p.id).trim().toLowerCase());
  for (const [contract, ids] of Object.entries(manifest.contracts ?? {})) {
    if (contract !== "webSearchProviders" && contract.endsWith("Providers") && Array.isArray(ids)) externalProviders.push(...ids.map((p) => String(p).trim().toLowerCase()));
  }
}

// String settings OpenClaw trims before requiring at least one character (zod string().trim().min(1)): the JSON
// Schema keeps only minLength, so "   " passes it. Paths use * for record keys and [] for array items; a path is
// kept only when every string schema reachable there trims and requires a character.
const zodName = readdirSync(dist).find((n) => /^zod-schema-.*\\.mjs$/.test(n) && readFileSync(path.join(dist, n), "utf8").includes("const OpenClawSchema = "));
const zodAlias = /\\bOpenClawSchema as (\\w+)\\b/.exec(readFileSync(path.join(dist, zodName), "utf8"))[1];
const rootSchema = (await import(pathToFileURL(path.join(dist, zodName)).href))[zodAlias];
const trimmedPaths = new Set();
const plainPaths = new Set();
const walked = new Map();
const walk = (schema, at, depth) => {
  const def = schema?._zod?.def;
  if (!def || depth > 60) return;
  const key = at.join(".");
  const seenAt = walked.get(schema) ?? new Set();
  if (seenAt.has(key)) return;
  seenAt.add(key);
  walked.set(schema, seenAt);
  switch (def.type) {
    case "string": {
      const checks = def.checks ?? [];
      const trims = checks.some((c) => c._zod?.def?.check === "overwrite");
      const min = checks.find((c) => c._zod?.def?.check === "min_length")?._zod.def.minimum ?? 0;
      (trims && min >= 1 ? trimmedPaths : plainPaths).add(key);
      return;
    }
    case "object":
      for (const [k, v] of Object.entries(def.shape ?? {})) walk(v, [...at, k], depth + 1);
      if (def.catchall) walk(def.catchall, [...at, "*"], depth + 1);
      return;
    case "optional": case "nullable": case "default": case "prefault": case "readonly": case "catch": case "nonoptional":
      return walk(def.innerType, at, depth + 1);
    case "union": for (const o of def.options) walk(o, at, depth + 1); return;
    case "intersection": walk(def.left, at, depth + 1); walk(def.right, at, depth + 1); return;
    case "array": return walk(def.element, [...at, "[]"], depth + 1);
    case "record": return walk(def.valueType, [...at, "*"], depth + 1);
    case "pipe": walk(def.in, at, depth + 1); walk(def.out, at, depth + 1); return;
    case "lazy": return walk(def.getter(), at, depth + 1);
    case "tuple": for (const item of def.items ?? []) walk(item, [...at, "[]"], depth + 1); return;
    default: return;
  }
};
walk(rootSchema, [], 0);
const nonBlankStringPaths = [...trimmedPaths].filter((p) => !plainPaths.has(p)).sort();
process.stdout.write(JSON.stringify({ overlayIds, channels, pluginProviders, catalogs, envVars, bundledWebSearch, installableWebSearch, contractProviders, externalProviders, nonBlankStringPaths, installableChannels }));
`;
const result = spawnSync(node24Binary(), ["--input-type=module", "-e", probe, packageDir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(2);
}
const { overlayIds, channels, pluginProviders, catalogs, envVars, bundledWebSearch, installableWebSearch, contractProviders, externalProviders, nonBlankStringPaths, installableChannels } = JSON.parse(result.stdout);
const byId = new Map(channels.map((c) => [c.id, c]));
const data = {
  openclawVersion: OPENCLAW_VERSION,
  source: "generated by scripts/openclaw-data/update.mjs from the openclaw npm package; do not edit",
  // models.providers ids that may be overlays (no baseUrl/models needed): zod-schema.core, model-provider-overlay-ids.ts
  builtInModelProviderOverlayIds: [...new Set(overlayIds)].sort(),
  // provider ids a model reference may name without configuring them: the overlays plus bundled plugins' providers
  // (also media/speech providers of bundled plugins' contracts, and providers of official installable plugins)
  knownModelProviderIds: [...new Set([...overlayIds, ...pluginProviders, ...contractProviders, ...externalProviders].filter(Boolean))].sort(),
  // channels.<id> keys OpenClaw accepts besides `defaults` and `modelByChannel`: bundled channel metadata (configurable)
  channelIds: [...byId.keys()].sort(),
  // channels of official plugins installed separately (not bundled): channel id -> plugin
  installableChannels: Object.fromEntries(installableChannels.filter((c) => !byId.has(c.id)).map((c) => [c.id, c.plugin]).sort(([a], [b]) => (a < b ? -1 : 1))),
  // other spellings a heartbeat target may use for a bundled channel
  channelAliases: Object.fromEntries([...byId.values()].flatMap((c) => c.aliases.map((a) => [a, c.id])).sort(([a], [b]) => (a < b ? -1 : 1))),
  // string settings OpenClaw trims and then requires non-empty (zod string().trim().min(1)); * = any key, [] = any item
  nonBlankStringPaths,
  // tools.web.search.provider values bundled plugins provide (manifest contracts.webSearchProviders)
  bundledWebSearchProviders: [...new Set(bundledWebSearch)].sort(),
  // web_search providers of official plugins that must be installed first, with that plugin's id
  installableWebSearchProviders: Object.fromEntries(installableWebSearch.map((e) => [e.id, e.pluginId]).sort(([a], [b]) => (a < b ? -1 : 1))),
  // bundled plugins' static model catalogs by provider id (dist/extensions/*/openclaw.plugin.json modelCatalog): model-ref completion
  modelCatalogs: Object.fromEntries(Object.entries(catalogs).sort(([a], [b]) => (a < b ? -1 : 1))),
  // env vars bundled providers read their API key from (manifest setup.providers[].envVars): `${VAR}` completion
  providerEnvVars: Object.fromEntries(Object.entries(envVars).sort(([a], [b]) => (a < b ? -1 : 1))),
};
const text = `${JSON.stringify(data, null, 2)}\n`;
if (process.argv.includes("--check")) {
  const current = existsSync(out) ? readFileSync(out, "utf8") : "";
  if (current !== text) {
    console.error(`${path.relative(repoRoot, out)} is out of date: run node scripts/openclaw-data/update.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(repoRoot, out)} is up to date (openclaw ${OPENCLAW_VERSION})`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(repoRoot, out)}: ${data.builtInModelProviderOverlayIds.length} overlay ids, ${data.channelIds.length} channel ids`);
}
