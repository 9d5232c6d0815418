// The migrations tier (npm test): every legacy fixture (test/fixtures/legacy) after our fix-all must
// be accepted by OpenClaw 2026.9.6's validator and equal, as a value, what OpenClaw's own doctor
// migration makes of the same input, apart from the differences listed in KNOWN_DIFFERENCES (each
// explained in the README). The input's severity must match OpenClaw's verdict: a fixture OpenClaw
// rejects gets at least one legacy Error; one it accepts gets legacy Warnings only.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { ensureOpenclaw, node24Binary, node24Env } from "../../scripts/lib/toolchain.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { ConfigDocument } = require(path.join(root, "out/server/src/core/document"));
const { ALL_RULES } = require(path.join(root, "out/server/src/core/rules"));
const { fixAllText } = require(path.join(root, "out/server/src/core/services/fixAll"));
const { validateDocument } = require(path.join(root, "out/server/src/core/services/validation"));
const JSON5 = require("json5");

/** Fixture -> why our value legitimately differs from doctor's (see README "Legacy keys"). */
const KNOWN_DIFFERENCES = {
  "codex-model-refs": "openai-codex/<m> references: rewritten by doctor's config flow, not by LEGACY_CONFIG_MIGRATIONS; we rewrite them in the file",
  "codex-retired-ref": "openai-codex/<m> references: rewritten by doctor's config flow, not by LEGACY_CONFIG_MIGRATIONS; we rewrite them in the file",
  "seed-bug": "we also insert /codex into the base URL (legacy-codex-base-url) and rewrite openai-codex/<m> references",
  "routing-group-chat": "routing.allowFrom: doctor drops it when no WhatsApp channel is configured; our fix moves it to channels.whatsapp.allowFrom and is not applied by fix-all (marked unsafe)",
};
/** Fixtures whose fix is not safe (it drops a value the user may still need): checked with unsafe fixes applied too. */
const UNSAFE_FIXTURES = new Set(["hooks-internal-handlers", "ui-assistant", "cli-backends", "routing-group-chat", "system-prompt-override", "codex-provider-with-openai", "sandbox-browser-network"]);

/**
 * OpenClaw's runtime.utility-model-separation (left to doctor: a catalog decision, not a key) records
 * the implicit primary model of a config that has none. Drop exactly what it adds before comparing.
 */
function withoutUtilitySeparation(doctor, input) {
  const out = structuredClone(doctor);
  if (out.meta?.migrations?.utilityModelSeparation !== true) return out;
  delete out.meta.migrations.utilityModelSeparation;
  if (Object.keys(out.meta.migrations).length === 0) delete out.meta.migrations;
  if (Object.keys(out.meta).length === 0) delete out.meta;
  if (input.agents?.defaults?.model === undefined && out.agents?.defaults?.model !== undefined) {
    delete out.agents.defaults.model;
    if (Object.keys(out.agents.defaults).length === 0) delete out.agents.defaults;
    if (Object.keys(out.agents).length === 0) delete out.agents;
  }
  return out;
}

const dir = path.join(root, "test/fixtures/legacy");
const only = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith(".json5") && !f.endsWith(".fixed.json5") && (!only || f.includes(only)));
files.push("../seed-bug.openclaw.json");
const cases = files.map((file) => {
  const input = readFileSync(path.join(dir, file), "utf8");
  const uri = "file:///x/openclaw.json";
  const diagnostics = validateDocument(ConfigDocument.create(uri, input), ALL_RULES).filter((d) => d.code.startsWith("legacy-"));
  const name = path.basename(file).replace(/\.json5?$/, "").replace(/\.openclaw$/, "");
  return { name, input, output: fixAllText(input, ALL_RULES, { uri, unsafe: UNSAFE_FIXTURES.has(name) }).text, diagnostics };
});

const openclaw = ensureOpenclaw();
const child = spawnSync(node24Binary(), [path.join(root, "test/migrations/oracle.mjs"), openclaw, require.resolve("json5/dist/index.mjs")], {
  input: JSON.stringify(cases.map(({ name, input, output }) => ({ name, input, output }))),
  env: node24Env({ HOME: path.join(root, ".cache", "migrations-home"), OPENCLAW_STATE_DIR: path.join(root, ".cache", "migrations-home", ".openclaw"), OPENCLAW_CONFIG_READONLY: "1", NO_PROXY: "*", HTTPS_PROXY: "http://127.0.0.1:9", HTTP_PROXY: "http://127.0.0.1:9" }),
  maxBuffer: 64 * 1024 * 1024,
  encoding: "utf8",
});
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}
const results = JSON.parse(child.stdout);
let failures = 0;
let equal = 0;
for (const result of results) {
  const ours = cases.find((c) => c.name === result.name);
  const problems = [];
  const sameValue = isDeepStrictEqual(JSON5.parse(ours.output), withoutUtilitySeparation(result.doctor, JSON5.parse(ours.input)));
  // When OpenClaw's own migration of the same input is rejected too (a plugin schema lagging behind
  // its doctor), an identical value is the most the fix can do.
  const sharedRejection = !result.outputValid && sameValue && !result.doctorValid;
  if (!result.outputValid && !sharedRejection) problems.push(`OpenClaw rejects our fixed output: ${result.outputIssues.join("; ")}`);
  if (sameValue) equal++;
  else if (!KNOWN_DIFFERENCES[result.name]) problems.push(`value differs from doctor's:\n  ours:   ${JSON.stringify(JSON5.parse(ours.output))}\n  doctor: ${JSON.stringify(result.doctor)}`);
  const errors = ours.diagnostics.filter((d) => d.severity === 1).length;
  if (!result.inputValid && errors === 0 && ours.diagnostics.length > 0) problems.push(`OpenClaw rejects the input (${result.inputIssues.join("; ")}) but our legacy diagnostics are all warnings`);
  if (result.inputValid && errors > 0) problems.push(`OpenClaw accepts the input but we report legacy errors: ${ours.diagnostics.filter((d) => d.severity === 1).map((d) => d.data.path).join(", ")}`);
  const status = problems.length === 0 ? "ok  " : "FAIL";
  if (problems.length > 0) failures++;
  const note = sharedRejection ? ` (OpenClaw rejects its own doctor's output too: ${result.outputIssues.join("; ")})` : "";
  console.log(`${status} ${result.name}${sameValue ? "" : KNOWN_DIFFERENCES[result.name] ? ` (known difference: ${KNOWN_DIFFERENCES[result.name]})` : ""}${note}`);
  for (const problem of problems) console.log(`     ${problem}`);
}
console.log(`\n${results.length} fixtures: ${results.length - failures} pass, ${equal} equal to doctor's output, ${failures} fail`);
process.exit(failures === 0 ? 0 : 1);
