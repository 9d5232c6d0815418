// Rewrites the README's list of migrations without a complete automatic fix (and the coverage counts)
// from the table's `gap` fields, so the README cannot drift from the code. Run after `npm run build`.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { MIGRATIONS } = require(path.join(root, "out/server/src/core/migrations/table"));
let fixed = 0;
let reported = 0;
let none = 0;
const lines = [];
for (const m of MIGRATIONS) {
  const kinds = m.rules.map((r) => r.kind);
  const auto = kinds.some((k) => k !== "manual");
  if (auto) fixed++;
  else if (kinds.length > 0) reported++;
  else none++;
  if (m.gap) lines.push(`- \`${m.id}\`${auto ? " (partly fixed)" : kinds.length ? " (reported, no fix)" : " (not reported)"}: ${m.gap}`);
}
const readmePath = path.join(root, "README.md");
let readme = readFileSync(readmePath, "utf8");
readme = readme.replace(/per OpenClaw migration: \d+ with automatic fixes \(some partly\), \d+ reported without a fix, \d+ that/, `per OpenClaw migration: ${fixed} with automatic fixes (some partly), ${reported} reported without a fix, ${none} that`);
const head = "Migrations without a complete automatic fix, and why:\n\n";
const start = readme.indexOf(head);
if (start < 0) throw new Error("README has no gaps section");
// Everything from the heading (however many copies a bad merge left) up to the next section is regenerated.
while (readme.slice(start + head.length).startsWith(head)) readme = readme.slice(0, start + head.length) + readme.slice(start + 2 * head.length);
const after = readme.indexOf("\n## ", start);
readme = readme.slice(0, start + head.length) + lines.join("\n") + "\n" + (after < 0 ? "" : readme.slice(after));
writeFileSync(readmePath, readme);
console.log(`${fixed} fixed, ${reported} reported, ${none} not key migrations; ${lines.length} gaps listed`);
