import type { TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";

/** A change of `oldText` expressed in offsets: replace [start, end) with `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Splits into lines that keep their line ending, so joining them gives the text back exactly. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Cells of saved frontiers beyond which matchedLines gives up (bounded memory: 80 MB). */
const MAX_TRACE_CELLS = 20_000_000;

/**
 * Longest common subsequence of two line lists, as matched index pairs (Myers' greedy O(ND) walk);
 * undefined when the saved frontiers would exceed MAX_TRACE_CELLS (texts that differ almost everywhere).
 * Shared by the edit diff below and the CLI's unified diff.
 */
export function matchedLines(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    if ((d + 1) * v.length > MAX_TRACE_CELLS) return undefined;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  // Walk the trace backwards to recover the diagonal runs (matched lines).
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      pairs.push([x - 1, y - 1]);
      x--;
      y--;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    pairs.push([x - 1, y - 1]);
    x--;
    y--;
  }
  return pairs.reverse();
}

/**
 * The edits that turn `oldText` into `newText`, as small as a line diff plus trimming of common
 * characters inside each changed block: a moved property becomes one deletion and one insertion,
 * never a rewrite of everything in between.
 */
export function diffOffsets(oldText: string, newText: string): OffsetEdit[] {
  if (oldText === newText) return [];
  const a = splitLines(oldText);
  const b = splitLines(newText);
  // Inputs that would make the O(ND) walk expensive fall back to one prefix/suffix edit.
  if (a.length * 1.0 + b.length > 20000) return [trimEdit(oldText, 0, oldText.length, newText)];
  const pairs = matchedLines(a, b);
  if (!pairs) return [trimEdit(oldText, 0, oldText.length, newText)];
  const aStart: number[] = [0];
  for (const line of a) aStart.push(aStart[aStart.length - 1]! + line.length);
  const bStart: number[] = [0];
  for (const line of b) bStart.push(bStart[bStart.length - 1]! + line.length);
  const edits: OffsetEdit[] = [];
  let ai = 0;
  let bi = 0;
  for (const [pa, pb] of [...pairs, [a.length, b.length] as [number, number]]) {
    if (pa > ai || pb > bi) {
      edits.push(trimEdit(oldText, aStart[ai]!, aStart[pa]!, newText.slice(bStart[bi]!, bStart[pb]!)));
    }
    ai = pa + 1;
    bi = pb + 1;
  }
  return edits.filter((e) => e.start !== e.end || e.text !== "");
}

/** Replace [start, end) of `oldText` with `text`, minus the characters both share at either end. */
function trimEdit(oldText: string, start: number, end: number, text: string): OffsetEdit {
  let prefix = 0;
  const max = Math.min(end - start, text.length);
  while (prefix < max && oldText[start + prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && oldText[end - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  return { start: start + prefix, end: end - suffix, text: text.slice(prefix, text.length - suffix) };
}

/** LSP edits against `doc` that produce `newText`. */
export function diffEdits(doc: ConfigDocument, newText: string): TextEdit[] {
  return diffOffsets(doc.text, newText).map((e) => ({ range: doc.range(e.start, e.end - e.start), newText: e.text }));
}

/** Applies non-overlapping offset edits (in any order) to `text`. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
