/** OpenClaw's duration and byte-size parsers (src/cli/parse-duration.ts, src/cli/parse-bytes.ts), ported exactly. */

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3, tb: 1024 ** 4, t: 1024 ** 4 };

/** Milliseconds, or undefined when OpenClaw's parseDurationMs throws. Accepts `30s`, `1h30m`, `1.5h`, and bare numbers in `defaultUnit`. */
export function parseDurationMs(raw: string, defaultUnit: "ms" | "s" | "m" | "h" | "d"): number | undefined {
  const trimmed = raw.trim().toLowerCase();
  if (!trimmed) return undefined;
  const single = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(trimmed);
  const safe = (ms: number) => {
    const rounded = Math.round(ms);
    return Number.isSafeInteger(rounded) ? rounded : undefined;
  };
  if (single) return safe(Number(single[1]) * DURATION_UNITS[single[2] ?? defaultUnit]!);
  let total = 0;
  let consumed = 0;
  for (const match of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    if (match.index !== consumed) return undefined;
    total += Number(match[1]) * DURATION_UNITS[match[2]!]!;
    consumed += match[0].length;
  }
  return consumed === trimmed.length && consumed > 0 ? safe(total) : undefined;
}

/** Bytes, or undefined when OpenClaw's parseByteSize throws. Accepts `512kb`, `10MB`, `1.5g`, bare numbers in bytes. */
export function parseByteSize(raw: string): number | undefined {
  const trimmed = raw.trim().toLowerCase();
  const m = /^(\d+(?:\.\d+)?)([a-z]+)?$/.exec(trimmed);
  if (!m) return undefined;
  const multiplier = BYTE_UNITS[m[2] ?? "b"];
  if (!multiplier) return undefined;
  const bytes = Math.round(Number(m[1]) * multiplier);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}
