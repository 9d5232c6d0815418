import { dotPath } from "../document";
import type { JsonNode } from "../json5/ast";
import { isSecretAt } from "../openclaw/secrets";
import { schemasAtPath, type JSONSchema } from "../schema/schema";
import type { JsonPath } from "../types";
import type { HoverTarget } from "./hoverTarget";
import { inlineCode, json5Block, literalText, sections, valueList, type ValueOption } from "./hoverMarkdown";

const DOCS = "https://docs.openclaw.ai";

/** Keys OpenClaw handles before schema validation, so the schema says nothing useful about them. */
const CONFIG_DIRECTIVES: Record<string, { label: string; description: string; type: string; example: string; docsUrl: string }> = {
  $include: {
    label: "Include",
    description:
      "Splits the config into files: a path, or an array of paths, relative to the including file and confined to the config directory (or `OPENCLAW_INCLUDE_ROOTS`). One file replaces the containing object; an array deep-merges the files in order; sibling keys override what was included. At most 2 MB per file and 10 levels of nesting. Validation runs on the resolved config.",
    type: "string | string[]",
    example: `agents: { $include: "./agents.json5" }`,
    docsUrl: `${DOCS}/gateway/configuration/common-tasks#split-config-into-multiple-files-include`,
  },
  $schema: {
    label: "JSON Schema",
    description: "The JSON Schema an editor attaches to this file. The only extra root key OpenClaw's strict validation allows.",
    type: "string",
    example: `$schema: "./openclaw.schema.json"`,
    docsUrl: `${DOCS}/gateway/configuration#strict-validation`,
  },
};

function first<T>(schemas: readonly JSONSchema[], pick: (schema: JSONSchema) => T | undefined): T | undefined {
  for (const schema of schemas) {
    const value = pick(schema);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The allowed literal values: `const`s and `enum`s of every applicable branch, in schema order. */
function allowedValues(schemas: readonly JSONSchema[]): ValueOption[] {
  const out: ValueOption[] = [];
  const add = (value: unknown, description?: string) => {
    if (!out.some((option) => Object.is(option.value, value))) out.push({ value, ...(description ? { description } : {}) });
  };
  for (const schema of schemas) {
    if (schema.const !== undefined) add(schema.const, schema.description);
    for (const value of schema.enum ?? []) add(value);
  }
  return out;
}

function numberRange(schema: JSONSchema): string {
  const bounds: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) return ` ${schema.minimum}–${schema.maximum}`;
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) bounds.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) bounds.push(`< ${schema.exclusiveMaximum}`);
  return bounds.length > 0 ? ` ${bounds.join(", ")}` : "";
}

/** The field's type in words: `integer 1–65535`, `string | object`, `string[]`. */
function typeSummary(root: JSONSchema, schemas: readonly JSONSchema[], path: JsonPath): string | undefined {
  const parts: string[] = [];
  const add = (part: string) => {
    if (!parts.includes(part)) parts.push(part);
  };
  for (const schema of schemas) {
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    for (const type of types) {
      if (type === "array") {
        const items = typeSummary(root, schemasAtPath(root, [...path, 0]), [...path, 0]);
        add(items && !items.includes(" ") ? `${items}[]` : items ? `(${items})[]` : "array");
      } else if (type === "number" || type === "integer") {
        add(`${type}${numberRange(schema)}`);
      } else {
        add(type);
      }
    }
  }
  return parts.length > 0 ? parts.join(" | ") : undefined;
}

/** The nearest documentation page: the field's own, else its closest ancestor's. */
function docsUrlFor(root: JSONSchema, schemas: readonly JSONSchema[], path: JsonPath): string | undefined {
  const own = first(schemas, (schema) => schema["x-docs-url"]);
  if (own) return own;
  for (let length = path.length - 1; length >= 1; length--) {
    const url = first(schemasAtPath(root, path.slice(0, length)), (schema) => schema["x-docs-url"]);
    if (url) return url;
  }
  return undefined;
}

