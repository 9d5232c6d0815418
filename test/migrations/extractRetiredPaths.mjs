// Regenerates server/src/core/migrations/retiredPaths.json from the installed OpenClaw: the path lists
// its doctor deletes as retired (RETIRED_TUNING_PATHS, RETIRED_AGENT_TUNING_PATHS, and the tier-eval
// lists). They are plain JSON literals in dist/legacy-*.mjs. Run when the pinned OpenClaw changes.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureOpenclaw, OPENCLAW_VERSION } from "../../scripts/lib/toolchain.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = path.join(ensureOpenclaw(), "dist");
const file = readdirSync(dist).find((f) => /^legacy-[A-Za-z0-9_-]+\.mjs$/.test(f) && readFileSync(path.join(dist, f), "utf8").includes("const RETIRED_TUNING_PATHS = ["));
const source = readFileSync(path.join(dist, file), "utf8");
function list(name) {
  const start = source.indexOf(`const ${name} = [`);
  if (start < 0) throw new Error(`${name} not found in ${file}`);
  let depth = 0;
  let i = source.indexOf("[", start);
  const from = i;
  for (; i < source.length; i++) {
    if (source[i] === "[") depth++;
    else if (source[i] === "]" && --depth === 0) break;
  }
  return JSON.parse(source.slice(from, i + 1));
}
const out = {
  openclawVersion: OPENCLAW_VERSION,
  source: `dist/${file}`,
  tuningRoot: list("RETIRED_TUNING_PATHS"),
  tuningAgent: list("RETIRED_AGENT_TUNING_PATHS"),
  tierEvalRoot: list("TIER_EVAL_RETIRED_ROOT_PATHS"),
  tierEvalAgent: list("TIER_EVAL_RETIRED_AGENT_PATHS"),
};
writeFileSync(path.join(root, "server/src/core/migrations/retiredPaths.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(Object.entries(out).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : v}`).join(", "));
