import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { ALL_RULES } from "../../server/src/core/rules";
import { createSchemaRule, schemaRule } from "../../server/src/core/rules/schemaRule";
import { findBundledFile, type JSONSchema } from "../../server/src/core/schema/schema";
import { closeness, didYouMean, editDistance } from "../../server/src/core/schema/suggest";
import { SchemaValidator } from "../../server/src/core/schema/validator";
import { validateDocument } from "../../server/src/core/services/validation";
import type { Fix, OpenClawDiagnostic } from "../../server/src/core/types";
import { applyTextEdits } from "../lsp/lspClient";
import { parseJson5 } from "../../server/src/core/json5/parser";

function diagnose(text: string, rule = schemaRule): { doc: ConfigDocument; diagnostics: OpenClawDiagnostic[] } {
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  return { doc, diagnostics: validateDocument(doc, [rule]) };
}

/** The text a diagnostic's range covers. */
function covered(doc: ConfigDocument, diagnostic: OpenClawDiagnostic): string {
  return doc.text.slice(doc.offsetAt(diagnostic.range.start), doc.offsetAt(diagnostic.range.end));
}

function only(text: string, code: string): { doc: ConfigDocument; diagnostic: OpenClawDiagnostic } {
  const { doc, diagnostics } = diagnose(text);
  assert.equal(diagnostics.length, 1, `expected one diagnostic, got: ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
  assert.equal(diagnostics[0]!.code, code);
  assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Error);
  assert.equal(diagnostics[0]!.source, "openclaw");
  return { doc, diagnostic: diagnostics[0]! };
}

/** The message text (LSP 3.18 allows MarkupContent; ours are plain strings). */
function msg(diagnostic: OpenClawDiagnostic): string {
  return typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value;
}

function apply(doc: ConfigDocument, fix: Fix): string {
  return applyTextEdits(doc.text, fix.edits);
}

function fixes(diagnostic: OpenClawDiagnostic): Fix[] {
  return diagnostic.data.fixes ?? [];
}

const OFFICIAL = ["minimal", "starter", "full-reference"];

function official(name: string): string {
  return readFileSync(findBundledFile(path.join("test", "fixtures", "official", `${name}.json5`)), "utf8");
}

describe("schema rule: the official examples", () => {
  it("is part of ALL_RULES, first", () => {
    assert.equal(ALL_RULES[0], schemaRule);
  });
  for (const name of OFFICIAL) {
    it(`${name}: no Error from any rule`, () => {
      const doc = ConfigDocument.create("file:///x/openclaw.json", official(name));
      const errors = validateDocument(doc, ALL_RULES).filter((d) => d.severity === DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => `${d.code} ${d.data.path}: ${d.message}`), []);
    });
  }
});

describe("unknown-key", () => {
  it("sits on the key, names the allowed keys, suggests the close one and renames it keeping the bare style", () => {
    const { doc, diagnostic } = only(`{\n  tools: { exec: { timeoutSec: 30 } }, // keep\n}\n`, "unknown-key");
    assert.equal(covered(doc, diagnostic), "timeoutSec");
    assert.equal(diagnostic.data.path, "tools.exec.timeoutSec");
    assert.match(msg(diagnostic), /Did you mean `timeoutSeconds`\?/);
    assert.match(msg(diagnostic), /Allowed keys: .*timeoutSeconds/);
    const [rename, remove] = fixes(diagnostic);
    assert.equal(rename!.isPreferred, true);
    assert.equal(apply(doc, rename!), `{\n  tools: { exec: { timeoutSeconds: 30 } }, // keep\n}\n`);
    assert.equal(remove!.isPreferred, undefined);
    assert.equal(apply(doc, remove!), `{\n  tools: { exec: {} }, // keep\n}\n`);
  });

  it("keeps the quote style of a quoted key", () => {
    const { doc, diagnostic } = only(`{ 'gateway': { 'prot': 18789 } }`, "unknown-key");
    assert.equal(covered(doc, diagnostic), "'prot'");
    assert.equal(apply(doc, fixes(diagnostic)[0]!), `{ 'gateway': { 'port': 18789 } }`);
    const double = only(`{ "gateway": { "mdoe": "local" } }`, "unknown-key");
    assert.equal(apply(double.doc, fixes(double.diagnostic)[0]!), `{ "gateway": { "mode": "local" } }`);
  });

  it("offers only removal when nothing is close, and reports unknown root keys", () => {
    const { doc, diagnostic } = only(`{ gateway: { port: 1 }, zzzqqq: true }`, "unknown-key");
    assert.equal(covered(doc, diagnostic), "zzzqqq");
    assert.match(msg(diagnostic), /at the top level/);
    assert.doesNotMatch(msg(diagnostic), /Did you mean/);
    assert.deepEqual(fixes(diagnostic).map((f) => f.title), ["Remove `zzzqqq`"]);
  });

  it("allows `$schema` at the root and skips `$include` keys anywhere", () => {
    assert.deepEqual(diagnose(`{ $schema: "./schema.json", gateway: { $include: "./gw.json5", port: 1 }, $include: ["a.json5"] }`).diagnostics, []);
  });

  it("an object with `$include` may lack required properties (the included file can supply them)", () => {
    const without = diagnose(`{ models: { providers: { x: { baseUrl: "http://h", models: [{ id: "m" }] } } } }`).diagnostics;
    assert.ok(without.some((d) => d.code === "missing-property"));
    assert.deepEqual(diagnose(`{ models: { providers: { x: { baseUrl: "http://h", models: [{ id: "m", $include: "./m.json5" }] } } } }`).diagnostics, []);
  });
});

