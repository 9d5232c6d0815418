// Regenerates test/fixtures/legacy/*.fixed.json5 (the expected text after fix-all) from the built
// engine (run `npm run build` first). Review the diff before committing: these files are the spec.
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { ALL_RULES } = require(path.join(root, "out/server/src/core/rules"));
const { fixAllText } = require(path.join(root, "out/server/src/core/services/fixAll"));
const dir = path.join(root, "test/fixtures/legacy");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json5") && !f.endsWith(".fixed.json5"))) {
  const text = readFileSync(path.join(dir, file), "utf8");
  const result = fixAllText(text, ALL_RULES, { uri: "file:///x/openclaw.json" });
  writeFileSync(path.join(dir, file.replace(/\.json5$/, ".fixed.json5")), result.text);
  if (!result.converged) console.error(`${file}: did not converge`);
}
