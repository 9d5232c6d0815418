/**
 * The subset of JSON Schema draft-07 that OpenClaw's schema uses, plus the `x-*` annotations our
 * schema pipeline (scripts/schema/postprocess.mjs) adds from OpenClaw's UI hints.
 */
export interface JSONSchema {
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, JSONSchemaRef>;
  definitions?: Record<string, JSONSchemaRef>;
  title?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  type?: JSONSchemaType | JSONSchemaType[];
  enum?: unknown[];
  const?: unknown;
  // objects
  properties?: Record<string, JSONSchemaRef>;
  patternProperties?: Record<string, JSONSchemaRef>;
  additionalProperties?: JSONSchemaRef;
  propertyNames?: JSONSchemaRef;
  required?: string[];
  minProperties?: number;
  maxProperties?: number;
  // arrays
  items?: JSONSchemaRef | JSONSchemaRef[];
  additionalItems?: JSONSchemaRef;
  contains?: JSONSchemaRef;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  // strings
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  // numbers
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  // composition
  allOf?: JSONSchemaRef[];
  anyOf?: JSONSchemaRef[];
  oneOf?: JSONSchemaRef[];
  not?: JSONSchemaRef;
  if?: JSONSchemaRef;
  then?: JSONSchemaRef;
  else?: JSONSchemaRef;
  deprecated?: boolean;
  /** OpenClaw marks the value secret (API keys, tokens, passwords): never show it. */
  "x-sensitive"?: boolean;
  /** The OpenClaw documentation page for this section. */
  "x-docs-url"?: string;
  /** Values OpenClaw no longer accepts here, mapped to the value to use instead. */
  "x-replaced-values"?: Record<string, string>;
  /** The field to use instead of a deprecated one. */
  "x-deprecated-replacement"?: string;
}

export type JSONSchemaType = "object" | "array" | "string" | "number" | "integer" | "boolean" | "null";

/** A subschema: draft-07 allows `true` (anything) and `false` (nothing) wherever a schema goes. */
export type JSONSchemaRef = JSONSchema | boolean;
