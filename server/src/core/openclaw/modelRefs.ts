/**
 * OpenClaw model references as OpenClaw itself reads them (`src/agents/model-selection-normalize.ts`,
 * `src/agents/model-ref-profile.ts` in openclaw@2026.9.6): `provider/model`, split at the first `/`
 * (the model part may hold more slashes: `fal/fal-ai/flux/dev`), the provider lower-cased, and an
 * optional trailing `@profile` naming an auth profile.
 */

export interface ModelRef {
  /** Lower-cased provider id, or undefined for a bare model id or alias (`sonnet`). */
  provider?: string;
  /** The model id (everything after the first `/`), without the `@profile` suffix. */
  model: string;
  /** The auth profile named by a trailing `@profile`, when there is one. */
  profile?: string;
}

/** Provider ids compare the way OpenClaw's `normalizeProviderId` does: trimmed and lower-cased. */
export function normalizeProviderId(provider: string): string {
  return provider.trim().toLowerCase();
}

/**
 * Splits a trailing `@profile` off a model ref, keeping the `@` suffixes that belong to model ids:
 * an 8-digit version date (`claude-3@20240620`) and a quantization tag (`qwen3@q4_k_m`, `@8bit`).
 */
export function splitTrailingAuthProfile(raw: string): { model: string; profile?: string } {
  const trimmed = raw.trim();
  if (!trimmed) return { model: "" };
  const lastSlash = trimmed.lastIndexOf("/");
  let delimiter = trimmed.indexOf("@", lastSlash + 1);
  if (delimiter <= 0) return { model: trimmed };
  const suffix = () => trimmed.slice(delimiter + 1);
  if (/^\d{8}(?:@|$)/.test(suffix())) {
    const next = trimmed.indexOf("@", delimiter + 9);
    if (next < 0) return { model: trimmed };
    delimiter = next;
  }
  if (/^(?:i?q\d+(?:_[a-z0-9]+)*|\d+bit)(?:@|$)/i.test(suffix())) {
    const next = trimmed.indexOf("@", delimiter + 1);
    if (next < 0) return { model: trimmed };
    delimiter = next;
  }
  const model = trimmed.slice(0, delimiter).trim();
  const profile = trimmed.slice(delimiter + 1).trim();
  if (!model || !profile) return { model: trimmed };
  return { model, profile };
}

/** Parses a model reference; undefined for an empty string or a `provider/` with no model. */
export function parseModelRef(raw: string): ModelRef | undefined {
  const { model: withoutProfile, profile } = splitTrailingAuthProfile(raw);
  if (!withoutProfile) return undefined;
  const slash = withoutProfile.indexOf("/");
  if (slash < 0) return profile ? { model: withoutProfile, profile } : { model: withoutProfile };
  const provider = normalizeProviderId(withoutProfile.slice(0, slash));
  const model = withoutProfile.slice(slash + 1).trim();
  if (!provider || !model) return undefined;
  return profile ? { provider, model, profile } : { provider, model };
}

/** The canonical `provider/model` key of a parsed ref (no profile), as catalog maps are keyed. */
export function modelKey(ref: ModelRef): string | undefined {
  return ref.provider ? `${ref.provider}/${ref.model}` : undefined;
}
