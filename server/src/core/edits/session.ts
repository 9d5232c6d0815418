/**
 * Several edits in a row, each computed on a fresh parse of the previous result, so operations never
 * have to know about each other's offsets. `edits()` gives the net change against the starting
 * document as minimal LSP edits (a line diff), ready for a quick fix.
 */
import type { TextEdit } from "vscode-languageserver-types";
import { ConfigDocument, nodeAtPath, propertyNode } from "../document";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import { insertArrayItem, insertProperty, liftArrayItem, liftProperty, removeProperty, renameKey, type InsertOptions } from "./properties";
import { detectStyle, formatKey, type DocumentStyle } from "./style";
import { applyOffsetEdits, diffEdits, type OffsetEdit } from "./textDiff";

export class EditSession {
  private current: ConfigDocument;
  /** Set when an operation could not be carried out; the session's result must then not be used. */
  failed: string | undefined;

  constructor(readonly original: ConfigDocument) {
    this.current = original;
  }

  get doc(): ConfigDocument {
    return this.current;
  }

  get text(): string {
    return this.current.text;
  }

  get changed(): boolean {
    return this.current.text !== this.original.text;
  }

  apply(edits: readonly OffsetEdit[] | undefined): boolean {
    if (!edits) return this.fail("the object to edit is not well formed");
    if (edits.length === 0) return true;
    const text = applyOffsetEdits(this.current.text, edits);
    this.current = ConfigDocument.create(this.original.uri, text, this.original.version);
    return true;
  }

  fail(reason: string): false {
    this.failed ??= reason;
    return false;
  }

  node(path: JsonPath): JsonNode | undefined {
    return nodeAtPath(this.current.root, path);
  }

  /** The comment lines directly above the property at `path` (they describe it). */
  leadingComments(path: JsonPath): string[] {
    const property = this.property(path);
    return property && property.children![1] ? liftProperty(this.current, property).leading : [];
  }

  /** The comments around the property at `path` (above it, after it on its line), as insert options. */
  commentsOf(path: JsonPath): InsertOptions {
    const property = this.property(path);
    if (!property || !property.children![1]) return {};
    const lifted = liftProperty(this.current, property);
    return lifted.trailing !== undefined ? { leading: lifted.leading, trailing: lifted.trailing } : { leading: lifted.leading };
  }

  /** The comments written inside the value at `path` (they vanish with it unless carried elsewhere). */
  commentsInside(path: JsonPath): string[] {
    const node = this.node(path);
    if (!node) return [];
    const text = this.current.text;
    return this.current.parse.comments.filter((c) => c.offset > node.offset && c.offset < node.offset + node.length).map((c) => text.slice(c.offset, c.offset + c.length));
  }

  /** The property node at `path` (its last segment is the key). */
  property(path: JsonPath): JsonNode | undefined {
    const key = path[path.length - 1];
    if (typeof key !== "string") return undefined;
    return propertyNode(this.node(path.slice(0, -1)), key);
  }

  /** Net edits against the original document. */
  edits(): TextEdit[] {
    return diffEdits(this.original, this.current.text);
  }

  remove(path: JsonPath, options: { keepLeadingComments?: boolean } = {}): boolean {
    const property = this.property(path);
    if (!property) return this.fail(`${path.join(".")} is not there`);
    return this.apply(removeProperty(this.current, property, options));
  }

  /** Removes the array item at `path` (its comments and comma go with it). */
  removeItem(path: JsonPath): boolean {
    const item = this.node(path);
    if (!item || item.parent?.type !== "array") return this.fail(`${path.join(".")} is not an array item`);
    return this.apply(removeProperty(this.current, item));
  }

  /** Appends `itemText` to the array at `arrayPath`. */
  append(arrayPath: JsonPath, itemText: string, options: InsertOptions = {}): boolean {
    const array = this.node(arrayPath);
    if (array?.type !== "array") return this.fail(`${arrayPath.join(".")} is not an array`);
    return this.apply(insertArrayItem(this.current, array, itemText, options));
  }

  /** Copies the array item at `from` (with its comments) to the end of the array at `toArray`. */
  copyItem(from: JsonPath, toArray: JsonPath, extraLeading: readonly string[] = []): boolean {
    const item = this.node(from);
    if (!item || item.parent?.type !== "array") return this.fail(`${from.join(".")} is not an array item`);
    const lifted = liftArrayItem(this.current, item);
    const options: InsertOptions = { leading: [...extraLeading, ...lifted.leading] };
    if (lifted.trailing !== undefined) options.trailing = lifted.trailing;
    return this.append(toArray, lifted.valueText, options);
  }

