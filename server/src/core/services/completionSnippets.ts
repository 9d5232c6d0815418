/**
 * The value snippet inserted after a completed key, fitting the field's type and written in the
 * document's style: `"$1"` in its quote character, `${1|false,true|}`, `{ $1 }` inside a one-line
 * object or an indented block otherwise, and objects with required fields pre-filled
 * (`{ id: "$1", name: "$2" }` for a provider's model entry).
 */
import { formatKey, type DocumentStyle } from "../edits/style";
import { stringLiteral } from "../edits/strings";
import { expandSchema, type JSONSchema, type JSONSchemaType } from "../schema/schema";
import type { JsonPath } from "../types";
import { valueReferenceKind } from "../openclaw/referenceFields";

export interface SnippetEnv {
  schema: JSONSchema;
  style: DocumentStyle;
  /** The completion sits in a container written on one line: objects are inserted on one line too. */
  inline: boolean;
}

export interface ValueSnippet {
  snippet: string;
  /** The value has suggestions (enum, references): open the suggestion list once inserted. */
  suggestValues: boolean;
}

/** Pre-filling required fields stops at this many (a bigger object is better typed with completion). */
const MAX_PREFILLED = 4;
/** Enums up to this size become a snippet choice in pre-filled fields. */
const MAX_CHOICES = 12;

/** The JSON types a set of schemas allows, in the order they appear (enum/const values count by their type). */
export function typesOf(schemas: readonly JSONSchema[]): JSONSchemaType[] {
  const out: JSONSchemaType[] = [];
  const add = (type: JSONSchemaType) => {
    if (!out.includes(type)) out.push(type);
  };
  for (const s of schemas) {
    if (typeof s.type === "string") add(s.type);
    else if (Array.isArray(s.type)) s.type.forEach(add);
    for (const value of [...(s.enum ?? []), ...(s.const !== undefined ? [s.const] : [])]) {
      if (value === null) add("null");
      else if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") add(typeof value as JSONSchemaType);
    }
    if (s.type === undefined && s.properties) add("object");
  }
  return out;
}

/** Escapes literal text for a snippet (`$`, `}` and `\` are syntax there). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, "\\$&");
}

/** A scalar as a JSON5 literal in the document's quote style. */
export function literal(value: unknown, style: DocumentStyle): string {
  if (typeof value === "string") return stringLiteral(value, style.quote);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : value > 0 ? "Infinity" : value < 0 ? "-Infinity" : "NaN";
  if (value === undefined) return "null";
  return JSON.stringify(value);
}

/** The snippet for the value at `path` described by (expanded) `schemas`. */
export function valueSnippet(env: SnippetEnv, path: JsonPath, schemas: JSONSchema[]): ValueSnippet {
  return snippetFor(env, path, schemas, { next: 1 }, 0);
}

/** `depth` 0 is the completed value (and its array's entries); its required fields (depth 1) are not pre-filled further. */
function snippetFor(env: SnippetEnv, path: JsonPath, schemas: JSONSchema[], stops: { next: number }, depth: number): ValueSnippet {
  const { style } = env;
  const q = style.quote;
  const stop = () => `$${stops.next++}`;
  const consts = schemas.filter((s) => s.const !== undefined).map((s) => s.const);
  const enums = schemas.flatMap((s) => s.enum ?? []);
  if (consts.length === 1 && enums.length === 0) return { snippet: escapeSnippet(literal(consts[0], style)), suggestValues: false };
  const type = typesOf(schemas)[0];
  const defaultValue = schemas.find((s) => s.default !== undefined)?.default;
  switch (type) {
    case "string": {
      const values = [...consts, ...enums].filter((v): v is string => typeof v === "string");
      if (depth > 0 && values.length > 1 && values.length <= MAX_CHOICES) {
        // A pre-filled field cannot open the suggestion list: offer its values as a snippet choice.
        const choices = values.map((v) => stringLiteral(v, q).replace(/[\\$}|,]/g, "\\$&"));
        return { snippet: `\${${stops.next++}|${choices.join(",")}|}`, suggestValues: false };
      }
      const reference = valueReferenceKind(path, schemas) !== undefined;
      return { snippet: `${q}${stop()}${q}`, suggestValues: enums.length + consts.length > 0 || reference };
    }
    case "boolean": {
      const first = defaultValue === true ? "true" : "false";
      return { snippet: `\${${stops.next++}|${first},${first === "true" ? "false" : "true"}|}`, suggestValues: false };
    }
    case "number":
    case "integer": {
      // A selected placeholder: typing replaces it, and accepting alone still leaves valid JSON5.
      const minimum = schemas.find((s) => typeof s.minimum === "number")?.minimum;
      const value = typeof defaultValue === "number" && Number.isFinite(defaultValue) ? defaultValue : typeof minimum === "number" && minimum > 0 ? minimum : 0;
      return { snippet: `\${${stops.next++}:${value}}`, suggestValues: false };
    }
    case "object":
      return { snippet: objectSnippet(env, path, schemas, stops, depth), suggestValues: false };
    case "array": {
      const items = schemas.flatMap((s) => (s.items && typeof s.items === "object" && !Array.isArray(s.items) ? expandSchema(env.schema, s.items) : []));
      const itemType = typesOf(items)[0];
      if (itemType === "string") return { snippet: `[${q}${stop()}${q}]`, suggestValues: false };
      if (itemType === "object" && requiredOf(items).length > 0) {
        // Arrays of entries are written one entry per line in the docs, each entry on one line.
        const item = objectSnippet({ ...env, inline: true }, [...path, 0], items, stops, depth);
        return { snippet: `[${item}]`, suggestValues: false };
      }
      return { snippet: `[${stop()}]`, suggestValues: false };
    }
    case "null":
      return { snippet: "null", suggestValues: false };
    default:
      // Nothing says what goes here: a selected `null` keeps the file parseable until the user types.
      return { snippet: enums.length > 0 ? stop() : `\${${stops.next++}:null}`, suggestValues: enums.length > 0 };
  }
}

