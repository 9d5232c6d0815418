// `npm run schema:update`: regenerates schemas/openclaw.schema.json from the pinned OpenClaw.
//
//   1. installs Node 24 and openclaw@<pinned> into the cache (scripts/lib/toolchain.mjs),
//   2. runs `openclaw config schema` in a throwaway HOME / OPENCLAW_STATE_DIR (deleted afterwards),
//      and reads OpenClaw's UI hints the same way (scripts/schema/ui-hints.mjs),
//   3. post-processes both deterministically (scripts/schema/postprocess.mjs) and writes
//      schemas/openclaw.schema.json and schemas/openclaw-schema.meta.json.
//
// Same OpenClaw version -> same bytes. `--check` regenerates in memory and exits 1 when the
// committed files differ (nothing is written). `--raw FILE` also saves the unprocessed schema.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { OPENCLAW_VERSION, ensureOpenclaw, node24Env, repoRoot } from "../lib/toolchain.mjs";
import { GENERATOR_VERSION, formatSchema, postprocess } from "./postprocess.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const rawOut = args.includes("--raw") ? args[args.indexOf("--raw") + 1] : undefined;

const SCHEMA_FILE = path.join(repoRoot, "schemas", "openclaw.schema.json");
const META_FILE = path.join(repoRoot, "schemas", "openclaw-schema.meta.json");

function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

/** Runs a Node 24 script in a fresh HOME and state dir, so nothing reads or touches a real one. */
function runIsolated(scriptArgs, what) {
  const home = mkdtempSync(path.join(os.tmpdir(), "openclaw-schema-home-"));
  try {
    const env = node24Env({
      HOME: home,
      USERPROFILE: home,
      OPENCLAW_STATE_DIR: path.join(home, ".openclaw"),
      OPENCLAW_CONFIG_PATH: path.join(home, ".openclaw", "openclaw.json"),
      XDG_CONFIG_HOME: path.join(home, ".config"),
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    });
    const result = spawnSync("node", scriptArgs, { env, cwd: home, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) {
      throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
    }
    return result.stdout;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** `openclaw config schema` may print a banner before the JSON: keep the JSON document only. */
function extractJson(stdout) {
  const start = stdout.indexOf("{");
  const end = stdout.lastIndexOf("}");
  if (start < 0 || end < start) throw new Error("`openclaw config schema` printed no JSON");
  return stdout.slice(start, end + 1);
}

const pkg = ensureOpenclaw();
const version = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")).version;
if (version !== OPENCLAW_VERSION) throw new Error(`expected openclaw ${OPENCLAW_VERSION}, found ${version}`);

const rawText = extractJson(runIsolated([path.join(pkg, "openclaw.mjs"), "config", "schema"], "openclaw config schema"));
const hintsText = runIsolated([path.join(here, "ui-hints.mjs"), pkg], "reading OpenClaw's UI hints");
const { uiHints, version: hintsVersion } = JSON.parse(hintsText);
if (hintsVersion !== version) throw new Error(`UI hints report version ${hintsVersion}, expected ${version}`);
if (rawOut) writeFileSync(rawOut, rawText);

const { schema, report } = postprocess(rawText, uiHints);
const schemaText = formatSchema(schema);
const meta = {
  openclawVersion: version,
  generator: "scripts/schema/update.mjs",
  generatorVersion: GENERATOR_VERSION,
  source: "openclaw config schema",
  rawSha256: sha256(rawText),
  rawBytes: Buffer.byteLength(rawText),
  uiHintsSha256: sha256(JSON.stringify(uiHints)),
  schemaSha256: sha256(schemaText),
  schemaBytes: Buffer.byteLength(schemaText),
  repairedRefs: report.repairedRefs,
  relaxedRequired: report.relaxedRequired.length,
  hints: report.hints,
};
const metaText = `${JSON.stringify(meta, null, 2)}\n`;

if (check) {
  const same = existsSync(SCHEMA_FILE) && readFileSync(SCHEMA_FILE, "utf8") === schemaText && readFileSync(META_FILE, "utf8") === metaText;
  console.log(same ? "schemas/ is up to date" : "schemas/ differs from a fresh generation: run `npm run schema:update`");
  process.exit(same ? 0 : 1);
}
mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, schemaText);
writeFileSync(META_FILE, metaText);
console.log(
  `wrote schemas/openclaw.schema.json (${(meta.schemaBytes / 1024).toFixed(0)} KiB) from openclaw ${version}: ` +
    `${report.repairedRefs.length} refs repaired, ${report.relaxedRequired.length} defaulted fields made optional, ` +
    `${report.hints.descriptions} descriptions and ${report.hints.titles} titles added from UI hints`,
);
