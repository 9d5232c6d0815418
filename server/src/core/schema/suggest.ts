/**
 * "Did you mean ...?" for unknown keys and enum values: the candidate a person most likely meant,
 * or nothing when none is close enough to be worth proposing as a one-click fix.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-sensitive. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1);
      row.push(value);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Lower case without separators: `time_out-seconds` and `timeoutSeconds` compare equal. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[-_\s.]/g, "");
}

/**
 * How far `typed` is from `candidate` (lower is closer), or undefined when they are unrelated.
 * Same word in another case or separator style < one typo < one being a truncation of the other
 * (`timeoutSec` for `timeoutSeconds`, at least 4 characters) < more typos (up to a third of the length).
 */
export function closeness(typed: string, candidate: string): number | undefined {
  if (typed === candidate) return 0;
  const a = fold(typed);
  const b = fold(candidate);
  if (a.length === 0 || b.length === 0) return undefined;
  if (a === b) return 0.5;
  const distance = editDistance(a, b);
  if (distance <= 1) return distance;
  // A truncation is a strong hint, stronger than two or more unrelated edits.
  if (a.length >= 4 && (b.startsWith(a) || a.startsWith(b))) return 1.5 + Math.abs(a.length - b.length) / 100;
  if (distance <= Math.floor(Math.max(a.length, b.length) / 3)) return distance;
  return undefined;
}

/** The closest candidate to `typed` (ties: the earlier candidate), or undefined. */
export function didYouMean(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === typed) continue;
    const score = closeness(typed, candidate);
    if (score !== undefined && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