  rename(path: JsonPath, newKey: string): boolean {
    const property = this.property(path);
    if (!property) return this.fail(`${path.join(".")} is not there`);
    return this.apply(renameKey(this.current, property, newKey));
  }

  replace(path: JsonPath, valueText: string): boolean {
    const node = this.node(path);
    if (!node) return this.fail(`${path.join(".")} is not there`);
    return this.apply([{ start: node.offset, end: node.offset + node.length, text: valueText }]);
  }

  /**
   * Adds `key: valueText` to the object at `objectPath`, creating the missing objects on the way
   * (as one nested insertion into the deepest object that exists). Fails when something that is not
   * an object sits on the path, or when the key already exists.
   */
  insert(objectPath: JsonPath, key: string, valueText: string, options: InsertOptions = {}): boolean {
    let depth = objectPath.length;
    let object: JsonNode | undefined;
    for (; depth >= 0; depth--) {
      object = this.node(objectPath.slice(0, depth));
      if (object) break;
    }
    if (!object || object.type !== "object") return this.fail(`${objectPath.slice(0, depth).join(".") || "the root"} is not an object`);
    const missing = objectPath.slice(depth);
    if (missing.some((segment) => typeof segment !== "string")) return this.fail("cannot create array items");
    if (missing.length === 0 && propertyNode(object, key)) return this.fail(`${[...objectPath, key].join(".")} already exists`);
    if (missing.length === 0) return this.apply(insertProperty(this.current, object, key, valueText, options));
    const style = detectStyle(this.current);
    const [head, ...rest] = missing as string[];
    const nested = wrapInObjects([...rest, key], valueText, options, style);
    return this.apply(insertProperty(this.current, object, head!, nested));
  }

  /**
   * Moves the property at `from` to `toObject.newKey`, carrying its comments. Fails when the target
   * exists (callers decide how to merge before calling).
   */
  move(from: JsonPath, toObject: JsonPath, newKey: string): boolean {
    const property = this.property(from);
    if (!property || !property.children![1]) return this.fail(`${from.join(".")} is not there`);
    const lifted = liftProperty(this.current, property);
    const options: InsertOptions = { leading: lifted.leading };
    if (lifted.trailing !== undefined) options.trailing = lifted.trailing;
    if (!this.insert(toObject, newKey, lifted.valueText, options)) return false;
    return this.remove(from);
  }

  /** Removes the objects on `path` (deepest first) that have become empty, down to `keepDepth` segments. */
  pruneEmpty(path: JsonPath, keepDepth = 0): void {
    for (let depth = path.length; depth > keepDepth; depth--) {
      const node = this.node(path.slice(0, depth));
      if (!node || node.type !== "object" || node.children!.length > 0) return;
      if (this.doc.parse.comments.some((c) => c.offset > node.offset && c.offset < node.offset + node.length)) return;
      this.remove(path.slice(0, depth), { keepLeadingComments: true });
    }
  }
}

/** `{ a: { b: { key: value } } }` for segments [a, b, key], written in the document's style for indentation "". */
function wrapInObjects(keys: string[], valueText: string, options: InsertOptions, style: DocumentStyle): string {
  let inner = valueText;
  for (let i = keys.length - 1; i >= 0; i--) {
    const indent = style.indentUnit;
    const comments = i === keys.length - 1 ? (options.leading ?? []).map((c) => `${indent}${c.replace(/(\r?\n)/g, `$1${indent}`)}${style.eol}`).join("") : "";
    const trailing = i === keys.length - 1 && options.trailing ? ` ${options.trailing}` : "";
    // A short one-line value without comments nests on one line: `{ systemAgent: { agentId: "main" } }`.
    const oneLine = `{ ${formatKey(keys[i]!, style)}: ${inner} }`;
    if (!comments && !trailing && !/[\r\n]/.test(inner) && oneLine.length <= 60) {
      inner = oneLine;
      continue;
    }
    const body = `${indent}${formatKey(keys[i]!, style)}: ${inner.replace(/(\r?\n)/g, `$1${indent}`)}${style.trailingCommas ? "," : ""}${trailing}`;
    inner = `{${style.eol}${comments}${body}${style.eol}}`;
  }
  return inner;
}
