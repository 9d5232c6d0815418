import { valueOf } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import {
  TYPE_ARRAY,
  TYPE_BOOLEAN,
  TYPE_INTEGER,
  TYPE_NULL,
  TYPE_NUMBER,
  TYPE_OBJECT,
  TYPE_STRING,
  compileSchema,
  type CompiledSchema,
} from "./compile";
import { describeNode, expectedTypes, literal, orList, truncatedList, where } from "./messages";
import { didYouMean } from "./suggest";
import type { JSONSchema, JSONSchemaRef } from "./types";

/**
 * Our own draft-07 validator over the JSON5 syntax tree, rather than ajv over the decoded value:
 * every problem must sit on the exact key or value literal it concerns (ajv reports JSON pointers
 * into a value that has lost its offsets), messages must name what to do (allowed keys and values,
 * "did you mean"), `anyOf`/`oneOf` failures must report the branch the value most nearly matches
 * instead of every alternative, and the 2 MB schema must be prepared lazily, node by node, on first
 * use (compile.ts) instead of being compiled whole at start-up.
 *
 * OpenClaw-specific input semantics:
 * - `$include` keys are never unknown and never validated (the include resolver validates the
 *   merged result); an object holding one may lack required properties (the included file may
 *   supply them).
 * - A string containing `${` may become anything once OpenClaw substitutes environment variables,
 *   so it passes every string-valued constraint (enum, const, pattern, format, length). It must still
 *   be a string where the schema allows one.
 * - `oneOf` is checked like `anyOf` (zod unions take the first match; see compile.ts).
 * - Duplicate keys: only the last occurrence counts, as in JSON5.parse.
 * - `Infinity` and `NaN` are not numbers to OpenClaw (zod rejects non-finite numbers).
 */

/** The diagnostic codes the schema validator reports (documented in docs/rules/<code>.md). */
export const SCHEMA_CODES = ["unknown-key", "invalid-type", "invalid-enum", "missing-property", "invalid-value"] as const;

export type SchemaCode = (typeof SCHEMA_CODES)[number];

export interface SchemaProblem {
  code: SchemaCode;
  /**
   * Where the problem is: the key literal for `unknown-key` and bad key names, the object for
   * `missing-property` (the rule anchors it on the object's key or opening brace), else the value.
   */
  node: JsonNode;
  /** The JSON path of the offending value (for `missing-property`: of the missing property). */
  path: JsonPath;
  message: string;
  /** `invalid-enum`: every allowed value. */
  allowedValues?: unknown[];
  /** `unknown-key`: the keys allowed in that object. */
  allowedKeys?: string[];
  /** `unknown-key`: the allowed key closest to the typed one; `invalid-enum`: the closest value. */
  suggestion?: unknown;
  /** `invalid-type`: the accepted types (TYPE_* bits). */
  expected?: number;
  /** `invalid-enum` raised by a `const` (a union discriminator when on an object's property). */
  fromConst?: boolean;
  /** `invalid-type`: one of the accepted shapes is a SecretRef object. */
  secretRef?: boolean;
}

/** Values that OpenClaw fills from the environment at load time: they satisfy string constraints. */
export function isTemplated(node: JsonNode): boolean {
  return node.type === "string" && (node.value as string).includes("${");
}

const TYPE_NONFINITE = 128;

