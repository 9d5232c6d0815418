import { compilePattern, resolveRef } from "./schema";
import type { JSONSchema, JSONSchemaRef, JSONSchemaType } from "./types";

/**
 * A schema node prepared for validation: keyword lookups turned into fields, maps and bitmasks,
 * regexes compiled, `$ref` resolved. Built on first use of each node and cached by schema object, so
 * the 2 MB schema is never walked as a whole and a node is never prepared twice.
 */
export interface CompiledSchema {
  readonly schema: JSONSchema;
  /** `true` schema or `{}`: anything goes (nothing to check). */
  readonly acceptsAll: boolean;
  /** `false` schema: nothing is allowed. */
  readonly rejectsAll: boolean;
  readonly ref?: JSONSchemaRef;
  /** Bitmask of TYPE_* flags; 0 = no `type` keyword. */
  readonly types: number;
  readonly enumValues?: readonly unknown[];
  /** For enums of primitives: fast membership. */
  readonly enumSet?: ReadonlySet<unknown>;
  readonly hasConst: boolean;
  readonly constValue?: unknown;
  readonly properties?: ReadonlyMap<string, JSONSchemaRef>;
  readonly required?: readonly string[];
  readonly patternProperties?: readonly (readonly [RegExp, JSONSchemaRef])[];
  /** undefined = extra keys allowed and unchecked. */
  readonly additionalProperties?: JSONSchemaRef;
  readonly propertyNames?: JSONSchemaRef;
  readonly items?: JSONSchemaRef | readonly JSONSchemaRef[];
  readonly additionalItems?: JSONSchemaRef;
  readonly pattern?: RegExp;
  readonly anyOf?: readonly JSONSchemaRef[];
  readonly allOf?: readonly JSONSchemaRef[];
  readonly not?: JSONSchemaRef;
  readonly if?: JSONSchemaRef;
  readonly then?: JSONSchemaRef;
  readonly else?: JSONSchemaRef;
}

export const TYPE_OBJECT = 1;
export const TYPE_ARRAY = 2;
export const TYPE_STRING = 4;
export const TYPE_NUMBER = 8;
export const TYPE_INTEGER = 16;
export const TYPE_BOOLEAN = 32;
export const TYPE_NULL = 64;

const TYPE_BITS: Record<JSONSchemaType, number> = {
  object: TYPE_OBJECT,
  array: TYPE_ARRAY,
  string: TYPE_STRING,
  // An integer is also a number, so `type: "number"` accepts what is flagged integer.
  number: TYPE_NUMBER | TYPE_INTEGER,
  integer: TYPE_INTEGER,
  boolean: TYPE_BOOLEAN,
  null: TYPE_NULL,
};

/** The type names a bitmask stands for, in a stable order (for messages). */
export function typeNames(bits: number): JSONSchemaType[] {
  const names: JSONSchemaType[] = [];
  if (bits & TYPE_STRING) names.push("string");
  if (bits & TYPE_NUMBER) names.push("number");
  else if (bits & TYPE_INTEGER) names.push("integer");
  if (bits & TYPE_BOOLEAN) names.push("boolean");
  if (bits & TYPE_OBJECT) names.push("object");
  if (bits & TYPE_ARRAY) names.push("array");
  if (bits & TYPE_NULL) names.push("null");
  return names;
}

const ACCEPT_ALL: CompiledSchema = { schema: {}, acceptsAll: true, rejectsAll: false, types: 0, hasConst: false };
const REJECT_ALL: CompiledSchema = { schema: { not: {} }, acceptsAll: false, rejectsAll: true, types: 0, hasConst: false };

/** Keywords that constrain nothing (annotations). A schema with only these accepts everything. */
const ANNOTATIONS = new Set([
  "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "default", "examples",
  "deprecated", "readOnly", "writeOnly", "x-sensitive", "x-docs-url", "x-replaced-values", "x-deprecated-replacement",
]);

const cache = new WeakMap<JSONSchema, CompiledSchema>();

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/**
 * The compiled form of `schema` (a subschema of `root`, which `$ref`s resolve against). Dangling refs
 * compile to "accept all": the pipeline guarantees there are none, and a false alarm is worse.
 */
export function compileSchema(root: JSONSchema, schema: JSONSchemaRef | undefined): CompiledSchema {
  if (schema === undefined || schema === true) return ACCEPT_ALL;
  if (schema === false) return REJECT_ALL;
  const cached = cache.get(schema);
  if (cached) return cached;
  const compiled = build(root, schema);
  cache.set(schema, compiled);
  return compiled;
}

function build(root: JSONSchema, s: JSONSchema): CompiledSchema {
  if (Object.keys(s).every((key) => ANNOTATIONS.has(key))) return { ...ACCEPT_ALL, schema: s };
  let types = 0;
  if (s.type !== undefined) for (const name of Array.isArray(s.type) ? s.type : [s.type]) types |= TYPE_BITS[name] ?? 0;
  const enumValues = Array.isArray(s.enum) ? s.enum : undefined;
  const compiled: { -readonly [K in keyof CompiledSchema]: CompiledSchema[K] } = {
    schema: s,
    acceptsAll: false,
    rejectsAll: false,
    types,
    hasConst: Object.prototype.hasOwnProperty.call(s, "const"),
  };
  if (compiled.hasConst) compiled.constValue = s.const;
  if (typeof s.$ref === "string") compiled.ref = resolveRef(root, s.$ref) ?? true;
  if (enumValues) {
    compiled.enumValues = enumValues;
    if (enumValues.every(isPrimitive)) compiled.enumSet = new Set(enumValues);
  }
  if (s.properties) compiled.properties = new Map(Object.entries(s.properties));
  if (Array.isArray(s.required) && s.required.length > 0) compiled.required = s.required;
  if (s.patternProperties) {
    compiled.patternProperties = Object.entries(s.patternProperties).flatMap(([pattern, child]) => {
      const regex = compilePattern(pattern);
      return regex ? [[regex, child] as const] : [];
    });
  }
  if (s.additionalProperties !== undefined && s.additionalProperties !== true) compiled.additionalProperties = s.additionalProperties;
  if (s.propertyNames !== undefined) compiled.propertyNames = s.propertyNames;
  if (s.items !== undefined) compiled.items = s.items;
  if (s.additionalItems !== undefined) compiled.additionalItems = s.additionalItems;
  if (typeof s.pattern === "string") compiled.pattern = compilePattern(s.pattern) ?? undefined;
  // oneOf is checked as anyOf: OpenClaw validates with zod, whose unions take the first branch that
  // matches; a value matching two branches of a converted union is never an error there.
  if (s.allOf) compiled.allOf = s.allOf;
  if (s.anyOf && s.oneOf) {
    // Both must hold: the anyOf here, the oneOf as one more allOf member.
    compiled.anyOf = s.anyOf;
    compiled.allOf = [...(s.allOf ?? []), { anyOf: s.oneOf }];
  } else if (s.anyOf || s.oneOf) {
    compiled.anyOf = s.anyOf ?? s.oneOf;
  }
  if (s.not !== undefined) compiled.not = s.not;
  if (s.if !== undefined) {
    compiled.if = s.if;
    if (s.then !== undefined) compiled.then = s.then;
    if (s.else !== undefined) compiled.else = s.else;
  }
  return compiled;
}
