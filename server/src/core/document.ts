import { TextDocument } from "vscode-languageserver-textdocument";
import type { Range } from "vscode-languageserver-types";
import { findNodeAtOffset, getNodePath, type Node as JsoncNode } from "jsonc-parser";
import type { JsonNode, ParseResult } from "./json5/ast";
import { parseJson5 } from "./json5/parser";
import type { JsonPath } from "./types";

/**
 * Above this many characters a document is not parsed: OpenClaw configs are kilobytes (an `$include`d
 * file may be at most 2 MB), and a 20 MB paste must not freeze the editor. The user gets one
 * diagnostic that says so instead.
 */
export const MAX_ANALYSED_LENGTH = 8 * 1024 * 1024;

/**
 * One version of a config file: its text, parsed once, with position helpers. Every feature takes a
 * ConfigDocument, so the parse is shared by validation, hover, completion and fixes of that version.
 */
export class ConfigDocument {
  private parsed: ParseResult | undefined;

  /**
   * `textDocument` must not change afterwards (LSP servers pass a snapshot, see `create`). `parsed`: the
   * tree when the caller built it with the text (the merged config of `$include`s), instead of parsing.
   */
  constructor(
    readonly textDocument: TextDocument,
    parsed?: ParseResult,
  ) {
    this.parsed = parsed;
  }

  static create(uri: string, text: string, version = 0, languageId = "openclaw-json"): ConfigDocument {
    return new ConfigDocument(TextDocument.create(uri, languageId, version, text));
  }

  get uri(): string {
    return this.textDocument.uri;
  }

  get version(): number {
    return this.textDocument.version;
  }

  get text(): string {
    return this.textDocument.getText();
  }

  get parse(): ParseResult {
    this.parsed ??= this.text.length > MAX_ANALYSED_LENGTH ? tooLarge(this.text.length) : parseJson5(this.text);
    return this.parsed;
  }

  get root(): JsonNode | undefined {
    return this.parse.root;
  }

  range(offset: number, length: number): Range {
    return { start: this.textDocument.positionAt(offset), end: this.textDocument.positionAt(offset + length) };
  }

  nodeRange(node: JsonNode): Range {
    return this.range(node.offset, node.length);
  }

  offsetAt(position: { line: number; character: number }): number {
    return this.textDocument.offsetAt(position);
  }

  /** The innermost node at `offset` (with `includeRightBound`, also a node ending exactly there). */
  nodeAt(offset: number, includeRightBound = false): JsonNode | undefined {
    const root = this.root;
    return root ? (findNodeAtOffset(root as JsoncNode, offset, includeRightBound) as JsonNode | undefined) : undefined;
  }
}

/** The JSON path of a node (for a property key: the property's path). */
export function pathOf(node: JsonNode): JsonPath {
  return getNodePath(node as JsoncNode);
}

/** OpenClaw's dot-path notation: `agents.list[0].id`, `models.providers.openai.baseUrl`. */
export function dotPath(path: JsonPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "<root>" : out;
}

/** The value node of property `key` in an object node. */
export function propertyValue(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!object || object.type !== "object") return undefined;
  // The last occurrence wins, as in JSON5.parse.
  for (let i = object.children!.length - 1; i >= 0; i--) {
    const property = object.children![i]!;
    if (property.children![0]!.value === key) return property.children![1];
  }
  return undefined;
}

/** The property node (key + value, or a key still waiting for its value) of `key` in an object node. */
export function propertyNode(object: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!object || object.type !== "object") return undefined;
  for (let i = object.children!.length - 1; i >= 0; i--) {
    const property = object.children![i]!;
    if (property.children![0]!.value === key) return property;
  }
  return undefined;
}

/** The node at a JSON path, following objects and arrays. */
export function nodeAtPath(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === "number") node = node.type === "array" ? node.children![segment] : undefined;
    else node = propertyValue(node, segment);
  }
  return node;
}

/** The decoded value of a subtree, as JSON5.parse returns it. */
export function valueOf(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const property of node.children!) {
        const [key, value] = property.children!;
        // defineProperty, as JSON5.parse does, so a `__proto__` key is data and not a prototype.
        if (value) Object.defineProperty(out, key!.value as string, { value: valueOf(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "array":
      return node.children!.map(valueOf);
    case "property":
      return valueOf(node.children![1]);
    default:
      return node.value;
  }
}

function tooLarge(length: number): ParseResult {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    root: undefined,
    comments: [],
    errors: [
      {
        code: "file-too-large",
        message: `This file is ${mb(length)} MB: files over ${mb(MAX_ANALYSED_LENGTH)} MB are not analysed, to keep the editor responsive. OpenClaw configs are usually a few kilobytes; split large parts out with $include.`,
        offset: 0,
        length: 0,
      },
    ],
  };
}
