/**
 * A unified diff (as `diff -u` / `git diff` print it) between two texts, line by line, with the
 * Myers O(ND) algorithm (core/edits/textDiff's matchedLines): fixes change few lines, so D is small
 * even for large files.
 */
import { matchedLines } from "../core/edits/textDiff";

type Op = { kind: "same" | "del" | "add"; line: string };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** The edit script from `a` to `b`: common head and tail kept, the middle from the shared line matcher. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  // Too costly to match: the middle is shown as one replaced block.
  const pairs = matchedLines(middleA, middleB) ?? [];
  const middle: Op[] = [];
  let ai = 0;
  let bi = 0;
  for (const [pa, pb] of [...pairs, [middleA.length, middleB.length] as const]) {
    // Between two matched lines: removals, then additions, as diff -u prints them.
    while (ai < pa) middle.push({ kind: "del", line: middleA[ai++]! });
    while (bi < pb) middle.push({ kind: "add", line: middleB[bi++]! });
    if (pa < middleA.length) middle.push({ kind: "same", line: middleA[pa]! });
    ai = pa + 1;
    bi = pb + 1;
  }
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: "same", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): Op => ({ kind: "same", line })),
  ];
}

function range(start: number, count: number): string {
  // diff -u: a hunk of one line shows only its start; an empty side shows the line before it.
  if (count === 1) return `${start}`;
  return `${count === 0 ? start - 1 : start},${count}`;
}

function emit(prefix: string, line: string): string {
  return line.endsWith("\n") ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** The unified diff of `before` -> `after` with `context` lines around each change; "" when equal. */
export function unifiedDiff(fileLabel: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  let out = `--- a/${fileLabel}\n+++ b/${fileLabel}\n`;
  let i = 0;
  while (i < ops.length) {
    // Find the next change, then grow the hunk while changes are within 2*context lines of each other.
    while (i < ops.length && ops[i]!.kind === "same") i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== "same") end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === "same") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    let oldStart = 1;
    let newStart = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j]!.kind !== "add") oldStart++;
      if (ops[j]!.kind !== "del") newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    let body = "";
    for (let j = start; j < stop; j++) {
      const op = ops[j]!;
      if (op.kind !== "add") oldCount++;
      if (op.kind !== "del") newCount++;
      body += emit(op.kind === "same" ? " " : op.kind === "del" ? "-" : "+", op.line);
    }
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body}`;
    i = stop;
    start = stop;
  }
  return out;
}
