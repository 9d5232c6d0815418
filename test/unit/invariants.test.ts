/**
 * Invariants across the product rather than one feature: every diagnostic code is documented and
 * stable, every quick fix has a title, every contributed command and setting is documented and
 * actually read. Each check names what to add when it fails.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { allDiagnosticCodes } from "../../server/src/core/diagnosticCodes";
import { ConfigDocument } from "../../server/src/core/document";
import { JSON5_ERROR_CODES } from "../../server/src/core/json5/ast";
import { ALL_RULES } from "../../server/src/core/rules";
import { RULE_DOCS_BASE, docsPageOf, ruleCodes, ruleDocsUrl } from "../../server/src/core/rules/rule";
import { quickFixes } from "../../server/src/core/services/codeActions";
import { validateDocument } from "../../server/src/core/services/validation";
import { DEFAULT_SETTINGS } from "../../server/src/settings";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const DOCS = path.join(ROOT, "docs", "rules");
const read = (relative: string) => readFileSync(path.join(ROOT, relative), "utf8");

/**
 * Codes users have seen (in settings, CI configs, SARIF baselines): renaming or dropping one breaks
 * them. Add new codes here once they ship; never remove one without a CHANGELOG entry.
 */
const PUBLISHED_CODES = [
  "legacy-codex-base-url", "invalid-codex-base-url", "custom-provider-incomplete", "unknown-channel",
  "unknown-agent-id", "unknown-heartbeat-target", "unknown-model-provider", "legacy-key", "legacy-value",
  "legacy-codex-route", "deprecated-field", "agent-roster", "talk-provider", "acp-binding", "browser-profile",
  "secret-ref-id", "unknown-web-search-provider", "invalid-duration", "invalid-byte-size", "broadcast-group",
  "hook-mapping-session", "gateway-roles", "exec-secret-provider", "unknown-key", "invalid-type", "invalid-enum",
  "missing-property", "invalid-value", "schema-unavailable", "file-too-large", "root-not-object",
  "include-not-found", "include-unreadable", "include-outside-root", "include-too-large", "include-cycle",
  "include-too-deep", "include-parse-error", "include-invalid", "include-limit",
  ...JSON5_ERROR_CODES,
];

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? fixtureFiles(full) : /\.json5?$/.test(entry.name) ? [full] : [];
  });
}

