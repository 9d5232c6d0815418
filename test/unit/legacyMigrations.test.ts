import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import JSON5 from "json5";
import { ConfigDocument } from "../../server/src/core/document";
import { MIGRATIONS } from "../../server/src/core/migrations/table";
import { ALL_RULES } from "../../server/src/core/rules";
import { isLegacyPath } from "../../server/src/core/rules/legacyKeys";
import { fixAllText } from "../../server/src/core/services/fixAll";
import { validateDocument } from "../../server/src/core/services/validation";
import { applyTextEdits } from "../lsp/lspClient";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures", "legacy");
const uri = "file:///x/openclaw.json";

// The text of every comment without its markers (a comment moved into an inline object becomes a block comment).
function comments(text: string): string[] {
  return ConfigDocument.create(uri, text)
    .parse.comments.map((c) => text.slice(c.offset, c.offset + c.length))
    .map((c) => (c.startsWith("//") ? c.slice(2) : c.slice(2, -2)).trim());
}

/** `// expect: <code> <dot.path>` header lines of a fixture. */
function expectations(text: string): { code: string; path: string }[] {
  return [...text.matchAll(/^\/\/ expect: (\S+) (\S+)\s*$/gm)].map((m) => ({ code: m[1]!, path: m[2]! }));
}

describe("legacy-key migrations: the table", () => {
  it("has one entry per OpenClaw 2026.9.6 migration id, each documented", () => {
    assert.equal(MIGRATIONS.length, 82);
    assert.equal(new Set(MIGRATIONS.map((m) => m.id)).size, 82);
    for (const entry of MIGRATIONS) assert.ok(entry.rules.length > 0 || entry.gap, `${entry.id}: no rules and no gap explanation`);
  });
  it("answers isLegacyPath for moved keys and not for current ones", () => {
    assert.equal(isLegacyPath(["agents", "defaults", "imageGenerationModel"]), true);
    assert.equal(isLegacyPath(["agents", "entries", "main", "memorySearch"]), true);
    assert.equal(isLegacyPath(["agents", "list", 0, "embeddedPi"]), true);
    assert.equal(isLegacyPath(["models", "providers", "openai-codex"]), true);
    assert.equal(isLegacyPath(["agents", "defaults", "mediaModels"]), false);
    assert.equal(isLegacyPath(["models", "providers", "openai"]), false);
  });
});

describe("legacy-key migrations: fixtures (test/fixtures/legacy)", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json5") && !f.endsWith(".fixed.json5"));
  it("exist", () => assert.ok(files.length >= 40, `only ${files.length} fixtures`));
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(path.join(FIXTURES, file), "utf8");
      const expected = readFileSync(path.join(FIXTURES, file.replace(/\.json5$/, ".fixed.json5")), "utf8");
      const doc = ConfigDocument.create(uri, text);
      const diagnostics = validateDocument(doc, ALL_RULES);
      for (const { code, path: at } of expectations(text)) {
        const hit = diagnostics.find((d) => d.code === code && d.data.path === at);
        assert.ok(hit, `no ${code} at ${at}; got ${diagnostics.map((d) => `${d.code}@${d.data.path}`).join(", ")}`);
        // Each fix, applied alone, gives a parseable document.
        for (const fix of hit.data.fixes ?? []) {
          const after = applyTextEdits(text, fix.edits);
          assert.equal(ConfigDocument.create(uri, after).parse.errors.length, 0, `${fix.title} breaks the syntax:\n${after}`);
        }
      }
      const fixed = fixAllText(text, ALL_RULES, { uri });
      assert.ok(fixed.converged);
      assert.equal(fixed.text, expected);
      // Idempotent: a second fix-all changes nothing.
      assert.equal(fixAllText(fixed.text, ALL_RULES, { uri }).text, fixed.text);
      // Comments travel: every comment of the input is still there (those on removed retired keys excepted: marked "(dropped)").
      const kept = comments(fixed.text);
      for (const comment of comments(text).filter((c) => !c.includes("(dropped)"))) assert.ok(kept.includes(comment), `lost comment ${comment}`);
      JSON5.parse(fixed.text);
    });
  }
});

describe("the seed bug's config", () => {
  it("becomes, with one fix-all, a current config with the /codex base URL and every comment kept", () => {
    const text = readFileSync(path.join(__dirname, "..", "..", "..", "test", "fixtures", "seed-bug.openclaw.json"), "utf8");
    const fixed = fixAllText(text, ALL_RULES, { uri }).text;
    const value = JSON5.parse(fixed);
    assert.equal(value.models.providers.openai.baseUrl, "https://chatgpt.com/backend-api/codex");
    assert.equal(value.models.providers.openai.api, "openai-chatgpt-responses");
    assert.equal(value.models.providers["openai-codex"], undefined);
    assert.equal(value.agents.defaults.imageGenerationModel, undefined);
    assert.equal(value.agents.defaults.mediaModels.image, "openai/gpt-image-2");
    assert.equal(value.agents.defaults.model.primary, "openai/gpt-5.4");
    assert.equal(value.agents.defaults.models["openai/gpt-image-2"].agentRuntime.id, "codex");
    const kept = comments(fixed);
    for (const comment of comments(text)) assert.ok(kept.includes(comment), `lost ${comment}`);
    const codes = validateDocument(ConfigDocument.create(uri, fixed), ALL_RULES).map((d) => d.code);
    assert.deepEqual(codes.filter((c) => c.startsWith("legacy-")), []);
  });
});

describe("legacy-key migrations together", () => {
  it("upgrade a config holding every fixture's legacy keys at once: converged, idempotent, no safe fix left", () => {
    // Deep-merge the fixtures' values (later ones win on scalars): many migrations then touch the same objects.
    const merge = (a: unknown, b: unknown): unknown => {
      if (typeof a !== "object" || a === null || Array.isArray(a) || typeof b !== "object" || b === null || Array.isArray(b)) return b;
      const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
      for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? merge(out[k], v) : v;
      return out;
    };
    let value: unknown = {};
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".json5") && !f.endsWith(".fixed.json5")).sort()) {
      value = merge(value, JSON5.parse(readFileSync(path.join(FIXTURES, file), "utf8")));
    }
    const text = `// everything at once\n${JSON5.stringify(value, null, 2)}\n`;
    const first = fixAllText(text, ALL_RULES, { uri });
    assert.ok(first.converged, `did not converge in ${first.rounds} rounds`);
    assert.ok(first.rounds >= 2);
    assert.equal(fixAllText(first.text, ALL_RULES, { uri }).text, first.text);
    JSON5.parse(first.text);
    const left = validateDocument(ConfigDocument.create(uri, first.text), ALL_RULES).filter((d) => d.code.startsWith("legacy-") && d.data.fixes?.some((f: { safe?: boolean }) => f.safe));
    assert.deepEqual(left.map((d) => d.data.path), []);
  });

  it("offers no migration fix while the file has syntax errors", () => {
    const doc = ConfigDocument.create(uri, `{\n  tui: { footer: "full" },\n  agents: { defaults: { workspace: } },\n}\n`);
    const diagnostics = validateDocument(doc, ALL_RULES);
    const legacy = diagnostics.find((d) => d.code === "legacy-key");
    assert.ok(legacy, "the legacy key is still reported");
    assert.equal(legacy.data.fixes, undefined);
  });
});