function requiredOf(schemas: readonly JSONSchema[]): string[] {
  const object = schemas.find((s) => Array.isArray(s.required) && s.required.length > 0 && s.properties);
  return object ? object.required!.filter((key) => object.properties![key] !== undefined) : [];
}

function objectSnippet(env: SnippetEnv, path: JsonPath, schemas: JSONSchema[], stops: { next: number }, depth: number): string {
  const { style, inline } = env;
  const required = depth === 0 ? requiredOf(schemas) : [];
  const object = schemas.find((s) => s.properties && required.every((key) => s.properties![key] !== undefined));
  const fields: string[] = [];
  if (required.length > 0 && required.length <= MAX_PREFILLED && object) {
    for (const key of required) {
      const valueSchemas = expandSchema(env.schema, object.properties![key]);
      const value = snippetFor({ ...env, inline: true }, [...path, key], valueSchemas, stops, depth + 1);
      fields.push(`${escapeSnippet(formatKey(key, style))}: ${value.snippet}`);
    }
  }
  if (fields.length === 0) return inline ? `{ $${stops.next++} }` : `{${style.eol}${style.indentUnit}$${stops.next++}${style.eol}}`;
  if (inline) return `{ ${fields.join(", ")} }`;
  const lines = fields.map((field) => `${style.indentUnit}${field}`);
  return `{${style.eol}${lines.join(`,${style.eol}`)}${style.trailingCommas ? "," : ""}${style.eol}}`;
}

/**
 * A snippet as plain text, for clients without snippet support: each placeholder becomes its default
 * (a choice its first option, a bare tab stop nothing) and escapes are removed.
 */
export function snippetToPlainText(snippet: string): string {
  let out = "";
  let i = 0;
  const readUntil = (stops: string): string => {
    let text = "";
    while (i < snippet.length && !stops.includes(snippet[i]!)) {
      if (snippet[i] === "\\" && i + 1 < snippet.length) {
        text += snippet[i + 1];
        i += 2;
      } else if (snippet[i] === "$") {
        text += readPlaceholder();
      } else {
        text += snippet[i++];
      }
    }
    return text;
  };
  const readPlaceholder = (): string => {
    // At `$`: `$1`, `${1}`, `${1:default}` or `${1|a,b|}`.
    i++;
    if (/\d/.test(snippet[i] ?? "")) {
      while (/\d/.test(snippet[i] ?? "")) i++;
      return "";
    }
    if (snippet[i] !== "{") return "$";
    i++;
    while (/\d/.test(snippet[i] ?? "")) i++;
    let value = "";
    if (snippet[i] === ":") {
      i++;
      value = readUntil("}");
    } else if (snippet[i] === "|") {
      i++;
      value = readUntil(",|");
      while (i < snippet.length && snippet[i] !== "|") {
        i++;
        readUntil(",|");
      }
      i++; // the closing `|`
    }
    i++; // the closing `}`
    return value;
  };
  while (i < snippet.length) out += readUntil("");
  return out;
}
