/**
 * Completion from OpenClaw's schema and from what the config itself defines. In a key position it
 * offers the keys valid there that the object does not have yet (provider ids under
 * `models.providers`, model refs in model-keyed maps, `$include` anywhere), inserted in the document's
 * style with a value snippet fitting the type (completionSnippets.ts); in a value position the
 * enum/const/boolean values and the references the field takes (completionReferences.ts), `$include`
 * paths and, after `${` in a string, variable names. completionContext.ts reads the cursor position in a
 * half-typed document.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type TextEdit,
} from "vscode-languageserver-types";
import { nodeAtPath, type ConfigDocument } from "../document";
import { detectStyle, formatKey, type DocumentStyle } from "../edits/style";
import { encodeStringBody, stringLiteral } from "../edits/strings";
import { BUNDLED_WEB_SEARCH_PROVIDERS, INSTALLABLE_WEB_SEARCH_PROVIDERS } from "../openclaw/openclawData";
import { pathMatches } from "../openclaw/references";
import { keyReferenceKind, valueReferenceKind } from "../openclaw/referenceFields";
import { expandSchema, schemasAtPath, type JSONSchema } from "../schema/schema";
import type { JsonPath } from "../types";
import { completionContextAt, type CompletionContext } from "./completionContext";
import { referenceCandidates, type ValueCandidate } from "./completionReferences";
import { envReferenceAt, envVarCandidates, isEnvSecretRefId } from "./envVarCompletion";
import { INCLUDE_DOCUMENTATION, INCLUDE_KEY, includeCandidates, isIncludePath, type ReadDirectory } from "./includeCompletion";
import { escapeSnippet, literal, snippetToPlainText, typesOf, valueSnippet } from "./completionSnippets";
import { inlineCode, json5Block, sections } from "./hoverMarkdown";
import { isProviderPath, providerDocKey } from "./providerHover";
import { PROVIDER_FIELD_DOCS, type FieldDoc } from "../openclaw/providerFieldDocs";

const TRIGGER_SUGGEST = { title: "Suggest values", command: "editor.action.triggerSuggest" };

interface Env {
  options: CompletionOptions;
  /** The description of the field being completed (for a list item: the list's). */
  fieldDescription?: string;
  position: Position;
  doc: ConfigDocument;
  schema: JSONSchema;
  ctx: CompletionContext;
  style: DocumentStyle;
}

/** What the client can do with completion items (from its capabilities). */
export interface CompletionOptions {
  /** The client expands snippets (`$1`, `${1|a,b|}`); otherwise plain text is sent. Default true. */
  snippets?: boolean;
  /** The client runs `editor.action.triggerSuggest` (VS Code and its forks): the value list opens after a key. Default true. */
  suggestCommand?: boolean;
  /** Lists a directory, for `$include` paths (the server reads the file system; without it no paths are offered). */
  readDirectory?: ReadDirectory;
  /** Folders besides the config's own that `$include` may read (OPENCLAW_INCLUDE_ROOTS); paths elsewhere are not offered. */
  includeRoots?: readonly string[];
}

export function complete(doc: ConfigDocument, position: Position, schema: JSONSchema, options: CompletionOptions = {}): CompletionList {
  const ctx = completionContextAt(doc.text, doc.offsetAt(position));
  if (!ctx) return { isIncomplete: false, items: [] };
  const env: Env = { options, position, doc, schema, ctx, style: detectStyle(doc) };
  const envName = ctx.inString ? envReferenceAt(ctx.inString.prefix) : undefined;
  const items = envName !== undefined ? envReferenceItems(env, envName) : ctx.kind === "key" ? keyItems(env) : valueItems(env);
  for (const item of items) {
    if (options.suggestCommand === false) delete item.command;
    if (options.snippets === false && item.insertTextFormat === InsertTextFormat.Snippet) {
      const edit = item.textEdit as TextEdit;
      edit.newText = snippetToPlainText(edit.newText);
      item.insertTextFormat = InsertTextFormat.PlainText;
    }
  }
  return { isIncomplete: false, items };
}

// ---------------------------------------------------------------------------------------------
// Keys

interface KeyCandidate {
  key: string;
  /** The schemas of the key's value (expanded). */
  valueSchemas: JSONSchema[];
  documentation?: string;
  detail?: string;
  kind: CompletionItemKind;
  deprecated?: boolean;
}

