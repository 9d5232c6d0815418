/**
 * OpenClaw's verdicts, computed by the pinned OpenClaw under Node 24 in one child process per batch and
 * cached under the cache dir keyed by sha256(OpenClaw version + text), so reruns do not start OpenClaw.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface OpenClawIssue {
  path: string;
  message: string;
}

export interface OpenClawVerdict {
  ok: boolean;
  issues: OpenClawIssue[];
  /** The validator threw instead of answering (counted apart; OpenClaw would refuse to start). */
  threw?: boolean;
}

interface Toolchain {
  OPENCLAW_VERSION: string;
  cacheRoot(): string;
  ensureOpenclaw(): string;
  node24Binary(): string;
}

export const repoRoot = path.resolve(__dirname, "../../..");

export async function loadToolchain(): Promise<Toolchain> {
  return (await import(pathToFileURL(path.join(repoRoot, "scripts/lib/toolchain.mjs")).href)) as Toolchain;
}

interface CacheFile {
  version: string;
  rootKeys: string[];
  verdicts: Record<string, OpenClawVerdict>;
}

export class OpenClawOracle {
  private readonly cacheFile: string;
  private cache: CacheFile;
  private dirty = false;

  constructor(
    private readonly toolchain: Toolchain,
    readonly packageDir: string,
  ) {
    const dir = path.join(toolchain.cacheRoot(), "conformance");
    mkdirSync(dir, { recursive: true });
    this.cacheFile = path.join(dir, `verdicts-openclaw-${toolchain.OPENCLAW_VERSION}.json`);
    this.cache = existsSync(this.cacheFile)
      ? (JSON.parse(readFileSync(this.cacheFile, "utf8")) as CacheFile)
      : { version: toolchain.OPENCLAW_VERSION, rootKeys: [], verdicts: {} };
  }

  get version(): string {
    return this.toolchain.OPENCLAW_VERSION;
  }

  key(text: string): string {
    return createHash("sha256").update(`${this.version}\0${text}`).digest("hex");
  }

  /** The root keys of OpenClaw's schema (asks OpenClaw once, then cached). */
  rootKeys(): string[] {
    if (this.cache.rootKeys.length === 0) this.run([]);
    return this.cache.rootKeys;
  }

  /** Verdicts for every text; the uncached ones are computed by one OpenClaw child process. */
  verdicts(texts: readonly string[]): OpenClawVerdict[] {
    const missing = new Map<string, string>();
    for (const text of texts) {
      const key = this.key(text);
      if (!this.cache.verdicts[key]) missing.set(key, text);
    }
    if (missing.size > 0) this.run([...missing].map(([key, text]) => ({ key, text })));
    return texts.map((text) => this.cache.verdicts[this.key(text)]!);
  }

  private run(items: { key: string; text: string }[]): void {
    const home = mkdtempSync(path.join(os.tmpdir(), "openclaw-conformance-"));
    try {
      const started = performance.now();
      const result = spawnSync(this.toolchain.node24Binary(), [path.join(repoRoot, "test/conformance/openclaw-verdicts.mjs"), this.packageDir], {
        input: JSON.stringify({ items }),
        env: {
          PATH: process.env.PATH ?? "",
          HOME: home,
          OPENCLAW_STATE_DIR: path.join(home, ".openclaw"),
          OPENCLAW_CONFIG_PATH: path.join(home, ".openclaw", "openclaw.json"),
          NO_COLOR: "1",
        },
        maxBuffer: 1024 * 1024 * 1024,
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`OpenClaw verdict process failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
      const answer = JSON.parse(result.stdout) as CacheFile;
      if (answer.version !== this.version) throw new Error(`expected OpenClaw ${this.version}, the package is ${answer.version}`);
      Object.assign(this.cache.verdicts, answer.verdicts);
      this.cache.rootKeys = answer.rootKeys;
      this.dirty = true;
      process.stderr.write(`[conformance] OpenClaw judged ${items.length} config(s) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }

  save(): void {
    if (!this.dirty) return;
    const tmp = `${this.cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.cache));
    renameSync(tmp, this.cacheFile);
    this.dirty = false;
  }
}
