// Runs under Node 24 with the pinned OpenClaw: prints {version, uiHints} as JSON on stdout.
// `openclaw config schema` prints only the schema; the Control UI's labels, help, `sensitive` flags
// and docs links live next to it in the same response (`buildConfigSchemaCore().uiHints`). We read
// them through the same entry point the CLI uses, `readBestEffortRuntimeConfigSchema`, so the two
// outputs describe one and the same schema.
// Usage: node ui-hints.mjs <openclaw package dir>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dist = path.join(process.argv[2], "dist");
const candidates = readdirSync(dist)
  .filter((name) => /^runtime-schema-[\w-]+\.mjs$/.test(name))
  .sort()
  .filter((name) => /readBestEffortRuntimeConfigSchema/.test(readFileSync(path.join(dist, name), "utf8")));
let read;
for (const name of candidates) {
  const mod = await import(pathToFileURL(path.join(dist, name)).href);
  read = Object.values(mod).find((value) => typeof value === "function" && value.name === "readBestEffortRuntimeConfigSchema");
  if (read) break;
}
if (!read) {
  process.stderr.write("readBestEffortRuntimeConfigSchema not found in dist/runtime-schema-*.mjs\n");
  process.exit(1);
}
const result = await read();
process.stdout.write(JSON.stringify({ version: result.version, uiHints: result.uiHints ?? {} }));