function nodeTypeBits(node: JsonNode): number {
  switch (node.type) {
    case "object":
      return TYPE_OBJECT;
    case "array":
      return TYPE_ARRAY;
    case "string":
      return TYPE_STRING;
    case "boolean":
      return TYPE_BOOLEAN;
    case "null":
      return TYPE_NULL;
    case "number": {
      const value = node.value as number;
      if (!Number.isFinite(value)) return TYPE_NONFINITE;
      return Number.isInteger(value) ? TYPE_NUMBER | TYPE_INTEGER : TYPE_NUMBER;
    }
    default:
      return 0;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => deepEqual(item, other[i]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function primitiveValue(node: JsonNode): unknown {
  return node.type === "object" || node.type === "array" ? valueOf(node) : node.value;
}

/** The effective properties of an object node: the last occurrence of each key that has a value. */
function effectiveProperties(node: JsonNode): Map<string, JsonNode> {
  const properties = new Map<string, JsonNode>();
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    if (key === undefined) continue;
    properties.set(key.value as string, property);
  }
  return properties;
}

/** The property names a schema declares (for "allowed keys"). */
function declaredKeys(cs: CompiledSchema): string[] {
  return cs.properties ? [...cs.properties.keys()] : [];
}

/** Does this union branch describe a SecretRef object `{ source, provider, id }`? */
function isSecretRefSchema(schema: JSONSchemaRef): boolean {
  return typeof schema === "object" && !!schema.properties?.source && !!schema.properties.id && !!schema.properties.provider;
}

function enumMessage(values: readonly unknown[], suggestion: unknown): string {
  const hint = suggestion !== undefined ? ` Did you mean ${literal(suggestion)}?` : "";
  if (values.length === 1) return `Must be ${literal(values[0])}.${hint}`;
  return `Must be one of ${truncatedList(values.map(literal), 30)}.${hint}`;
}

/** The value to use instead of a retired one (`x-replaced-values`, from the schema pipeline). */
function replacementOf(schema: JSONSchema, node: JsonNode): string | undefined {
  const replaced = schema["x-replaced-values"];
  if (!replaced || node.type !== "string") return undefined;
  const value = node.value as string;
  return Object.prototype.hasOwnProperty.call(replaced, value) ? replaced[value] : undefined;
}

function suggestValue(node: JsonNode, values: readonly unknown[]): unknown {
  if (node.type !== "string") return undefined;
  const strings = values.filter((value): value is string => typeof value === "string");
  return didYouMean(node.value as string, strings);
}

const FORMAT_CHECKS: Record<string, (value: string) => boolean> = {
  uri: (value) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  },
  "date-time": (value) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value),
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
};

const FORMAT_NAMES: Record<string, string> = {
  uri: "a valid URL (with a scheme, e.g. https://)",
  "date-time": "an ISO 8601 date-time (e.g. 2026-01-31T12:00:00Z)",
  email: "an e-mail address",
};

export class SchemaValidator {
  constructor(readonly schema: JSONSchema) {}

  /** Every problem in the document whose root node is `root`. */
  validate(root: JsonNode): SchemaProblem[] {
    const out: SchemaProblem[] = [];
    this.check(root, this.compile(this.schema), [], out);
    return dedupe(out);
  }

  private compile(schema: JSONSchemaRef | undefined): CompiledSchema {
    return compileSchema(this.schema, schema);
  }

  /** Validates `node` at `path` against one schema node, appending problems to `out`. */
  private check(node: JsonNode, cs: CompiledSchema, path: JsonPath, out: SchemaProblem[]): void {
    if (cs.acceptsAll) return;
    if (cs.rejectsAll) {
      out.push({ code: "invalid-value", node, path: [...path], message: `No value is allowed ${where(path.slice(0, -1))} for this key.` });
      return;
    }
    if (cs.ref !== undefined) this.check(node, this.compile(cs.ref), path, out);
    const bits = nodeTypeBits(node);
    if (cs.types !== 0 && (cs.types & bits) === 0) {
      const problem = this.typeProblem(node, path, cs.types);
      if (cs.enumValues) {
        // The right values are known: name them (and the rule offers each as a fix).
        problem.message = `Expected ${enumMessage(cs.enumValues, undefined).replace(/^Must be /, "").replace(/\.$/, "")}, got ${describeNode(node)}.`;
        problem.allowedValues = [...cs.enumValues];
      }
      out.push(problem);
      return;
    }
    const templated = isTemplated(node);
    if (!templated) {
      if (cs.enumValues && !(cs.enumSet ? cs.enumSet.has(node.value) && node.type !== "object" && node.type !== "array" : cs.enumValues.some((v) => deepEqual(v, primitiveValue(node))))) {
        const replaced = replacementOf(cs.schema, node);
        const suggestion = replaced ?? suggestValue(node, cs.enumValues);
        const message = replaced !== undefined
          ? `${literal(node.value)} is no longer accepted here: use ${literal(replaced)}. ${enumMessage(cs.enumValues, undefined)}`
          : enumMessage(cs.enumValues, suggestion);
        out.push({ code: "invalid-enum", node, path: [...path], message, allowedValues: [...cs.enumValues], suggestion });
      } else if (cs.hasConst && !deepEqual(cs.constValue, primitiveValue(node))) {
        out.push({ code: "invalid-enum", node, path: [...path], message: enumMessage([cs.constValue], undefined), allowedValues: [cs.constValue], fromConst: true });
      }
    }
    switch (node.type) {
      case "object":
        this.checkObject(node, cs, path, out);
        break;
      case "array":
        this.checkArray(node, cs, path, out);
        break;
      case "string":
        if (!templated) this.checkString(node, cs, path, out);
        break;
      case "number":
        this.checkNumber(node, cs, path, out);
        break;
    }
    if (cs.allOf) for (const branch of cs.allOf) this.check(node, this.compile(branch), path, out);
    if (cs.anyOf) this.checkAnyOf(node, cs, cs.anyOf, path, out);
    if (cs.not !== undefined && this.matches(node, cs.not, path)) {
      out.push({ code: "invalid-value", node, path: [...path], message: "This combination of settings is not allowed here (see the field's documentation)." });
    }
    if (cs.if !== undefined) {
      const branch = this.matches(node, cs.if, path) ? cs.then : cs.else;
      if (branch !== undefined) this.check(node, this.compile(branch), path, out);
    }
  }

