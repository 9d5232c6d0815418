/**
 * `npm run test:includes`: our `$include` resolver against OpenClaw's own (`resolveConfigIncludes` from the
 * pinned openclaw package, run under Node 24) on the same files on disk: hand-written scenarios for every
 * rule (merge, roots, symlinks, sizes, depth, cycles, parse errors...) and seeded random include graphs.
 * Where OpenClaw resolves, the merged values must be equal and we must report nothing; where it refuses,
 * we must report a problem of the matching kind. Exits 1 on any disagreement.
 */
import { spawnSync } from "node:child_process";
import assert from "node:assert/strict";
import { linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigDocument } from "../../server/src/core/document";
import { plainValue } from "../../server/src/core/include/merged";
import { resolveIncludes, type IncludeCode } from "../../server/src/core/include/resolve";
import { nodeIncludeFileSystem } from "../../server/src/nodeIncludeFileSystem";

const repoRoot = path.resolve(__dirname, "../../..");

interface Toolchain {
  OPENCLAW_VERSION: string;
  ensureOpenclaw(): string;
  node24Binary(): string;
}

interface Scenario {
  id: string;
  configPath: string;
  allowedRoots: string[];
}

type OpenClawResult = { ok: true; value: unknown } | { ok: false; name: string; message: string };

/** Which of our codes may stand for an error OpenClaw throws (by its message). */
const KINDS: [RegExp, IncludeCode[]][] = [
  [/escapes config directory|resolves outside config directory \(symlink\)/, ["include-outside-root"]],
  [/^Failed to read include file/, ["include-not-found", "include-unreadable"]],
  [/failed security checks/, ["include-too-large", "include-unreadable"]],
  [/^Circular include detected/, ["include-cycle"]],
  [/^Maximum include depth/, ["include-too-deep"]],
  [/^Failed to parse include file/, ["include-parse-error"]],
  [/^Invalid \$include|^Sibling keys|null bytes|exceeds maximum length/, ["include-invalid"]],
];