function keyItems(env: Env): CompletionItem[] {
  const { schema, ctx } = env;
  const objectSchemas = schemasAtPath(schema, ctx.path);
  const candidates: KeyCandidate[] = [];
  const seen = new Set<string>(ctx.existingKeys);
  const add = (candidate: KeyCandidate) => {
    if (seen.has(candidate.key)) return;
    seen.add(candidate.key);
    candidates.push(candidate);
  };
  // A key may be declared by several alternatives (a SecretRef's `source` is "env" in one, "file" in
  // another): its value is described by all of them.
  const declared = new Map<string, JSONSchema[]>();
  for (const objectSchema of objectSchemas) {
    for (const [key, sub] of Object.entries(objectSchema.properties ?? {})) {
      const list = declared.get(key) ?? [];
      expandSchema(schema, sub, list, new Set(list));
      declared.set(key, list);
    }
  }
  for (const [key, valueSchemas] of declared) {
    if (seen.has(key)) continue;
    const head = valueSchemas[0];
    add({
      key,
      valueSchemas,
      documentation: fieldMarkdown(providerFieldDoc([...ctx.path, key])) ?? schemaDocumentation(valueSchemas),
      detail: typeSummary(valueSchemas),
      kind: CompletionItemKind.Property,
      deprecated: valueSchemas.some((s) => s.deprecated === true) || head?.["x-deprecated-replacement"] !== undefined,
    });
  }
  const referenceKind = keyReferenceKind(ctx.path);
  if (referenceKind) {
    // The schema of any key of this map (its additionalProperties).
    const valueSchemas = schemasAtPath(schema, [...ctx.path, "\u0000any"]);
    for (const candidate of referenceCandidates({ root: env.doc.root, path: env.ctx.path, fieldDescription: env.fieldDescription }, referenceKind)) {
      add({
        key: String(candidate.value),
        valueSchemas,
        documentation: candidate.documentation,
        detail: candidate.detail,
        kind: candidate.kind ?? CompletionItemKind.Value,
        deprecated: candidate.deprecated,
      });
    }
  }
  // `$include` is valid in any object; the schema does not know it.
  add({ key: INCLUDE_KEY, valueSchemas: [{ type: "string" }], documentation: INCLUDE_DOCUMENTATION, detail: "string | string[]", kind: CompletionItemKind.Keyword });
  return candidates.map((candidate, index) => keyItem(env, candidate, index));
}