  private matches(node: JsonNode, schema: JSONSchemaRef, path: JsonPath): boolean {
    const scratch: SchemaProblem[] = [];
    this.check(node, this.compile(schema), path, scratch);
    return scratch.length === 0;
  }

  private typeProblem(node: JsonNode, path: JsonPath, expected: number, secretRef = false): SchemaProblem {
    let wanted = expectedTypes(expected);
    if (secretRef) wanted = wanted.replace("an object", "a SecretRef object ({ source, provider, id })");
    const got = describeNode(node);
    const message =
      node.type === "number" && !Number.isFinite(node.value as number)
        ? `Expected ${wanted}: OpenClaw does not accept ${got} here.`
        : `Expected ${wanted}, got ${got}.`;
    return { code: "invalid-type", node, path: [...path], message, expected, ...(secretRef ? { secretRef } : {}) };
  }

  private checkObject(node: JsonNode, cs: CompiledSchema, path: JsonPath, out: SchemaProblem[]): void {
    const properties = effectiveProperties(node);
    if (!cs.properties && !cs.patternProperties && cs.additionalProperties === undefined && !cs.propertyNames && !cs.required) return;
    const propertyNames = cs.propertyNames !== undefined ? this.compile(cs.propertyNames) : undefined;
    for (const [key, property] of properties) {
      if (key === "$include") continue;
      const keyNode = property.children![0]!;
      const value = property.children![1];
      path.push(key);
      if (propertyNames && !propertyNames.acceptsAll) {
        const scratch: SchemaProblem[] = [];
        this.check(keyNode, propertyNames, path, scratch);
        if (scratch.length > 0) {
          const reason = scratch[0]!.message.replace(/^Must/, "it must");
          out.push({ code: "invalid-value", node: keyNode, path: [...path], message: `\`${key}\` is not a valid key ${where(path.slice(0, -1))}: ${reason}` });
        }
      }
      let matched = false;
      const declared = cs.properties?.get(key);
      if (declared !== undefined) {
        matched = true;
        if (value) this.check(value, this.compile(declared), path, out);
      }
      if (cs.patternProperties) {
        for (const [regex, schema] of cs.patternProperties) {
          if (!regex.test(key)) continue;
          matched = true;
          if (value) this.check(value, this.compile(schema), path, out);
        }
      }
      if (!matched && cs.additionalProperties !== undefined) {
        if (cs.additionalProperties === false) out.push(this.unknownKey(keyNode, path, cs));
        else if (value) this.check(value, this.compile(cs.additionalProperties), path, out);
      }
      path.pop();
    }
    if (cs.required && !properties.has("$include")) {
      for (const key of cs.required) {
        if (properties.has(key)) continue;
        out.push({ code: "missing-property", node, path: [...path, key], message: `Missing required property \`${key}\` ${where(path)}.` });
      }
    }
    const count = properties.size - (properties.has("$include") ? 1 : 0);
    const { minProperties, maxProperties } = cs.schema;
    if (typeof minProperties === "number" && count < minProperties && !properties.has("$include")) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Needs at least ${minProperties} ${minProperties === 1 ? "entry" : "entries"}.` });
    }
    if (typeof maxProperties === "number" && count > maxProperties) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Allows at most ${maxProperties} ${maxProperties === 1 ? "entry" : "entries"}.` });
    }
  }

  private unknownKey(keyNode: JsonNode, path: JsonPath, cs: CompiledSchema): SchemaProblem {
    const key = keyNode.value as string;
    const allowed = declaredKeys(cs);
    const suggestion = didYouMean(key, allowed);
    const parent = path.slice(0, -1);
    let message = `Unknown key \`${key}\` ${where(parent)}: OpenClaw refuses to start with it.`;
    if (suggestion !== undefined) message += ` Did you mean \`${suggestion}\`?`;
    if (allowed.length > 0) message += ` Allowed keys: ${truncatedList([...allowed].sort(), 25)}.`;
    else if (cs.patternProperties?.length) message += ` Keys must match ${orList(cs.patternProperties.map(([regex]) => `/${regex.source}/`))}.`;
    else message += " This object takes no keys.";
    return { code: "unknown-key", node: keyNode, path: [...path], message, allowedKeys: allowed, suggestion };
  }

  private checkArray(node: JsonNode, cs: CompiledSchema, path: JsonPath, out: SchemaProblem[]): void {
    const items = node.children ?? [];
    const { minItems, maxItems, uniqueItems } = cs.schema;
    if (typeof minItems === "number" && items.length < minItems) {
      out.push({ code: "invalid-value", node, path: [...path], message: minItems === 1 ? "Must not be empty: add at least one item." : `Needs at least ${minItems} items.` });
    }
    if (typeof maxItems === "number" && items.length > maxItems) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Allows at most ${maxItems} ${maxItems === 1 ? "item" : "items"}.` });
    }
    if (cs.items !== undefined) {
      const tuple = Array.isArray(cs.items) ? (cs.items as readonly JSONSchemaRef[]) : undefined;
      items.forEach((item, index) => {
        const schema = tuple ? (index < tuple.length ? tuple[index] : cs.additionalItems) : (cs.items as JSONSchemaRef);
        if (schema === undefined) return;
        path.push(index);
        if (schema === false) out.push({ code: "invalid-value", node: item, path: [...path], message: `Too many items: at most ${tuple!.length} allowed.` });
        else this.check(item, this.compile(schema), path, out);
        path.pop();
      });
    }
    if (uniqueItems === true) {
      const seen: unknown[] = [];
      items.forEach((item, index) => {
        const value = primitiveValue(item);
        const first = seen.findIndex((other) => deepEqual(other, value));
        if (first >= 0) out.push({ code: "invalid-value", node: item, path: [...path, index], message: `Duplicate item: the same as item ${first}.` });
        seen.push(value);
      });
    }
  }

  private checkString(node: JsonNode, cs: CompiledSchema, path: JsonPath, out: SchemaProblem[]): void {
    const value = node.value as string;
    const { minLength, maxLength, format } = cs.schema;
    if (typeof minLength === "number" && value.length < minLength) {
      out.push({ code: "invalid-value", node, path: [...path], message: minLength === 1 ? "Must not be empty." : `Must be at least ${minLength} characters long.` });
    }
    if (typeof maxLength === "number" && value.length > maxLength) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Must be at most ${maxLength} characters long.` });
    }
    if (cs.pattern && !cs.pattern.test(value)) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Must match the pattern /${cs.pattern.source}/.` });
    }
    const formatCheck = typeof format === "string" ? FORMAT_CHECKS[format] : undefined;
    if (formatCheck && !formatCheck(value)) {
      out.push({ code: "invalid-value", node, path: [...path], message: `Must be ${FORMAT_NAMES[format!]}.` });
    }
  }

  private checkNumber(node: JsonNode, cs: CompiledSchema, path: JsonPath, out: SchemaProblem[]): void {
    const value = node.value as number;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = cs.schema;
    let message: string | undefined;
    if (typeof minimum === "number" && value < minimum) message = `Must be at least ${minimum}.`;
    else if (typeof exclusiveMinimum === "number" && value <= exclusiveMinimum) message = `Must be greater than ${exclusiveMinimum}.`;
    else if (typeof maximum === "number" && value > maximum) message = `Must be at most ${maximum}.`;
    else if (typeof exclusiveMaximum === "number" && value >= exclusiveMaximum) message = `Must be less than ${exclusiveMaximum}.`;
    else if (typeof multipleOf === "number" && multipleOf > 0 && !Number.isInteger(value / multipleOf)) message = `Must be a multiple of ${multipleOf}.`;
    if (message) out.push({ code: "invalid-value", node, path: [...path], message });
  }

  /**
   * A union: passes when one branch passes. Otherwise reports the branch the value most nearly
   * matches. Branches are ranked: the value's type is wrong (0) < the value itself is rejected by an
   * enum, const or string/number constraint (1) < an object whose discriminator property has another
   * constant (2) < anything deeper (3); among equals, fewer problems wins, then the earlier branch.
   * When no branch even has the right type, one `invalid-type` names every accepted type; when all
   * the nearest branches reject only the value (or the same discriminator), their allowed values
   * are merged into one `invalid-enum`.
   */
  private checkAnyOf(node: JsonNode, parent: CompiledSchema, branches: readonly JSONSchemaRef[], path: JsonPath, out: SchemaProblem[]): void {
    const results: { rank: number; problems: SchemaProblem[] }[] = [];
    let typeBits = 0;
    let secretRef = false;
    // A union of literals (zod `z.union([z.literal(...)])`): its values, when every branch is one.
    let literals: unknown[] | undefined = [];
    for (const branch of branches) {
      if (isSecretRefSchema(branch)) secretRef = true;
      const compiled = this.compile(branch);
      if (literals && compiled.hasConst && compiled.ref === undefined && !compiled.anyOf) literals.push(compiled.constValue);
      else if (literals && compiled.enumValues && compiled.ref === undefined && !compiled.anyOf) literals.push(...compiled.enumValues);
      else literals = undefined;
      const problems: SchemaProblem[] = [];
      this.check(node, compiled, path, problems);
      if (problems.length === 0) return;
      const rank = rankBranch(node, path, problems);
      if (rank === 0) {
        for (const problem of problems) {
          if (problem.node !== node || problem.code !== "invalid-type") continue;
          typeBits |= problem.expected ?? 0;
          if (problem.secretRef) secretRef = true;
        }
      }
      results.push({ rank, problems });
    }
    if (results.length === 0) return;
    const bestRank = Math.max(...results.map((result) => result.rank));
    const best = results.filter((result) => result.rank === bestRank);
    if (bestRank === 0) {
      const problem = this.typeProblem(node, path, typeBits, secretRef);
      if (literals && literals.length > 0) {
        problem.message = `Expected ${enumMessage(literals, undefined).replace(/^Must be /, "").replace(/\.$/, "")}, got ${describeNode(node)}.`;
        problem.allowedValues = literals;
      }
      out.push(problem);
      return;
    }
    const merged = mergeEnumProblems(node, path, best, bestRank);
    if (merged) {
      const replaced = merged.node === node ? replacementOf(parent.schema, node) : undefined;
      if (replaced !== undefined) {
        merged.suggestion = replaced;
        merged.message = `${literal(node.value)} is no longer accepted here: use ${literal(replaced)}. ${enumMessage(merged.allowedValues ?? [], undefined)}`;
      }
      out.push(merged);
      return;
    }
    best.sort((a, b) => a.problems.length - b.problems.length);
    out.push(...best[0]!.problems);
  }
}

/** See SchemaValidator.checkAnyOf. */
function rankBranch(node: JsonNode, path: JsonPath, problems: readonly SchemaProblem[]): number {
  let rank = 3;
  for (const problem of problems) {
    if (problem.node === node && problem.code === "invalid-type") return 0;
    if (problem.node === node && problem.path.length === path.length && (problem.code === "invalid-enum" || problem.code === "invalid-value")) rank = Math.min(rank, 1);
    else if (problem.fromConst && problem.path.length === path.length + 1 && node.type === "object") rank = Math.min(rank, 2);
  }
  return rank;
}

/**
 * The nearest branches all reject the value itself with an enum/const (rank 1), or all reject the
 * same discriminator property (rank 2): one `invalid-enum` listing every value those branches allow.
 */
function mergeEnumProblems(node: JsonNode, path: JsonPath, best: readonly { problems: SchemaProblem[] }[], rank: number): SchemaProblem | undefined {
  if (rank !== 1 && rank !== 2) return undefined;
  const values: unknown[] = [];
  let target: SchemaProblem | undefined;
  for (const { problems } of best) {
    const enumProblem = problems.find((problem) =>
      rank === 1 ? problem.node === node && problem.code === "invalid-enum" : problem.fromConst && problem.path.length === path.length + 1,
    );
    if (!enumProblem || (target && enumProblem.node !== target.node)) return undefined;
    if (rank === 1 && problems.length > 1) return undefined;
    target ??= enumProblem;
    for (const value of enumProblem.allowedValues ?? []) if (!values.some((other) => deepEqual(other, value))) values.push(value);
  }
  if (!target || best.length < 2) return undefined;
  const suggestion = suggestValue(target.node, values);
  return { ...target, message: enumMessage(values, suggestion), allowedValues: values, suggestion, fromConst: false };
}

/** The same problem reached through several schemas (allOf, $ref + siblings) is reported once. */
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code}\u0000${problem.node.offset}\u0000${problem.path.join("\u0001")}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const validators = new WeakMap<JSONSchema, SchemaValidator>();

/** The validator of a root schema (one per schema object, so compiled nodes are shared). */
export function schemaValidator(schema: JSONSchema): SchemaValidator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new SchemaValidator(schema);
    validators.set(schema, validator);
  }
  return validator;
}