/** A small deterministic PRNG (mulberry32), so the random graphs are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Builder {
  readonly scenarios: Scenario[] = [];
  constructor(readonly base: string) {}

  /** A scenario folder: `cfg/` holds openclaw.json and friends, `out/` is outside the config folder. */
  add(id: string, files: Record<string, string | Buffer>, options: { roots?: string[]; setup?: (cfg: string, out: string) => void } = {}): void {
    const dir = path.join(this.base, id);
    const cfg = path.join(dir, "cfg");
    const out = path.join(dir, "out");
    mkdirSync(cfg, { recursive: true });
    mkdirSync(out, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const file = name.startsWith("out/") ? path.join(dir, name) : path.join(cfg, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    options.setup?.(cfg, out);
    this.scenarios.push({ id, configPath: path.join(cfg, "openclaw.json"), allowedRoots: (options.roots ?? []).map((root) => path.join(dir, root)) });
  }
}

function handWritten(b: Builder): void {
  const twoMb = 2 * 1024 * 1024;
  b.add("single", { "openclaw.json": `{ gateway: { $include: "./gw.json5" } }`, "gw.json5": `// JSON5\n{ port: 1, bind: 'lan', }` });
  b.add("array-merge-siblings", { "openclaw.json": `{ $include: ["./a.json5", "./b.json5"], list: [3], o: { x: 9 } }`, "a.json5": "{a: 1, list: [1], o: {x: 1}}", "b.json5": "{b: 2, list: [2], o: {y: 2}}" });
  b.add("array-files", { "openclaw.json": `{ k: { $include: ["./arr.json5", "./arr2.json5", "./arr3.json5"] } }`, "arr.json5": "[1, 2]", "arr2.json5": "[3]", "arr3.json5": "[4]" });
  b.add("scalar", { "openclaw.json": `{ k: { $include: "./s.json5" } }`, "s.json5": "42" });
  b.add("scalar-siblings", { "openclaw.json": `{ k: { $include: "./s.json5", z: 1 } }`, "s.json5": "42" });
  b.add("array-then-object", { "openclaw.json": `{ k: { $include: ["./arr.json5", "./o.json5"] } }`, "arr.json5": "[1]", "o.json5": "{ x: 1 }" });
  b.add("missing", { "openclaw.json": `{ $include: "./nope.json5" }` });
  b.add("tilde", { "openclaw.json": `{ $include: "~/x.json5" }` });
  b.add("tilde-folder", { "openclaw.json": `{ $include: "~/x.json5" }`, "~/x.json5": "{ t: 1 }" });
  b.add("var", { "openclaw.json": `{ $include: "./\${X}.json5" }`, "${X}.json5": "{ literal: true }" });
  b.add("escape", { "openclaw.json": `{ $include: "../../etc/passwd" }` });
  b.add("absolute-outside", { "openclaw.json": `{ $include: "/etc/hostname" }` });
  b.add("absolute-inside", { "openclaw.json": "", "in.json5": "{ i: 1 }" }, { setup: (cfg) => writeFileSync(path.join(cfg, "openclaw.json"), `{ $include: ${JSON.stringify(path.join(cfg, "in.json5"))} }`) });
  b.add("dotdot-inside", { "openclaw.json": `{ $include: "./sub/../in.json5" }`, "in.json5": "{ i: 1 }" });
  b.add("directory", { "openclaw.json": `{ $include: "./sub" }`, "sub/x.json5": "{}" });
  b.add("empty-path", { "openclaw.json": `{ $include: "" }` });
  b.add("exactly-2mb", { "openclaw.json": `{ $include: "./two.json5" }`, "two.json5": `{}${" ".repeat(twoMb - 2)}` });
  b.add("2mb-plus-1", { "openclaw.json": `{ $include: "./big.json5" }`, "big.json5": `{}${" ".repeat(twoMb - 1)}` });
  b.add("hardlink", { "openclaw.json": `{ $include: "./h.json5" }`, "orig.json5": "{}" }, { setup: (cfg) => linkSync(path.join(cfg, "orig.json5"), path.join(cfg, "h.json5")) });
  const chain = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i + 1}.json5`, i + 1 < n ? `{ $include: "./d${i + 2}.json5", l${i + 1}: 1 }` : `{ l${n}: 1 }`]));
  b.add("depth-10", { "openclaw.json": `{ $include: "./d1.json5" }`, ...chain(10) });
  b.add("depth-11", { "openclaw.json": `{ $include: "./d1.json5" }`, ...chain(11) });
  b.add("cycle", { "openclaw.json": `{ $include: "./c1.json5" }`, "c1.json5": `{ $include: "./c2.json5" }`, "c2.json5": `{ $include: "./c1.json5" }` });
  b.add("self-cycle", { "openclaw.json": `{ $include: "./s.json5" }`, "s.json5": `{ $include: "./openclaw.json" }` });
  b.add("same-twice", { "openclaw.json": `{ a: { $include: "./p.json5" }, b: { $include: "./p.json5" } }`, "p.json5": "{ x: [1] }" });
  b.add("parse-error", { "openclaw.json": `{ $include: "./bad.json5" }`, "bad.json5": "{ a: }" });
  b.add("empty-file", { "openclaw.json": `{ $include: "./e.json5" }`, "e.json5": "" });
  b.add("symlink-out", { "openclaw.json": `{ $include: "./link.json5" }`, "out/o.json5": "{ o: 1 }" }, { setup: (cfg, out) => symlinkSync(path.join(out, "o.json5"), path.join(cfg, "link.json5")) });
  b.add("symlink-dir-out", { "openclaw.json": `{ $include: "./ld/o.json5" }`, "out/o.json5": "{ o: 1 }" }, { setup: (cfg, out) => symlinkSync(out, path.join(cfg, "ld")) });
  b.add("symlink-in", { "openclaw.json": `{ $include: "./link.json5" }`, "real.json5": "{ r: 1 }" }, { setup: (cfg) => symlinkSync(path.join(cfg, "real.json5"), path.join(cfg, "link.json5")) });
  b.add("symlink-out-allowed", { "openclaw.json": `{ $include: "./link.json5" }`, "out/o.json5": "{ o: 1 }" }, { roots: ["out"], setup: (cfg, out) => symlinkSync(path.join(out, "o.json5"), path.join(cfg, "link.json5")) });
  b.add("roots-outside", { "openclaw.json": `{ $include: "../out/o.json5" }`, "out/o.json5": `{ o: 1, $include: "./p.json5" }`, "out/p.json5": "{ p: 1 }" }, { roots: ["out"] });
  b.add("roots-nested-escape", { "openclaw.json": `{ $include: "../out/o.json5" }`, "out/o.json5": `{ $include: "../../x.json5" }` }, { roots: ["out"] });
  b.add("in-array", { "openclaw.json": `{ list: [{ $include: "./a.json5" }, 2] }`, "a.json5": "{ a: 1 }" });
  b.add("bad-value", { "openclaw.json": `{ $include: 5 }` });
  b.add("bad-item", { "openclaw.json": `{ $include: ["./a.json5", 5] }`, "a.json5": "{}" });
  b.add("bad-null", { "openclaw.json": `{ $include: null }` });
  b.add("nul-byte", { "openclaw.json": `{ $include: "./a\\u0000.json5" }` });
  b.add("long-path", { "openclaw.json": `{ $include: "./${"x".repeat(4100)}.json5" }` });
  b.add("nested-siblings", { "openclaw.json": `{ $include: "./a.json5", o: { $include: "./b.json5", z: [9] } }`, "a.json5": "{ a: 1, o: { x: 1, z: [1] } }", "b.json5": "{ b: 2, z: [2] }" });
  b.add("proto-sibling", { "openclaw.json": `{ $include: "./a.json5", constructor: 1, prototype: { x: 1 } }`, "a.json5": "{ a: 1 }" });
  b.add("sub-relative", { "openclaw.json": `{ $include: "./sub/t.json5" }`, "sub/t.json5": `{ allow: { $include: "./list.json5" }, up: { $include: "../u.json5" } }`, "sub/list.json5": `["x"]`, "u.json5": "{ u: 1 }" });
  b.add("object-over-scalar", { "openclaw.json": `{ $include: "./a.json5", k: { y: 1 } }`, "a.json5": "{ k: 5, l: [1] }" });
  b.add("scalar-over-object", { "openclaw.json": `{ $include: "./a.json5", k: 5, l: { m: 1 } }`, "a.json5": "{ k: { y: 1 }, l: [1] }" });
  b.add("duplicate-keys", { "openclaw.json": `{ $include: "./a.json5", k: 1, k: 2 }`, "a.json5": "{ k: 0, j: 1, j: 2 }" });
  b.add("fifo", { "openclaw.json": `{ $include: "./pipe.json5" }` }, { setup: (cfg) => spawnSync("mkfifo", [path.join(cfg, "pipe.json5")]) });
}

/** Random include graphs: files include later files (mostly acyclic), some paths missing or escaping. */
function randomGraphs(b: Builder, count: number): void {
  const targets = ["./f1.json5", "./f2.json5", "./f3.json5", "./f4.json5", "./sub/s.json5", "../cfg/f2.json5", "./missing.json5", "../out/o.json5", "./arr.json5"];
  for (let n = 0; n < count; n++) {
    const rnd = random(1000 + n);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
    const cyclic = rnd() < 0.2;
    const includeFrom = (index: number): string | string[] => {
      const allowed = cyclic ? targets : targets.filter((t) => !/f(\d)/.test(t) || Number(/f(\d)/.exec(t)![1]) > index);
      const usable = allowed.length ? allowed : ["./arr.json5"];
      return rnd() < 0.6 ? pick(usable) : Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(usable));
    };
    const value = (depth: number, index: number): unknown => {
      const r = rnd();
      if (depth > 2 || r < 0.3) return pick([1, 2, "s", true, null]);
      if (r < 0.45) return [value(depth + 1, index), value(depth + 1, index)];
      const object: Record<string, unknown> = {};
      for (const key of ["a", "b", "list", "o"]) if (rnd() < 0.5) object[key] = key === "list" ? [pick([1, 2, 3])] : value(depth + 1, index);
      if (rnd() < (depth === 0 ? 0.8 : 0.3)) object.$include = includeFrom(index);
      return object;
    };
    const files: Record<string, string> = { "openclaw.json": JSON.stringify(value(0, 0)) };
    for (let i = 1; i <= 4; i++) files[`f${i}.json5`] = JSON.stringify(value(0, i));
    files["sub/s.json5"] = JSON.stringify({ s: 1, $include: pick(["../f4.json5", "./nope.json5", "../arr.json5"]) });
    files["arr.json5"] = "[7]";
    files["out/o.json5"] = "{ out: 1 }";
    b.add(`random-${n}`, files, { roots: rnd() < 0.3 ? ["out"] : [] });
  }
}

function ours(scenario: Scenario) {
  const source = readFileSync(scenario.configPath, "utf8");
  const doc = ConfigDocument.create(pathToFileURL(scenario.configPath).href, source);
  return resolveIncludes(doc, scenario.configPath, { fs: nodeIncludeFileSystem, roots: scenario.allowedRoots });
}

async function main(): Promise<void> {
  const toolchain = (await import(pathToFileURL(path.join(repoRoot, "scripts/lib/toolchain.mjs")).href)) as Toolchain;
  const packageDir = toolchain.ensureOpenclaw();
  const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-includes-vs-")));
  try {
    const builder = new Builder(base);
    handWritten(builder);
    randomGraphs(builder, 200);
    const home = path.join(base, "home");
    mkdirSync(home);
    const child = spawnSync(toolchain.node24Binary(), [path.join(repoRoot, "test/includes-openclaw/openclaw-resolve.mjs"), packageDir], {
      input: JSON.stringify({ items: builder.scenarios }),
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, HOME: home, OPENCLAW_STATE_DIR: path.join(home, ".openclaw"), OPENCLAW_INCLUDE_ROOTS: "" },
    });
    if (child.status !== 0) throw new Error(`OpenClaw's resolver failed (exit ${child.status}): ${child.stderr}`);
    const theirs = JSON.parse(child.stdout) as Record<string, OpenClawResult>;
    const differences: string[] = [];
    let resolved = 0;
    for (const scenario of builder.scenarios) {
      const expected = theirs[scenario.id]!;
      const actual = ours(scenario);
      const codes = actual.problems.map((p) => p.code);
      if (expected.ok) {
        resolved++;
        try {
          assert.deepEqual(codes, []);
          assert.deepStrictEqual(plainValue(actual.value), expected.value);
        } catch (error) {
          differences.push(`${scenario.id}: OpenClaw resolves it, we differ: ${(error as Error).message.split("\n").slice(0, 12).join("\n")}`);
        }
        continue;
      }
      const kind = KINDS.find(([pattern]) => pattern.test(expected.message));
      if (!kind) differences.push(`${scenario.id}: unknown OpenClaw error: ${expected.message}`);
      else if (!codes.some((code) => kind[1].includes(code))) differences.push(`${scenario.id}: OpenClaw: ${expected.message}\n  we report: ${codes.join(", ") || "nothing"}`);
    }
    const total = builder.scenarios.length;
    console.log(`$include vs OpenClaw ${toolchain.OPENCLAW_VERSION}: ${total} scenarios (${resolved} resolved, ${total - resolved} refused by OpenClaw), ${total - differences.length} agree`);
    for (const difference of differences) console.log(`  ✖ ${difference}`);
    if (differences.length > 0) process.exitCode = 1;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
