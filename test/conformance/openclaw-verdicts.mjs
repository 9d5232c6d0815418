// OpenClaw's own verdict on a batch of configs. Runs under Node 24 (OpenClaw refuses older Node), started
// by the conformance suite with HOME and OPENCLAW_STATE_DIR in a temp dir; it never touches the network.
// Usage: node openclaw-verdicts.mjs <openclaw package dir> < batch.json > verdicts.json
//   batch.json    {"items": [{"key": "...", "text": "<JSON5 source>"}]}
//   verdicts.json {"version": "...", "rootKeys": [...], "verdicts": {"<key>": {"ok": bool, "issues": [{path, message}]}}}
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = process.argv[2];
const batch = JSON.parse(readFileSync(0, "utf8"));
const require = createRequire(path.join(packageDir, "package.json"));
const JSON5 = require("json5"); // the parser OpenClaw's loader uses
const version = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version;
const config = await import(pathToFileURL(path.join(packageDir, "dist/config/config.js")).href);

/** The root keys of OpenClaw's strict root schema (to tell config-shaped code blocks from other JSON). */
async function rootKeys() {
  const dist = path.join(packageDir, "dist");
  for (const name of readdirSync(dist).filter((n) => /^zod-schema-.*\.mjs$/.test(n))) {
    const source = readFileSync(path.join(dist, name), "utf8");
    const alias = /\bOpenClawSchema as (\w+)\b/.exec(source);
    if (!alias || !source.includes("const OpenClawSchema = ")) continue;
    const schema = (await import(pathToFileURL(path.join(dist, name)).href))[alias[1]];
    const shape = schema?.shape ?? schema?._zod?.def?.shape;
    if (shape) return Object.keys(shape).sort();
  }
  throw new Error("OpenClawSchema not found in dist/zod-schema-*.mjs");
}

const verdicts = {};
for (const { key, text } of batch.items) {
  let value;
  try {
    value = JSON5.parse(text);
  } catch (error) {
    verdicts[key] = { ok: false, issues: [{ path: "<root>", message: `JSON5 parse failed: ${error.message}` }] };
    continue;
  }
  try {
    const result = config.validateConfigObjectWithPlugins(value);
    verdicts[key] = result.ok
      ? { ok: true, issues: [] }
      : { ok: false, issues: result.issues.map((issue) => ({ path: String(issue.path ?? ""), message: String(issue.message) })) };
  } catch (error) {
    verdicts[key] = { ok: false, issues: [{ path: "<root>", message: `validator threw: ${error?.message ?? error}` }], threw: true };
  }
}
process.stdout.write(JSON.stringify({ version, rootKeys: await rootKeys(), verdicts }));
