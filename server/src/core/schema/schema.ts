import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { JsonPath } from "../types";
import type { JSONSchema, JSONSchemaRef } from "./types";

export type { JSONSchema, JSONSchemaRef, JSONSchemaType } from "./types";

/** Where the bundled schema lives, relative to the repository or extension root. */
export const BUNDLED_SCHEMA_FILE = path.join("schemas", "openclaw.schema.json");
export const BUNDLED_SCHEMA_META_FILE = path.join("schemas", "openclaw-schema.meta.json");

/**
 * The schema is a data file next to the code rather than bundled into it: JSON.parse of the 1.9 MB
 * file takes ~12 ms, far less than evaluating the same data as a JavaScript literal, and one file
 * serves dist/server.js, dist/cli.js and the tests in out/. We look for `schemas/` upwards from this
 * module (dist/ -> root, out/server/src/core/schema/ -> root).
 */
export function findBundledFile(relative: string, from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${relative} not found above ${from}`);
    dir = parent;
  }
}

let bundled: JSONSchema | undefined;

/** OpenClaw's config schema as bundled in `schemas/` (read and parsed once, on first use). */
export function loadBundledSchema(): JSONSchema {
  bundled ??= JSON.parse(readFileSync(findBundledFile(BUNDLED_SCHEMA_FILE), "utf8")) as JSONSchema;
  return bundled;
}

export interface BundledSchemaMeta {
  openclawVersion: string;
  generatorVersion: number;
  rawSha256: string;
}

let bundledMeta: BundledSchemaMeta | undefined;

/** Which OpenClaw version the bundled schema was generated from (and how). */
export function loadBundledSchemaMeta(): BundledSchemaMeta {
  bundledMeta ??= JSON.parse(readFileSync(findBundledFile(BUNDLED_SCHEMA_META_FILE), "utf8")) as BundledSchemaMeta;
  return bundledMeta;
}

const patternCache = new Map<string, RegExp | null>();

/**
 * A schema `pattern` (or `patternProperties` key) as a RegExp, compiled once. OpenClaw's patterns
 * use `\p{...}`, so the `u` flag is needed; a pattern that is invalid either way yields null (and is
 * then ignored rather than crashing validation).
 */
export function compilePattern(pattern: string): RegExp | null {
  let regex = patternCache.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, "u");
    } catch {
      try {
        regex = new RegExp(pattern);
      } catch {
        regex = null;
      }
    }
    patternCache.set(pattern, regex);
  }
  return regex;
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The schema a local `$ref` (`#`, `#/properties/x/$defs/y`) points at inside `root`, or undefined
 * when it dangles. Only same-document refs exist in OpenClaw's schema (the pipeline repairs the
 * rest), so remote refs are not followed.
 */
export function resolveRef(root: JSONSchema, ref: string): JSONSchemaRef | undefined {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const segment = decodePointerSegment(raw);
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node === undefined ? undefined : (node as JSONSchemaRef);
}

/**
 * Expands one subschema into itself and every schema that applies alongside it: `$ref` targets
 * (followed, cycles cut), and `allOf`/`anyOf`/`oneOf` branches (recursively). The composing schema
 * comes before its branches, so its title/description are seen first.
 */
export function expandSchema(root: JSONSchema, schema: JSONSchemaRef | undefined, out: JSONSchema[] = [], seen = new Set<JSONSchema>()): JSONSchema[] {
  if (schema === undefined || typeof schema === "boolean") return out;
  if (seen.has(schema)) return out;
  seen.add(schema);
  out.push(schema);
  if (typeof schema.$ref === "string") expandSchema(root, resolveRef(root, schema.$ref), out, seen);
  for (const branch of schema.allOf ?? []) expandSchema(root, branch, out, seen);
  for (const branch of schema.anyOf ?? []) expandSchema(root, branch, out, seen);
  for (const branch of schema.oneOf ?? []) expandSchema(root, branch, out, seen);
  return out;
}

/** The subschemas one schema gives to the child `segment` (a property name or an array index). */
function childSchemas(schema: JSONSchema, segment: string | number): JSONSchemaRef[] {
  const out: JSONSchemaRef[] = [];
  if (typeof segment === "string") {
    let matched = false;
    const declared = schema.properties?.[segment];
    if (declared !== undefined && Object.prototype.hasOwnProperty.call(schema.properties, segment)) {
      out.push(declared);
      matched = true;
    }
    for (const [pattern, child] of Object.entries(schema.patternProperties ?? {})) {
      if (compilePattern(pattern)?.test(segment)) {
        out.push(child);
        matched = true;
      }
    }
    if (!matched && typeof schema.additionalProperties === "object") out.push(schema.additionalProperties);
  } else if (Array.isArray(schema.items)) {
    const item = schema.items[segment];
    if (item !== undefined) out.push(item);
    else if (typeof schema.additionalItems === "object") out.push(schema.additionalItems);
  } else if (typeof schema.items === "object") {
    out.push(schema.items);
  }
  return out;
}

/**
 * Every schema that describes the value at `jsonPath` (e.g. `["models", "providers", "openai",
 * "baseUrl"]`, array indexes as numbers), for hover and completion.
 *
 * Starting at `root`, each path segment is looked up in every applicable schema: `properties[key]`,
 * the `patternProperties` whose regex matches, otherwise `additionalProperties` (when a schema);
 * for an index, `items` (or `items[i]` / `additionalItems` for tuples). At each step (and for the
 * result) `$ref`s are resolved and `allOf`/`anyOf`/`oneOf` are flattened: a composing schema is
 * listed before its branches, so `result[0]` usually holds the field's title and description and
 * later entries the alternative shapes (types, enums, nested properties). Schemas reached twice are
 * listed once. Boolean schemas (`true`/`false`) carry nothing to show and are dropped.
 *
 * An empty result means the schema says nothing about that path (an unknown key, or below an open
 * `additionalProperties: true`). The branches are not filtered by the actual value: a caller that
 * has the value can pick the branch it matches.
 */
export function schemasAtPath(root: JSONSchema, jsonPath: JsonPath): JSONSchema[] {
  let current = expandSchema(root, root);
  for (const segment of jsonPath) {
    const next: JSONSchema[] = [];
    const seen = new Set<JSONSchema>();
    for (const schema of current) {
      for (const child of childSchemas(schema, segment)) expandSchema(root, child, next, seen);
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current;
}
