import { DiagnosticSeverity, DiagnosticTag } from "vscode-languageserver-types";
import { dotPath } from "../document";
import { removeProperty } from "../edits/properties";
import { replaceStringValue } from "../edits/strings";
import type { JsonNode } from "../json5/ast";
import { pathMatches, pathMatchesSegments } from "../openclaw/references";
import { loadBundledSchema, schemasAtPath, type JSONSchema, type JSONSchemaRef } from "../schema/schema";
import type { Fix, JsonPath } from "../types";
import type { Rule } from "./rule";
import { offsetEditsToTextEdits } from "./ruleEdits";

/**
 * What OpenClaw says instead of a deprecated field, where its schema does not name it
 * (`x-deprecated-replacement`). From OpenClaw 2026.9.6's own `@deprecated` notes in
 * src/config/zod-schema.ts. Fields a doctor migration removes (`gateway.controlUi.dangerouslyDisableDeviceAuth`)
 * are the migrations' business (legacy-key), so they are not reported twice.
 */
const KNOWN_FIELDS: Record<string, { replacement?: string; note: string }> = {
  "gateway.tailscale.preserveFunnel": {
    replacement: 'gateway.tailscale.mode: "funnel"',
    note: "a migration guard for mode \"serve\"; OpenClaw says to migrate to mode \"funnel\", which uses managed ingress",
  },
};

/** Enum values OpenClaw still accepts only as legacy aliases (its field help says so), with the value to use. */
const DEPRECATED_VALUES: { pattern: string; values: Record<string, string> }[] = [
  { pattern: "messages.responseUsage", values: { on: "tokens" } },
  { pattern: "messages.responseUsage.*", values: { on: "tokens" } },
  { pattern: "browser.profiles.*.driver", values: { clawd: "openclaw" } },
];

type Pattern = readonly string[];

/**
 * Where the schema marks a field `deprecated`, as path patterns (`*` any key, `[]` any index). Walked
 * once per schema; each hit in a document is then confirmed against the exact schemas at its path.
 */
function deprecatedPatterns(root: JSONSchema): Pattern[] {
  const found = new Map<string, Pattern>();
  const active = new Set<JSONSchema>();
  const visit = (schema: JSONSchemaRef | undefined, path: string[]) => {
    if (!schema || typeof schema !== "object" || active.has(schema) || path.length > 64) return;
    if (schema.deprecated === true && path.length > 0) found.set(path.join("\u0000"), path);
    active.add(schema);
    for (const [key, child] of Object.entries(schema.properties ?? {})) visit(child, [...path, key]);
    for (const child of Object.values(schema.patternProperties ?? {})) visit(child, [...path, "*"]);
    if (typeof schema.additionalProperties === "object") visit(schema.additionalProperties, [...path, "*"]);
    if (Array.isArray(schema.items)) for (const item of schema.items) visit(item, [...path, "[]"]);
    else if (schema.items) visit(schema.items, [...path, "[]"]);
    for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) visit(branch, path);
    if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
      let target: unknown = root;
      for (const raw of schema.$ref.slice(2).split("/").filter(Boolean)) {
        target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~")];
      }
      visit(target as JSONSchemaRef | undefined, path);
    }
    active.delete(schema);
  };
  visit(root, []);
  for (const known of Object.keys(KNOWN_FIELDS)) found.set(known.split(".").join("\u0000"), known.split("."));
  return [...found.values()];
}

const patternCache = new WeakMap<JSONSchema, Pattern[]>();

/** The first sentence of the schema's help after its "Deprecated ..." lead, as the why. */
function explanation(schemas: readonly JSONSchema[]): string | undefined {
  const description = schemas.find((s) => typeof s.description === "string")?.description;
  if (!description) return undefined;
  const first = description.split(/(?<=\.)\s/)[0]!.trim();
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

export function createDeprecatedFieldRule(getSchema: () => JSONSchema = loadBundledSchema): Rule {
  return {
    code: "deprecated-field",
    severity: DiagnosticSeverity.Information,
    summary: "A field or value OpenClaw still accepts but has deprecated, with what to use instead.",
    check(ctx) {
      const schema = getSchema();
      let patterns = patternCache.get(schema);
      if (!patterns) patternCache.set(schema, (patterns = deprecatedPatterns(schema)));
      // The path is carried down rather than recomputed per node (pathOf looks up array indexes linearly).
      const visit = (node: JsonNode, path: JsonPath) => {
        if (node.type === "object") {
          for (const property of node.children!) {
            const [key, value] = property.children!;
            const childPath = [...path, key!.value as string];
            if (patterns!.some((p) => p.length === childPath.length && pathMatchesSegments(p, childPath))) reportField(property, key!, childPath);
            if (value?.type === "string") reportValue(value, childPath);
            else if (value) visit(value, childPath);
          }
        } else if (node.type === "array") {
          node.children!.forEach((item, index) => {
            if (item.type === "string") reportValue(item, [...path, index]);
            else visit(item, [...path, index]);
          });
        }
      };

      const reportField = (property: JsonNode, key: JsonNode, path: JsonPath) => {
        const dotted = dotPath(path);
        const schemas = schemasAtPath(schema, path);
        const known = Object.prototype.hasOwnProperty.call(KNOWN_FIELDS, path.join(".")) ? KNOWN_FIELDS[path.join(".")] : undefined;
        if (!known && !schemas.some((s) => s.deprecated === true)) return;
        const replacement = schemas.find((s) => typeof s["x-deprecated-replacement"] === "string")?.["x-deprecated-replacement"] ?? known?.replacement;
        const why = known?.note ?? explanation(schemas);
        const fixes: Fix[] = [
          { title: `Remove the deprecated "${String(key.value)}"`, edits: offsetEditsToTextEdits(ctx.doc, removeProperty(ctx.doc, property)) },
        ];
        ctx.report({
          node: key,
          message:
            `${dotted} is deprecated` +
            (replacement ? `: use ${replacement} instead.` : ".") +
            (why ? ` OpenClaw: ${why.replace(/\.$/, "")}.` : ""),
          tags: [DiagnosticTag.Deprecated],
          fixes,
        });
      };

      const reportValue = (node: JsonNode, path: JsonPath) => {
        const value = String(node.value);
        for (const { pattern, values } of DEPRECATED_VALUES) {
          const use = Object.prototype.hasOwnProperty.call(values, value) ? values[value] : undefined;
          if (!use || !pathMatches(pattern, path)) continue;
          ctx.report({
            node,
            message: `"${value}" is a deprecated alias at ${dotPath(path)}: use "${use}" (same meaning).`,
            tags: [DiagnosticTag.Deprecated],
            fixes: [{ title: `Replace "${value}" with "${use}"`, edits: [replaceStringValue(ctx.doc, node, use)], isPreferred: true, safe: true }],
          });
          return;
        }
      };

      visit(ctx.root, []);
    },
  };
}

export const deprecatedField: Rule = createDeprecatedFieldRule();
