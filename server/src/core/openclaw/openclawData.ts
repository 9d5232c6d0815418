/**
 * Facts from OpenClaw's code (not its JSON Schema) that its extra rules need, generated from the pinned
 * openclaw package by scripts/openclaw-data/update.mjs into openclawData.json.
 */
import data from "./openclawData.json";
import { normalizeProviderId } from "./modelRefs";

export const OPENCLAW_DATA_VERSION: string = data.openclawVersion;

/** Provider ids OpenClaw accepts under models.providers without baseUrl/models (overlays of bundled providers). */
export const BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS: ReadonlySet<string> = new Set(data.builtInModelProviderOverlayIds);

/** Keys OpenClaw accepts under `channels`: the bundled channels plus its two non-channel keys. */
export const CHANNEL_IDS: readonly string[] = data.channelIds;
export const CHANNELS_KEYS: ReadonlySet<string> = new Set(["defaults", "modelByChannel", ...data.channelIds]);

/** Other spellings of bundled channel ids (accepted as heartbeat targets, not as `channels` keys). */
export const CHANNEL_ALIASES: Readonly<Record<string, string>> = data.channelAliases;

// One normalizeProviderId (modelRefs.ts) for every module; re-exported here for the rules that import it from here.
export { normalizeProviderId };

export function isBuiltInModelProviderOverlayId(id: string): boolean {
  return BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS.has(normalizeProviderId(id));
}

/** Providers a model reference may name without configuring them (overlay ids + bundled plugins' providers). */
export const KNOWN_MODEL_PROVIDER_IDS: ReadonlySet<string> = new Set(data.knownModelProviderIds);

/** tools.web.search.provider values that bundled plugins provide. */
export const BUNDLED_WEB_SEARCH_PROVIDERS: readonly string[] = data.bundledWebSearchProviders;

/** web_search providers of official plugins that must be installed first: provider id -> plugin id. */
export const INSTALLABLE_WEB_SEARCH_PROVIDERS: Readonly<Record<string, string>> = data.installableWebSearchProviders;

/** String settings OpenClaw trims and then requires non-empty: dotted paths, `*` any key, `[]` any item. */
export const NON_BLANK_STRING_PATHS: readonly string[] = data.nonBlankStringPaths;

/** The env vars bundled providers read their API key from, by provider id (for `${VAR}` completion). */
export const PROVIDER_ENV_VARS: Readonly<Record<string, readonly string[]>> = data.providerEnvVars;

/** Channels of official plugins that are installed separately: channel id -> plugin id. */
export const INSTALLABLE_CHANNELS: Readonly<Record<string, string>> = data.installableChannels;
