/**
 * A unified diff (as `diff -u` / `git diff` print it) between two texts, line by line, with the
 * Myers O(ND) algorithm: fixes change few lines, so D is small even for large files.
 */

type Op = { kind: "same" | "del" | "add"; line: string };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** Cells of saved frontiers beyond which the middle is shown as one replaced block (bounded memory). */
const MAX_TRACE_CELLS = 20_000_000;

/** The edit script from `a` to `b`: common head and tail kept, the middle by Myers' algorithm. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const middle = myers(middleA, middleB) ?? [
    ...middleA.map((line): Op => ({ kind: "del", line })),
    ...middleB.map((line): Op => ({ kind: "add", line })),
  ];
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: "same", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): Op => ({ kind: "same", line })),
  ];
}

/** The shortest edit script (Myers 1986, frontiers kept for the backtrack); undefined when too costly. */
function myers(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
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
        found = true;
        break;
      }
    }
  }
  trace.push(v);
  // Walk back from (n, m) through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: "same", line: a[--x]! }), y--;
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: "add", line: b[--y]! });
    else ops.push({ kind: "del", line: a[--x]! });
  }
  while (x > 0 && y > 0) ops.push({ kind: "same", line: a[--x]! }), y--;
  return ops.reverse();
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