function keyItem(env: Env, candidate: KeyCandidate, index: number): CompletionItem {
  const { ctx, style } = env;
  const keyText = ctx.inString ? stringLiteral(candidate.key, ctx.inString.quote) : formatKey(candidate.key, style);
  const value = ctx.colonFollows
    ? undefined
    : valueSnippet({ schema: env.schema, style, inline: ctx.inline }, [...ctx.path, candidate.key], candidate.valueSchemas);
  const newText = value ? `${escapeSnippet(keyText)}: ${value.snippet}${ctx.commaAfter ? "," : ""}` : escapeSnippet(keyText);
  const item: CompletionItem = {
    label: candidate.key,
    kind: candidate.kind,
    filterText: ctx.inString ? keyText : candidate.key,
    sortText: `${candidate.deprecated ? "1" : "0"}${String(index).padStart(5, "0")}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: env.doc.range(ctx.replaceStart, ctx.replaceEnd - ctx.replaceStart), newText },
  };
  if (candidate.detail) item.detail = candidate.detail;
  if (candidate.documentation) item.documentation = { kind: MarkupKind.Markdown, value: candidate.documentation };
  if (candidate.deprecated) item.tags = [CompletionItemTag.Deprecated];
  const additional = commaBeforeEdit(env);
  if (additional) item.additionalTextEdits = [additional];
  if (value?.suggestValues || (candidate.key === INCLUDE_KEY && env.options.readDirectory)) item.command = TRIGGER_SUGGEST;
  return item;
}

// ---------------------------------------------------------------------------------------------
// Values

function valueItems(env: Env): CompletionItem[] {
  const { schema, ctx } = env;
  const path = ctx.path;
  const schemas = path.length === 0 ? [] : schemasAtPath(schema, path);
  const isItem = typeof path[path.length - 1] === "number";
  const parentSchemas = isItem ? schemasAtPath(schema, path.slice(0, -1)) : [];
  const candidates: ValueCandidate[] = [];

  // OpenClaw's docs describe each value of a provider field (the schema only lists them).
  const fieldDoc = providerFieldDoc(path);
  const valueDoc = (value: unknown) => fieldDoc?.values?.find((v) => v.value === value)?.description;
  for (const s of schemas) {
    for (const value of s.enum ?? []) candidates.push({ value, group: 1, kind: CompletionItemKind.EnumMember, documentation: valueDoc(value) });
    if (s.const !== undefined) candidates.push({ value: s.const, group: 1, kind: CompletionItemKind.EnumMember, documentation: valueDoc(s.const) ?? s.description });
  }
  for (const suggestion of fieldDoc?.suggestions ?? []) {
    candidates.push({ value: suggestion.value, group: 1, kind: CompletionItemKind.Value, documentation: suggestion.description });
  }
  const types = typesOf(schemas);
  if (types.includes("boolean")) {
    candidates.push({ value: true, group: 1, kind: CompletionItemKind.Value }, { value: false, group: 1, kind: CompletionItemKind.Value });
  }
  env.fieldDescription = (isItem ? parentSchemas : schemas).find((s) => s.description)?.description;
  const referenceKind = valueReferenceKind(path, schemas, parentSchemas);
  if (referenceKind) candidates.push(...referenceCandidates({ root: env.doc.root, path: env.ctx.path, fieldDescription: env.fieldDescription }, referenceKind));
  if (isEnvSecretRefId(env.doc.root, path)) {
    for (const candidate of envVarCandidates(env.doc.root, path)) {
      candidates.push({ value: candidate.name, group: candidate.group, kind: CompletionItemKind.Variable, detail: candidate.detail });
    }
  }
  if (pathMatches("tools.web.search.provider", path) || pathMatches("agents.entries.*.tools.web.search.provider", path)) {
    for (const id of BUNDLED_WEB_SEARCH_PROVIDERS) candidates.push({ value: id, group: 0, kind: CompletionItemKind.Module, detail: "bundled" });
    for (const [id, plugin] of Object.entries(INSTALLABLE_WEB_SEARCH_PROVIDERS)) {
      candidates.push({ value: id, group: 2, kind: CompletionItemKind.Module, detail: `plugin ${plugin} (install first)` });
    }
  }
  if (isIncludePath(path) && env.options.readDirectory) {
    for (const entry of includeCandidates(env.doc.uri, ctx.prefix, env.options.readDirectory, env.options.includeRoots)) {
      candidates.push({
        value: entry.value,
        label: entry.label,
        group: 0,
        kind: entry.directory ? CompletionItemKind.Folder : CompletionItemKind.File,
        retrigger: entry.directory,
      });
    }
  }
  const defaultValue = schemas.find((s) => s.default !== undefined)?.default;
  if (defaultValue !== undefined && (defaultValue === null || typeof defaultValue !== "object")) {
    candidates.push({ value: defaultValue, group: 1, detail: "default", kind: CompletionItemKind.Value });
  }
  if (path.length === 0 || types.includes("object")) {
    const objectSchemas = schemas.filter((s) => typesOf([s])[0] === "object");
    const snippet = valueSnippet({ schema, style: env.style, inline: ctx.inline }, path, objectSchemas.length > 0 ? objectSchemas : [{ type: "object" }]).snippet;
    candidates.push({ value: {}, label: "{}", group: 3, kind: CompletionItemKind.Module, snippet });
  }
  if (types.includes("array")) candidates.push({ value: [], label: "[]", group: 3, kind: CompletionItemKind.Module, snippet: "[$1]" });

  // In a list, the values it already has are not offered again (a fallback list naming a model twice is a mistake).
  const present = new Set<unknown>();
  if (isItem) {
    const list = nodeAtPath(env.doc.root, path.slice(0, -1));
    if (list?.type === "array") for (const item of list.children!) if (item.offset + item.length < ctx.replaceStart || item.offset >= ctx.replaceEnd) present.add(item.value);
  }

  const items: CompletionItem[] = [];
  const labels = new Set<string>();
  candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => a.candidate.group - b.candidate.group || a.index - b.index)
    .forEach(({ candidate }) => {
      if (candidate.snippet === undefined && present.has(candidate.value)) return;
      const item = valueItem(env, candidate, items.length);
      if (!item || labels.has(item.label)) return;
      labels.add(item.label);
      items.push(item);
    });
  return items;
}

function valueItem(env: Env, candidate: ValueCandidate, index: number): CompletionItem | undefined {
  const { ctx, style, doc } = env;
  const value = candidate.value;
  const label = candidate.label ?? (typeof value === "string" ? value : literal(value, style));
  const filterText = typeof value === "string" ? value : label;
  const comma = ctx.commaAfter ? "," : "";
  // A folder of an `$include` path leaves the cursor inside the quotes, where the next entry goes.
  const cursorInside = candidate.retrigger === true;
  let range: TextEdit["range"];
  let newText: string;
  let format: InsertTextFormat = cursorInside ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  const inString = ctx.inString;
  if (inString) {
    // Inside quotes only strings fit: the text between the quotes is replaced.
    if (typeof value !== "string" || candidate.snippet !== undefined) return undefined;
    const start = inString.start + 1;
    const end = inString.terminated ? inString.end - 1 : inString.end;
    range = doc.range(start, end - start);
    const body = encodeStringBody(value, inString.quote);
    const close = inString.terminated ? "" : inString.quote + comma;
    newText = cursorInside ? `${escapeSnippet(body)}$0${escapeSnippet(close)}` : body + close;
  } else {
    range = doc.range(ctx.replaceStart, ctx.replaceEnd - ctx.replaceStart);
    if (candidate.snippet !== undefined) {
      newText = candidate.snippet + comma;
      format = InsertTextFormat.Snippet;
    } else if (cursorInside && typeof value === "string") {
      newText = `${style.quote}${escapeSnippet(encodeStringBody(value, style.quote))}$0${style.quote}${comma}`;
    } else {
      newText = literal(value, style) + comma;
    }
    // Completing right after a colon (`api:|`, the trigger character): keep the document's `key: value` spacing.
    if (doc.text[ctx.replaceStart - 1] === ":") newText = ` ${newText}`;
  }
  const item: CompletionItem = {
    label,
    kind: candidate.kind ?? CompletionItemKind.Value,
    filterText,
    sortText: `${candidate.group}${candidate.deprecated ? "1" : "0"}${String(index).padStart(5, "0")}`,
    insertTextFormat: format,
    textEdit: { range, newText },
  };
  if (candidate.detail) item.detail = candidate.detail;
  if (candidate.documentation) item.documentation = { kind: MarkupKind.Markdown, value: candidate.documentation };
  if (candidate.deprecated) item.tags = [CompletionItemTag.Deprecated];
  const additional = commaBeforeEdit(env);
  if (additional) item.additionalTextEdits = [additional];
  if (candidate.retrigger) item.command = TRIGGER_SUGGEST;
  return item;
}

/** Names for the `${` being typed inside a string: the name is replaced and the `}` added when missing. */
function envReferenceItems(env: Env, typed: string): CompletionItem[] {
  const { doc, ctx } = env;
  const offset = doc.offsetAt(env.position);
  let end = offset;
  while (end < doc.text.length && /[A-Za-z0-9_]/.test(doc.text[end]!)) end++;
  const close = doc.text[end] === "}" ? "" : "}";
  const start = offset - typed.length;
  return envVarCandidates(doc.root, ctx.path).map((candidate, index) => ({
    label: candidate.name,
    kind: CompletionItemKind.Variable,
    detail: candidate.detail,
    sortText: `${candidate.group}${String(index).padStart(5, "0")}`,
    filterText: candidate.name,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: doc.range(start, end - start), newText: candidate.name + close },
  }));
}

// ---------------------------------------------------------------------------------------------
// Helpers

function commaBeforeEdit(env: Env): TextEdit | undefined {
  const at = env.ctx.commaBefore;
  return at === undefined ? undefined : { range: env.doc.range(at, 0), newText: "," };
}

function typeSummary(schemas: readonly JSONSchema[]): string | undefined {
  const enums = schemas.flatMap((s) => [...(s.enum ?? []), ...(s.const !== undefined ? [s.const] : [])]);
  if (enums.length > 0 && enums.length <= 6) return enums.map((v) => JSON.stringify(v)).join(" | ");
  const types = typesOf(schemas);
  return types.length > 0 ? types.join(" | ") : undefined;
}

/** The hand-written documentation of a field inside `models.providers.<id>` (most `models[]` fields have no schema description). */
function providerFieldDoc(path: JsonPath): FieldDoc | undefined {
  if (!isProviderPath(path) || path.length < 4) return undefined;
  return PROVIDER_FIELD_DOCS[providerDocKey(path.slice(3))];
}

function fieldMarkdown(doc: FieldDoc | undefined): string | undefined {
  if (!doc) return undefined;
  return sections(
    `**${doc.label}**`,
    doc.description,
    `Type: ${inlineCode(doc.type)}`,
    doc.default && `Default: ${doc.default}`,
    doc.example && json5Block(doc.example),
    doc.docsUrl && `[Documentation](${doc.docsUrl})`,
  );
}

function schemaDocumentation(schemas: readonly JSONSchema[]): string | undefined {
  const title = schemas.find((s) => s.title)?.title;
  const description = schemas.find((s) => s.description)?.description;
  const parts: string[] = [];
  if (title) parts.push(`**${title}**`);
  if (description && description !== title) parts.push(description);
  const replacement = schemas.find((s) => s["x-deprecated-replacement"])?.["x-deprecated-replacement"];
  if (replacement) parts.push(`*Deprecated:* use \`${replacement}\` instead.`);
  else if (schemas.some((s) => s.deprecated)) parts.push("*Deprecated.*");
  const defaultValue = schemas.find((s) => s.default !== undefined)?.default;
  if (defaultValue !== undefined && !schemas.some((s) => s["x-sensitive"])) parts.push(`Default: \`${JSON.stringify(defaultValue)}\``);
  const docsUrl = schemas.find((s) => s["x-docs-url"])?.["x-docs-url"];
  if (docsUrl) parts.push(`[Documentation](${docsUrl})`);
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}
