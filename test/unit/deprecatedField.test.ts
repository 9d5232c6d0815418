import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DiagnosticSeverity, DiagnosticTag } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { createDeprecatedFieldRule, deprecatedField } from "../../server/src/core/rules/deprecatedField";
import type { JSONSchema } from "../../server/src/core/schema/schema";
import { validateDocument } from "../../server/src/core/services/validation";
import { applyTextEdits } from "../lsp/lspClient";

function diagnose(text: string, rule = deprecatedField) {
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  return { doc, diagnostics: validateDocument(doc, [rule]) };
}

describe("deprecated-field", () => {
  it("strikes through a field OpenClaw's schema marks deprecated and names the replacement", () => {
    const text = '{\n  gateway: {\n    tailscale: {\n      mode: "serve",\n      preserveFunnel: true, // old guard\n    },\n  },\n}\n';
    const { doc, diagnostics } = diagnose(text);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d!.code, "deprecated-field");
    assert.equal(d!.severity, DiagnosticSeverity.Information);
    assert.deepEqual(d!.tags, [DiagnosticTag.Deprecated]);
    assert.equal(text.slice(doc.offsetAt(d!.range.start), doc.offsetAt(d!.range.end)), "preserveFunnel");
    assert.match(String(d!.message), /gateway\.tailscale\.preserveFunnel is deprecated: use gateway\.tailscale\.mode: "funnel" instead/);
    const removed = applyTextEdits(text, d!.data.fixes![0]!.edits);
    assert.equal(removed, '{\n  gateway: {\n    tailscale: {\n      mode: "serve",\n    },\n  },\n}\n');
    assert.notEqual(d!.data.fixes![0]!.safe, true, "removing a field changes behaviour: never in fix-all");
  });

  it("covers plugin config fields marked in the schema, and leaves keys a doctor migration removes to legacy-key", () => {
    const { diagnostics } = diagnose(
      '{ gateway: { controlUi: { dangerouslyDisableDeviceAuth: true } }, plugins: { entries: { "active-memory": { config: { modelFallbackPolicy: "resolved-only" } } } } }',
    );
    assert.deepEqual(
      diagnostics.map((d) => d.data.path),
      ["plugins.entries.active-memory.config.modelFallbackPolicy"],
    );
    assert.match(String(diagnostics[0]!.message), /OpenClaw: Deprecated compatibility field\./);
  });

  it("flags legacy enum aliases with a safe, preferred fix to the canonical value, keeping the quote style", () => {
    const text = "{ messages: { responseUsage: { default: 'on', telegram: 'full' } }, browser: { profiles: { work: { driver: \"clawd\" } } } }";
    const { diagnostics } = diagnose(text);
    assert.equal(diagnostics.length, 2);
    assert.ok(diagnostics.every((d) => d.tags?.includes(DiagnosticTag.Deprecated)));
    const fixed = applyTextEdits(text, diagnostics.flatMap((d) => d.data.fixes![0]!.edits));
    assert.equal(fixed, "{ messages: { responseUsage: { default: 'tokens', telegram: 'full' } }, browser: { profiles: { work: { driver: \"openclaw\" } } } }");
    assert.ok(diagnostics.every((d) => d.data.fixes![0]!.safe && d.data.fixes![0]!.isPreferred));
  });

  it("stays quiet on current fields and values, and reads deprecated + x-deprecated-replacement from any schema", () => {
    assert.deepEqual(diagnose('{ gateway: { tailscale: { mode: "funnel" } }, messages: { responseUsage: "tokens" } }').diagnostics, []);
    const schema: JSONSchema = {
      type: "object",
      properties: { a: { type: "object", additionalProperties: { $ref: "#/$defs/entry" } } },
      $defs: { entry: { type: "object", properties: { old: { type: "number", deprecated: true, "x-deprecated-replacement": "a.*.new" } } } },
    };
    const { diagnostics } = diagnose("{ a: { x: { old: 1 }, y: { fresh: 2 } } }", createDeprecatedFieldRule(() => schema));
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0]!.message), /^a\.x\.old is deprecated: use a\.\*\.new instead\.$/);
  });

  it("can be turned off or re-graded by openclaw.rules", () => {
    const doc = ConfigDocument.create("file:///x/openclaw.json", "{ gateway: { tailscale: { preserveFunnel: true } } }");
    assert.deepEqual(validateDocument(doc, [deprecatedField], { severities: { "deprecated-field": "off" } }), []);
    assert.equal(validateDocument(doc, [deprecatedField], { severities: { "deprecated-field": "hint" } })[0]!.severity, DiagnosticSeverity.Hint);
  });
});
