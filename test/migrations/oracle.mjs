// Runs under Node 24 inside the installed OpenClaw 2026.9.6 (never the network): reads
// [{ name, input, output }] (JSON5 texts) on stdin and answers, for each, what OpenClaw's own doctor
// migration (`migrateLegacyConfig`, the function behind `openclaw doctor --fix`) makes of the input
// and whether OpenClaw's validator accepts the input and our fixed output.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [openclawDir, json5Path] = process.argv.slice(2);
const dist = path.join(openclawDir, "dist");
const JSON5 = (await import(pathToFileURL(json5Path).href)).default;
const { validateConfigObjectWithPlugins } = await import(pathToFileURL(path.join(dist, "config", "config.js")).href);
// The bundle's file names carry a content hash: find the module by its source region marker.
const migrateFile = readdirSync(dist).find((f) => f.startsWith("legacy-config-migrate-") && readFileSync(path.join(dist, f), "utf8").includes("function migrateLegacyConfig("));
const migrateModule = await import(pathToFileURL(path.join(dist, migrateFile)).href);
const migrateLegacyConfig = Object.values(migrateModule).find((f) => typeof f === "function" && f.name === "migrateLegacyConfig");

const cases = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const { name, input, output } of cases) {
  const raw = JSON5.parse(input);
  const fixed = JSON5.parse(output);
  const before = validateConfigObjectWithPlugins(structuredClone(raw));
  const migrated = migrateLegacyConfig(structuredClone(raw), {});
  const after = validateConfigObjectWithPlugins(structuredClone(fixed));
  const doctorConfig = migrated.sourceConfig ?? migrated.config ?? raw;
  const doctorCheck = validateConfigObjectWithPlugins(structuredClone(doctorConfig));
  results.push({
    name,
    inputValid: before.ok,
    inputIssues: before.ok ? [] : before.issues.map((i) => `${i.path}: ${i.message}`),
    doctor: doctorConfig,
    doctorValid: doctorCheck.ok,
    doctorChanges: migrated.changes,
    outputValid: after.ok,
    outputIssues: after.ok ? [] : after.issues.map((i) => `${i.path}: ${i.message}`),
  });
}
process.stdout.write(JSON.stringify(results));