function currentValues(target: HoverTarget): unknown[] {
  const node: JsonNode | undefined = target.itemIndex !== undefined ? target.valueNode?.parent : target.valueNode;
  if (!node) return [];
  if (node.type === "array") return node.children!.filter((item) => item.children === undefined).map((item) => item.value);
  return node.children === undefined ? [node.value] : [];
}

function keyText(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * Hover markdown from OpenClaw's JSON Schema: title, description, type, allowed values (the current one
 * marked), default, deprecation and an example. Undefined when the schema knows nothing of the path
 * (an unknown key: the diagnostic on it says so).
 */
export function schemaHoverMarkdown(target: HoverTarget, root: JSONSchema): string | undefined {
  const path = target.fieldPath;
  const last = [...path].reverse().find((segment): segment is string => typeof segment === "string");
  const name = last ?? "<root>";
  const directive = last !== undefined && typeof path[path.length - 1] === "string" ? CONFIG_DIRECTIVES[last] : undefined;
  if (directive && (last === "$include" || path.length === 1)) {
    return sections(
      `**${inlineCode(name)}** · ${directive.label}`,
      inlineCode(dotPath(path)),
      directive.description,
      `**Type:** ${inlineCode(directive.type)}`,
      `**Example:**\n${json5Block(directive.example)}`,
      `[OpenClaw documentation](${directive.docsUrl})`,
    );
  }

  const schemas = schemasAtPath(root, path);
  if (schemas.length === 0) return undefined;
  const title = first(schemas, (schema) => schema.title);
  const description = first(schemas, (schema) => schema.description);
  const sensitive = schemas.some((schema) => schema["x-sensitive"] === true) || isSecretAt(path);
  const type = typeSummary(root, schemas, path);
  const itemSchemas = schemas.some((schema) => schema.type === "array") ? schemasAtPath(root, [...path, 0]) : [];
  const values = allowedValues(schemas).length > 0 ? allowedValues(schemas) : allowedValues(itemSchemas);
  const current = sensitive ? [] : currentValues(target);
  const defaultValue = first(schemas, (schema) => schema.default);

  let valuesSection: string | undefined;
  if (values.length > 0 && values.length <= 40) {
    valuesSection = `**Allowed values:**\n${valueList(values, current)}`;
    const deprecatedValues = first(schemas, (schema) => schema["x-replaced-values"]) ?? first(itemSchemas, (schema) => schema["x-replaced-values"]);
    const notes: string[] = [];
    for (const value of current) {
      if (values.some((option) => Object.is(option.value, value))) continue;
      const replacement = typeof value === "string" ? deprecatedValues?.[value] : undefined;
      notes.push(
        replacement !== undefined
          ? `${inlineCode(literalText(value))} is a legacy value: use ${inlineCode(literalText(replacement))}.`
          : "The current value is not one of them.", // not echoed: a misplaced secret must not show up here
      );
    }
    if (notes.length > 0) valuesSection += `\n\n${notes.join(" ")}`;
  }

  const deprecated = schemas.some((schema) => schema.deprecated === true);
  // An open map's values (`params.anything`) have a schema that says nothing: no hover beats an empty one.
  if (!title && !description && !type && values.length === 0 && !deprecated) return undefined;
  const replacement = first(schemas, (schema) => schema["x-deprecated-replacement"]);
  const example = first(schemas, (schema) => schema.examples?.[0]) ?? defaultValue;

  return sections(
    `**${inlineCode(name)}**${title ? ` · ${title}` : ""}`,
    inlineCode(dotPath(path)),
    deprecated && `**Deprecated.**${replacement ? ` Use ${inlineCode(replacement)} instead.` : ""}`,
    description,
    type && `**Type:** ${inlineCode(type)}`,
    valuesSection,
    defaultValue !== undefined && `**Default:** ${inlineCode(literalText(defaultValue))}`,
    sensitive && "**Value:** (hidden) — a secret is never shown.",
    !sensitive && example !== undefined && last !== undefined && `**Example:**\n${json5Block(`${keyText(last)}: ${literalText(example)}`)}`,
    docsUrlFor(root, schemas, path) && `[OpenClaw documentation](${docsUrlFor(root, schemas, path)})`,
  );
}
