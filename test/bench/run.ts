/**
 * `npm run bench`: speed and memory of the engine and the language server, side by side with
 * vscode-json-languageservice on the same content and schema, and with json5.parse (the floor for any
 * JSON5 tool). Prints a table and writes test-results/bench.json. Figures, not assertions.
 *
 * BENCH_QUICK=1 runs fewer repetitions (a smoke run).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSON5 from "json5";
import * as jsonls from "vscode-json-languageservice";
import { ConfigDocument } from "../../server/src/core/document";
import { createLanguageService } from "../../server/src/core/languageService";
import { LspClient } from "../lsp/lspClient";
import { fullReference, syntheticByBytes, syntheticByLines } from "./corpus";
import { navigationLatency } from "./navigation";

const QUICK = process.env.BENCH_QUICK === "1";
const ROOT = path.resolve(__dirname, "../../..");

interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const SIZES: { name: string; text: () => string; reps: number }[] = [
  { name: "full reference (390 lines)", text: fullReference, reps: QUICK ? 10 : 60 },
  { name: "synthetic 10,000 lines", text: () => syntheticByLines(10_000), reps: QUICK ? 5 : 30 },
  { name: "synthetic 1 MB", text: () => syntheticByBytes(1_000_000), reps: QUICK ? 3 : 15 },
  { name: "synthetic 5 MB", text: () => syntheticByBytes(5_000_000), reps: QUICK ? 2 : 7 },
];

/** In-process: our engine (parse + schema + rules) against vscode-json-languageservice and json5.parse. */
async function engineSideBySide(results: Record<string, unknown>, rows: string[][]): Promise<void> {
  const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/openclaw.schema.json"), "utf8")) as jsonls.JSONSchema;
  for (const size of SIZES) {
    const text = size.text();
    const lines = text.split("\n").length;
    const json = JSON.stringify(JSON5.parse(text), null, 2);

    // Cold: a fresh service, first validation (schema load and compilation included).
    const ourCold = time(() => createLanguageService().validate(ConfigDocument.create("file:///bench/openclaw.json", text, 1)));
    const service = createLanguageService();
    const ours = stats(
      Array.from({ length: size.reps }, (_, i) => time(() => service.validate(ConfigDocument.create("file:///bench/openclaw.json", text, i + 2)))),
    );

    const ls = jsonls.getLanguageService({});
    ls.configure({ validate: true, allowComments: false, schemas: [{ uri: "openclaw://schema", fileMatch: ["*.json"], schema }] });
    const validateJson = async (version: number) => {
      const doc = jsonls.TextDocument.create("file:///bench/openclaw.json", "json", version, json);
      await ls.doValidation(doc, ls.parseJSONDocument(doc));
    };
    const theirCold = await timeAsync(() => validateJson(1));
    const theirSamples: number[] = [];
    for (let i = 0; i < size.reps; i++) theirSamples.push(await timeAsync(() => validateJson(i + 2)));
    const theirs = stats(theirSamples);

    const floor = stats(Array.from({ length: size.reps }, () => time(() => JSON5.parse(text))));
    results[size.name] = { lines, bytes: text.length, ourCold, ours, theirCold, theirs, json5Parse: floor };
    rows.push([
      size.name,
      `${lines}`,
      `${fmt(ours.median)} (${fmt(ours.min)}-${fmt(ours.max)})`,
      `${fmt(theirs.median)} (${fmt(theirs.min)}-${fmt(theirs.max)})`,
      `${(ours.median / theirs.median).toFixed(2)}x`,
      fmt(floor.median),
      `${(ours.median / floor.median).toFixed(1)}x`,
      `${fmt(ourCold)} / ${fmt(theirCold)}`,
    ]);
  }
}

/** Process spawn to first diagnostics for the full-reference example. */
async function coldStart(): Promise<Stats> {
  const text = fullReference();
  const samples: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 10); i++) {
    const start = performance.now();
    const client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
    const uri = "file:///bench/cold/openclaw.json";
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    samples.push(performance.now() - start);
    await client.stop();
  }
  return stats(samples);
}

