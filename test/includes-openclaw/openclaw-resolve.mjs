// OpenClaw's own `$include` resolution of a batch of configs on disk. Runs under Node 24 (OpenClaw refuses
// older Node), started by test/includes-openclaw/run.ts with HOME in a temp dir; files only, no network.
// Usage: node openclaw-resolve.mjs <openclaw package dir> < batch.json > results.json
//   batch.json   {"items": [{"id": "...", "configPath": "/abs/openclaw.json", "allowedRoots": ["/abs", ...]}]}
//   results.json {"<id>": {"ok": true, "value": <merged>} | {"ok": false, "name": "ConfigIncludeError", "message": "..."}}
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = process.argv[2];
const batch = JSON.parse(readFileSync(0, "utf8"));
const JSON5 = createRequire(path.join(packageDir, "package.json"))("json5");

/** `resolveConfigIncludes` from src/config/includes.ts, whatever the bundle's hashed file and export alias. */
async function findResolver() {
  const dist = path.join(packageDir, "dist");
  for (const name of readdirSync(dist).filter((n) => /^includes-.*\.mjs$/.test(n))) {
    const source = readFileSync(path.join(dist, name), "utf8");
    const alias = /\bresolveConfigIncludes as (\w+)\b/.exec(source);
    if (alias && source.includes("//#region src/config/includes.ts")) return (await import(pathToFileURL(path.join(dist, name)).href))[alias[1]];
  }
  throw new Error("resolveConfigIncludes not found in dist/includes-*.mjs");
}

const resolveConfigIncludes = await findResolver();
const results = {};
for (const item of batch.items) {
  try {
    const parsed = JSON5.parse(readFileSync(item.configPath, "utf8"));
    results[item.id] = { ok: true, value: resolveConfigIncludes(parsed, item.configPath, undefined, { allowedRoots: item.allowedRoots ?? [] }) };
  } catch (error) {
    results[item.id] = { ok: false, name: error?.name ?? "Error", message: String(error?.message ?? error) };
  }
}
process.stdout.write(JSON.stringify(results));
