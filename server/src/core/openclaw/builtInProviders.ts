/**
 * The provider ids OpenClaw knows without configuration: `BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS`
 * (dist/zod-schema.core-*.mjs, source src/config/model-provider-overlay-ids.ts), generated into
 * openclawData.json by scripts/openclaw-data/update.mjs (not hand-copied).
 * An entry under `models.providers` with one of these ids is an overlay on a bundled provider and may
 * omit `baseUrl` and `models`; any other id is a custom provider and must declare both.
 * `openai-codex` is deliberately absent: OpenClaw treats it as a custom (legacy) id.
 */
import { BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS, isBuiltInModelProviderOverlayId, normalizeProviderId } from "./openclawData";

export const BUILT_IN_MODEL_PROVIDER_IDS: ReadonlySet<string> = BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS;

export { normalizeProviderId };

/** Whether OpenClaw treats `models.providers.<providerId>` as an overlay on a bundled provider. */
export function isBuiltInProviderId(providerId: string): boolean {
  return isBuiltInModelProviderOverlayId(providerId);
}

/** Provider ids that OpenClaw 2026.9.x still reads but `openclaw doctor` merges into `openai`. */
export const LEGACY_OPENAI_PROVIDER_IDS: ReadonlySet<string> = new Set(["openai-codex", "codex"]);