/** didChange (one incremental edit) to publishDiagnostics for that version, debounce off. */
async function warmLatency(client: LspClient, uri: string, text: string, reps: number): Promise<Stats> {
  await client.open(uri, text);
  await client.diagnosticsFor(uri, 1);
  const samples: number[] = [];
  // Toggle one digit inside the first line that has a number, as a person typing would.
  const lines = text.split("\n");
  const line = lines.findIndex((l) => /\d/.test(l));
  const character = lines[line]!.search(/\d/);
  for (let version = 2; version < reps + 2; version++) {
    const start = performance.now();
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: String(version % 10) }],
    });
    await client.diagnosticsFor(uri, version);
    samples.push(performance.now() - start);
  }
  await client.close(uri);
  return stats(samples);
}

/** Latency of a position request (hover, completion) at the first non-blank character of spread-out lines. */
async function positionRequestLatency(client: LspClient, method: "textDocument/hover" | "textDocument/completion", uri: string, text: string, n: number): Promise<Stats | undefined> {
  const capabilities = client.initializeResult.capabilities;
  if (!(method === "textDocument/hover" ? capabilities.hoverProvider : capabilities.completionProvider)) return undefined;
  await client.open(uri, text);
  await client.diagnosticsFor(uri, 1);
  const lines = text.split("\n");
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const line = Math.floor((i * 7919) % lines.length);
    const character = Math.max(0, lines[line]!.search(/\S/));
    samples.push(await timeAsync(() => client.request(method, { textDocument: { uri }, position: { line, character } })));
  }
  await client.close(uri);
  return stats(samples);
}

/** Document formatting over LSP of a file whose indentation was stripped (every line gets an edit). */
async function formattingLatency(client: LspClient, uri: string, text: string, n: number): Promise<{ stats: Stats; edits: number } | undefined> {
  if (!client.initializeResult.capabilities.documentFormattingProvider) return undefined;
  const flat = text
    .split("\n")
    .map((line) => line.trimStart())
    .join("\n");
  await client.open(uri, flat);
  await client.diagnosticsFor(uri, 1);
  const samples: number[] = [];
  let edits = 0;
  for (let i = 0; i < n; i++) {
    samples.push(
      await timeAsync(async () => {
        const result = await client.request<unknown[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
        edits = result.length;
      }),
    );
  }
  await client.close(uri);
  return { stats: stats(samples), edits };
}

/** Resident memory of the server while 10,000 edits go through (it must level off, not grow). */
async function memoryUnderEdits(client: LspClient, text: string, edits: number): Promise<number[]> {
  const uri = "file:///bench/memory/openclaw.json";
  await client.open(uri, text);
  await client.diagnosticsFor(uri, 1);
  const pid = client.child.pid!;
  const marks = [rssMb(pid)];
  const lines = text.split("\n");
  const line = lines.findIndex((l) => /\d/.test(l));
  const character = lines[line]!.search(/\d/);
  for (let version = 2; version <= edits + 1; version++) {
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: String(version % 10) }],
    });
    if (version % 100 === 0) await client.diagnosticsFor(uri, version);
    if ((version - 1) % (edits / 4) === 0) marks.push(rssMb(pid));
  }
  await client.close(uri);
  return marks;
}