describe("invariants: diagnostic codes", () => {
  const codes = allDiagnosticCodes();

  it("are kebab-case and unique", () => {
    for (const code of codes) assert.match(code, KEBAB, `code ${code}`);
    assert.equal(new Set(codes).size, codes.length);
  });

  it("are stable: every published code is still reported", () => {
    const missing = PUBLISHED_CODES.filter((code) => !codes.includes(code));
    assert.deepEqual(missing, [], "a published code was renamed or removed (settings and CI configs name it)");
  });

  it("each have a docs page, and ruleDocsUrl points at it", () => {
    const missing: string[] = [];
    for (const code of codes) {
      const page = docsPageOf(code);
      if (!existsSync(path.join(DOCS, `${page}.md`))) missing.push(`docs/rules/${page}.md (for ${code})`);
      assert.equal(ruleDocsUrl(code), `${RULE_DOCS_BASE}${page}.md`);
    }
    assert.deepEqual(missing, [], "write the missing pages: what goes wrong, why OpenClaw cares, how to fix, an example");
  });

  it("sharing a page are each explained on it (json5-syntax.md lists every parser code)", () => {
    for (const code of codes) {
      const page = docsPageOf(code);
      if (page === code) continue;
      assert.ok(read(`docs/rules/${page}.md`).includes(`\`${code}\``), `docs/rules/${page}.md does not mention ${code}`);
    }
  });

  it("every docs page belongs to a code or a rule family (no orphans)", () => {
    const pages = new Set([...codes.map(docsPageOf), ...ALL_RULES.map((rule) => rule.code)]);
    const orphans = readdirSync(DOCS).filter((name) => name.endsWith(".md") && !pages.has(name.slice(0, -3)));
    assert.deepEqual(orphans, []);
  });

  it("each docs page shows an example; a `// reported` example gets the page's code, its `// fixed` one does not", () => {
    // Not from a config one can paste: the file system (include-*), the engine's own state, a whole family page.
    const WITHOUT_EXAMPLE = new Set(["file-too-large", "schema-unavailable", "schema", "include-limit", "legacy-key"]);
    const missing: string[] = [];
    let checked = 0;
    for (const name of readdirSync(DOCS).filter((n) => n.endsWith(".md"))) {
      const page = name.slice(0, -3);
      const text = read(`docs/rules/${name}`);
      if (!text.includes("```") && !WITHOUT_EXAMPLE.has(page)) missing.push(name);
      for (const [, kind, body] of text.matchAll(/```json5\n\/\/ (reported|fixed)\n([\s\S]*?)```/g)) {
        const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", body!);
        const pages = validateDocument(doc, ALL_RULES).map((d) => docsPageOf(d.code));
        if (kind === "reported") assert.ok(pages.includes(page), `docs/rules/${name}: the reported example does not get ${page} (${pages.join(", ")})`);
        else assert.ok(!pages.includes(page), `docs/rules/${name}: the fixed example still gets ${page}`);
        checked++;
      }
    }
    assert.deepEqual(missing, [], "add an example (a `// reported` and a `// fixed` json5 block where a config shows it)");
    assert.ok(checked >= 40, `only ${checked} examples checked`);
  });

  it("every code a rule writes in its source is declared by a rule (Rule.codes)", () => {
    // A rule that reports `code: "x"` in a Finding without declaring it would escape the checks above.
    const declared = new Set(ALL_RULES.flatMap((rule) => [...ruleCodes(rule)]));
    const undeclared: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "server", "src", "core", "rules"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bcode: "([a-z0-9-]+)"/g)) {
        const code = match[1]!;
        const isRuleCode = ALL_RULES.some((rule) => rule.code === code);
        if (!declared.has(code) && !isRuleCode) undeclared.push(`${path.basename(file)}: ${code}`);
      }
    }
    assert.deepEqual(undeclared, []);
  });

  it("every diagnostic on the fixtures carries a known code, a docs link and titled fixes", () => {
    const known = new Set(codes);
    const seen = new Set<string>();
    let fixes = 0;
    for (const file of fixtureFiles(path.join(ROOT, "test", "fixtures"))) {
      const doc = ConfigDocument.create(`file://${file}`, readFileSync(file, "utf8"));
      const diagnostics = validateDocument(doc, ALL_RULES);
      for (const diagnostic of diagnostics) {
        seen.add(diagnostic.code);
        assert.ok(known.has(diagnostic.code), `${path.basename(file)}: undeclared code ${diagnostic.code}`);
        assert.equal(diagnostic.codeDescription?.href, ruleDocsUrl(diagnostic.code));
        assert.ok(typeof diagnostic.message === "string" && diagnostic.message.trim().length > 0, `${diagnostic.code}: empty message`);
      }
      for (const action of quickFixes(doc, diagnostics)) {
        fixes++;
        assert.ok(action.title.trim().length > 0, `${path.basename(file)}: a quick fix without a title`);
        assert.equal(action.title, action.title.trim(), `quick fix title with surrounding spaces: ${JSON.stringify(action.title)}`);
      }
    }
    // The corpus must exercise something, or the loop above proves nothing.
    assert.ok(seen.size >= 5 && fixes >= 50, `only ${seen.size} codes and ${fixes} fixes seen`);
  });
});