describe("invalid-type", () => {
  it("names the expected type and sits on the value literal", () => {
    const { doc, diagnostic } = only(`{ gateway: { port: "18789" } }`, "invalid-type");
    assert.equal(covered(doc, diagnostic), `"18789"`);
    assert.equal(msg(diagnostic), "Expected an integer, got a string.");
    assert.equal(diagnostic.data.path, "gateway.port");
  });

  it("a union of types names every accepted one, and SecretRef by name", () => {
    const { diagnostic } = only(`{ models: { providers: { openai: { apiKey: 42 } } } }`, "invalid-type");
    assert.equal(msg(diagnostic), "Expected a string or a SecretRef object ({ source, provider, id }), got an integer.");
  });

  it("rejects Infinity and NaN where a number is expected (zod does)", () => {
    const { diagnostic } = only(`{ gateway: { port: Infinity } }`, "invalid-type");
    assert.match(msg(diagnostic), /does not accept Infinity/);
  });

  it("never echoes a value (it may be a secret)", () => {
    const { diagnostic } = only(`{ models: { providers: { openai: { apiKey: ["sk-secret-123"] } } } }`, "invalid-type");
    assert.doesNotMatch(msg(diagnostic), /sk-secret/);
  });
});

describe("invalid-enum", () => {
  it("lists the allowed values with one fix per value, the closest preferred, quote style kept", () => {
    const { doc, diagnostic } = only(`{ gateway: { mode: 'lcal' } }`, "invalid-enum");
    assert.equal(covered(doc, diagnostic), `'lcal'`);
    assert.equal(msg(diagnostic), `Must be one of "local", "remote". Did you mean "local"?`);
    const all = fixes(diagnostic);
    assert.deepEqual(all.map((f) => f.title), [`Change to "local"`, `Change to "remote"`]);
    assert.equal(all[0]!.isPreferred, true);
    assert.equal(apply(doc, all[0]!), `{ gateway: { mode: 'local' } }`);
    assert.equal(apply(doc, all[1]!), `{ gateway: { mode: 'remote' } }`);
  });

  it("replaces a non-string literal with a string value", () => {
    const { doc, diagnostic } = only(`{ logging: { level: 3 } }`, "invalid-type");
    assert.ok(covered(doc, diagnostic) === "3");
    const enumCase = only(`{ gateway: { mode: "REMOTE" } }`, "invalid-enum");
    assert.equal(apply(enumCase.doc, fixes(enumCase.diagnostic).find((f) => f.isPreferred)!), `{ gateway: { mode: "remote" } }`);
  });

  it("names the replacement of a value OpenClaw retired, and prefers it as the fix", () => {
    const { doc, diagnostic } = only(`{ models: { providers: { openai: { api: "openai-codex-responses" } } } }`, "invalid-enum");
    assert.match(msg(diagnostic), /^"openai-codex-responses" is no longer accepted here: use "openai-chatgpt-responses"\./);
    const preferred = fixes(diagnostic).filter((f) => f.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(apply(doc, preferred[0]!), `{ models: { providers: { openai: { api: "openai-chatgpt-responses" } } } }`);
    const dm = only(`{ bindings: [{ agentId: "main", match: { channel: "telegram", peer: { kind: "dm", id: "1" } } }] }`, "invalid-enum");
    assert.match(msg(dm.diagnostic), /use "direct"/);
  });

  it("a wrong type where only some literals are allowed lists them, with a fix each", () => {
    const { doc, diagnostic } = only(`{ gateway: { bind: 5 } }`, "invalid-type");
    assert.equal(msg(diagnostic), `Expected one of "auto", "lan", "loopback", "custom", "tailnet", got an integer.`);
    assert.equal(apply(doc, fixes(diagnostic)[2]!), `{ gateway: { bind: "loopback" } }`);
  });

  it("accepts `${VAR}` placeholders where an enum, pattern or format could be satisfied at run time", () => {
    assert.deepEqual(diagnose(`{ gateway: { mode: "\${GATEWAY_MODE}" }, models: { providers: { openai: { apiKey: { source: "env", provider: "default", id: "\${KEY_NAME}" } } } } }`).diagnostics, []);
  });
});

describe("missing-property", () => {
  it("sits on the key holding the object and names the missing property", () => {
    const { doc, diagnostic } = only(`{ cloudWorkers: { profiles: { prod: { readyWorkers: 1 } } } }`, "missing-property");
    assert.equal(covered(doc, diagnostic), "prod");
    assert.equal(msg(diagnostic), "Missing required property `provider` in `cloudWorkers.profiles.prod`.");
    assert.equal(diagnostic.data.path, "cloudWorkers.profiles.prod.provider");
  });

  it("sits on the opening brace of an array item (and of the root)", () => {
    const { doc, diagnostic } = only(`{ models: { providers: { x: { baseUrl: "http://h", models: [ { id: "m" } ] } } } }`, "missing-property");
    assert.equal(covered(doc, diagnostic), "{");
    assert.equal(doc.offsetAt(diagnostic.range.start), doc.text.indexOf(`{ id`));
    assert.match(msg(diagnostic), /`name`/);
    const rootSchema: JSONSchema = { type: "object", required: ["a"], properties: { a: { type: "string" } } };
    const root = diagnose(`  {}`, createSchemaRule(() => rootSchema));
    assert.equal(covered(root.doc, root.diagnostics[0]!), "{");
    assert.equal(root.diagnostics[0]!.data.path, "a");
  });

  it("does not require fields that have a default (channel dmPolicy / groupPolicy)", () => {
    assert.deepEqual(diagnose(`{ channels: { telegram: { botToken: "\${TELEGRAM_BOT_TOKEN}" } } }`).diagnostics, []);
  });
});

describe("invalid-value", () => {
  it("reports patterns, bounds and emptiness on the value", () => {
    const pattern = only(`{ models: { providers: { openai: { apiKey: { source: "env", provider: "default", id: "lower" } } } } }`, "invalid-value");
    assert.match(msg(pattern.diagnostic), /Must match the pattern/);
    assert.equal(covered(pattern.doc, pattern.diagnostic), `"lower"`);
    const bound = only(`{ gateway: { port: 0 } }`, "invalid-value");
    assert.match(msg(bound.diagnostic), /Must be (greater than|at least)/);
  });
});

describe("anyOf / oneOf: the nearest branch", () => {
  it("an object value in a string-or-object union gets the object branch's problem, not 'expected a string'", () => {
    const { doc, diagnostics } = diagnose(`{ models: { providers: { openai: { apiKey: { source: "env", provider: "default", idd: "X" } } } } }`);
    assert.deepEqual(diagnostics.map((d) => d.code), ["unknown-key", "missing-property"]);
    assert.equal(covered(doc, diagnostics[0]!), "idd");
    assert.match(msg(diagnostics[0]!), /Did you mean `id`\?/);
    assert.equal(diagnostics[1]!.data.path, "models.providers.openai.apiKey.id");
  });

  it("a wrong discriminator lists every branch's value (SecretRef source)", () => {
    const { doc, diagnostic } = only(`{ models: { providers: { openai: { apiKey: { source: "vault", provider: "default", id: "X" } } } } }`, "invalid-enum");
    assert.equal(covered(doc, diagnostic), `"vault"`);
    assert.equal(msg(diagnostic), `Must be one of "env", "file", "exec", "store".`);
    assert.equal(fixes(diagnostic).length, 4);
  });

  it("a union of literals is reported as one enum", () => {
    const schema: JSONSchema = { type: "object", properties: { mode: { anyOf: [{ const: "fast" }, { const: "slow" }, { type: "boolean" }] } } };
    const { diagnostics } = diagnose(`{ mode: "fsat" }`, createSchemaRule(() => schema));
    assert.equal(diagnostics.length, 1);
    assert.equal(msg(diagnostics[0]!), `Must be one of "fast", "slow". Did you mean "fast"?`);
  });

  it("a value matching two oneOf branches is valid (zod unions take the first match)", () => {
    const schema: JSONSchema = { type: "object", properties: { v: { oneOf: [{ type: "string" }, { type: "string", minLength: 1 }] } } };
    assert.deepEqual(diagnose(`{ v: "x" }`, createSchemaRule(() => schema)).diagnostics, []);
  });
});

describe("robustness", () => {
  it("validates nesting at the parser's limit without overflowing the stack", () => {
    const depth = 600;
    const text = `{ env: { vars: ${"{ a: ".repeat(depth)}1${" }".repeat(depth)} } }`;
    const { diagnostics } = diagnose(text);
    assert.ok(diagnostics.length >= 1);
    const deepSchema: JSONSchema = { type: "object", additionalProperties: { $ref: "#" } };
    const nested = `${"{ a: ".repeat(500)}{}${" }".repeat(500)}`;
    const root = parseJson5(nested).root!;
    assert.deepEqual(new SchemaValidator(deepSchema).validate(root), []);
  });

  it("a schema that cannot be loaded gives one warning instead of breaking validation", () => {
    const broken = createSchemaRule(() => {
      throw new Error("schemas/openclaw.schema.json not found");
    });
    const { doc, diagnostics } = diagnose(`{ gateway: {} }`, broken);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, covered(doc, d)]), [["schema-unavailable", DiagnosticSeverity.Warning, "{"]]);
  });

  it("only the last of duplicate keys counts, as in JSON5.parse", () => {
    assert.deepEqual(diagnose(`{ gateway: { port: "x", port: 18789 } }`).diagnostics, []);
  });
});

describe("did you mean", () => {
  it("measures typos, case and truncation", () => {
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("ab", "ba"), 1);
    assert.equal(closeness("TimeoutSeconds", "timeoutSeconds"), 0.5);
    assert.equal(didYouMean("timeoutSec", ["timeoutMs", "timeoutSeconds", "mode"]), "timeoutSeconds");
    assert.equal(didYouMean("enabeld", ["enabled", "label"]), "enabled");
    assert.equal(didYouMean("xyz", ["enabled", "label"]), undefined);
  });
});