function cliTime(): Stats | undefined {
  const cli = path.join(ROOT, "dist/cli.js");
  const file = path.join(os.tmpdir(), `openclaw-bench-${process.pid}`, "openclaw.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fullReference());
  const samples: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 10); i++) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [cli, "check", file], { stdio: "ignore" });
    } catch (error) {
      // Exit 1 means "errors found": the time still counts; anything else means no usable CLI yet.
      if ((error as { status?: number }).status !== 1) return undefined;
    }
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ") + " |";
  return [line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString(),
    quick: QUICK,
  };
  console.log(`openclaw-config benchmark on ${os.cpus().length} x ${os.cpus()[0]?.model}, Node ${process.version}${QUICK ? " (quick)" : ""}\n`);

  const engineRows: string[][] = [];
  const engine: Record<string, unknown> = {};
  await engineSideBySide(engine, engineRows);
  results.engine = engine;
  console.log("Validation in-process, warm, ms (median, min-max); cold = first validation with schema load");
  console.log(
    table(["input", "lines", "openclaw-config", "vscode-json-languageservice (JSON text)", "ratio", "json5.parse", "vs floor", "cold ours / theirs"], engineRows),
  );

  const cold = await coldStart();
  results.coldStart = cold;
  const client = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
  const lspRows: string[][] = [[
    "cold start: spawn to first diagnostics (full reference)",
    fmt(cold.median),
    fmt(cold.p95),
    `${cold.n}`,
  ]];
  const warm: Record<string, Stats> = {};
  for (const size of SIZES) {
    const s = await warmLatency(client, `file:///bench/warm-${Object.keys(warm).length}/openclaw.json`, size.text(), size.reps);
    warm[size.name] = s;
    lspRows.push([`didChange -> publishDiagnostics: ${size.name}`, fmt(s.median), fmt(s.p95), `${s.n}`]);
  }
  results.warmLatency = warm;
  const big = syntheticByLines(10_000);
  const hover = await positionRequestLatency(client, "textDocument/hover", "file:///bench/hover/openclaw.json", big, QUICK ? 50 : 300);
  const completion = await positionRequestLatency(client, "textDocument/completion", "file:///bench/completion/openclaw.json", big, QUICK ? 50 : 300);
  const formatting = await formattingLatency(client, "file:///bench/formatting/openclaw.json", big, QUICK ? 5 : 30);
  results.hover = hover;
  results.completion = completion;
  results.formatting = formatting;
  const navigation = await navigationLatency(client, "file:///bench/navigation/openclaw.json", big, QUICK ? 10 : 50);
  results.navigation = navigation;
  for (const [name, s] of Object.entries(navigation)) lspRows.push([`${name} on the 10,000-line file`, fmt(s.median), fmt(s.p95), `${s.n}`]);
  lspRows.push(["hover on the 10,000-line file", hover ? fmt(hover.median) : "n/a", hover ? fmt(hover.p95) : "n/a", `${hover?.n ?? 0}`]);
  lspRows.push([
    "completion on the 10,000-line file",
    completion ? fmt(completion.median) : "n/a",
    completion ? fmt(completion.p95) : "n/a",
    `${completion?.n ?? 0}`,
  ]);
  lspRows.push([
    `formatting the 10,000-line file, indentation stripped (${formatting?.edits ?? 0} edits)`,
    formatting ? fmt(formatting.stats.median) : "n/a",
    formatting ? fmt(formatting.stats.p95) : "n/a",
    `${formatting?.stats.n ?? 0}`,
  ]);
  await client.stop();
  // A fresh server, so the large documents above do not count against the edit loop.
  const edits = QUICK ? 1000 : 10_000;
  const fresh = await LspClient.start("stdio", { diagnosticsDebounceMs: 0 });
  const memory = await memoryUnderEdits(fresh, fullReference(), edits);
  results.rssMb = { edits, marks: memory };
  await fresh.stop();
  const cli = cliTime();
  results.cli = cli;
  lspRows.push(["CLI: openclaw-config check (full reference)", cli ? fmt(cli.median) : "n/a", cli ? fmt(cli.p95) : "n/a", `${cli?.n ?? 0}`]);
  console.log("\nLanguage server over stdio (debounce 0) and CLI, ms");
  console.log(table(["measure", "median", "p95", "n"], lspRows));
  console.log(`\nServer RSS during ${edits} edits (MB, at 0/25/50/75/100%): ${memory.map((m) => m.toFixed(1)).join(" -> ")}`);

  mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  writeFileSync(path.join(ROOT, "test-results/bench.json"), JSON.stringify(results, null, 2));
  console.log("\nwrote test-results/bench.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