describe("invariants: the manifest and the README", () => {
  const manifest = JSON.parse(read("package.json")) as {
    contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, unknown> } };
  };
  const readme = read("README.md");
  const settings = Object.keys(manifest.contributes.configuration.properties);

  it("documents every command in README.md by its palette title too (readmeSettings.test.ts checks the ids)", () => {
    const manifestCommands = manifest.contributes.commands as { command: string; title: string; category?: string }[];
    for (const { command, title, category } of manifestCommands) {
      const shown = category ? `${category}: ${title}` : title;
      assert.ok(readme.includes(`\`${command}\``) && readme.includes(shown), `README.md does not document the command ${command} ("${shown}")`);
    }
  });

  // That README has a Settings-table row for each setting: test/unit/readmeSettings.test.ts.

  it("every setting the server reads is contributed, and every contributed one is read", () => {
    const flatten = (value: unknown, prefix: string): string[] =>
      value !== null && typeof value === "object" && Object.keys(value).length > 0 && prefix !== "openclaw.rules"
        ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, `${prefix}.${key}`))
        : [prefix];
    const serverRead = flatten(DEFAULT_SETTINGS, "openclaw");
    for (const key of serverRead) assert.ok(settings.includes(key), `the server reads ${key}, package.json does not contribute it`);
    // The client reads the rest: vscode-languageclient reads `<client id>.trace.server`, settings.ts the debounce.
    const extension = read("client/src/extension.ts");
    const clientSettings = read("client/src/settings.ts");
    const clientRead = [
      ...(/new LanguageClient\(\s*"openclaw"/.test(extension) ? ["openclaw.trace.server"] : []),
      ...[...clientSettings.matchAll(/inspect<\w+>\("([\w.]+)"\)|get<\w+>\("([\w.]+)"\)/g)].map((m) => `openclaw.${m[1] ?? m[2]}`),
    ];
    for (const key of settings) assert.ok([...serverRead, ...clientRead].includes(key), `${key} is contributed but neither the server nor the client reads it`);
  });

  it("the openclaw.rules setting documents codes that exist", () => {
    const rules = manifest.contributes.configuration.properties["openclaw.rules"] as { markdownDescription: string };
    const codes = new Set(allDiagnosticCodes());
    for (const match of rules.markdownDescription.matchAll(/"([a-z0-9-]+)"\s*:/g)) assert.ok(codes.has(match[1]!), match[1]);
  });

  it("is ready for a marketplace listing", () => {
    const pkg = JSON.parse(read("package.json")) as Record<string, unknown> & { engines: { vscode: string }; devDependencies: Record<string, string> };
    for (const field of ["displayName", "description", "publisher", "license", "icon", "repository", "categories", "keywords"]) assert.ok(pkg[field], `package.json needs ${field}`);
    // The marketplace's own category names; anything else is refused by vsce.
    const CATEGORIES = ["Azure", "Data Science", "Debuggers", "Education", "Extension Packs", "Formatters", "Keymaps", "Language Packs", "Linters", "Machine Learning", "Notebooks", "Other", "Programming Languages", "SCM Providers", "Snippets", "Testing", "Themes", "Visualization", "AI", "Chat"];
    for (const category of pkg.categories as string[]) assert.ok(CATEGORIES.includes(category), `unknown category ${category}`);
    assert.ok((pkg.keywords as string[]).length <= 30, "the marketplace takes at most 30 keywords");
    assert.ok(existsSync(path.join(ROOT, pkg.icon as string)), "the icon file exists");
    assert.ok(existsSync(path.join(ROOT, "LICENSE")) && existsSync(path.join(ROOT, "CHANGELOG.md")));
    // Users may have no marketplace: the extension must stand alone.
    assert.equal(pkg.extensionDependencies, undefined);
    assert.equal(pkg.extensionPack, undefined);
    // @types/vscode must not promise APIs newer than the oldest VS Code the extension claims (vsce checks this too).
    const minor = (range: string) => Number(/\^?1\.(\d+)/.exec(range)?.[1]);
    assert.ok(minor(pkg.engines.vscode) <= 91, `engines.vscode ${pkg.engines.vscode} must stay within VS Code 1.91+`);
    assert.ok(minor(pkg.devDependencies["@types/vscode"]!) <= minor(pkg.engines.vscode), "@types/vscode is newer than engines.vscode");
  });
});
