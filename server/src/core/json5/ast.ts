/**
 * The syntax tree of a JSON5 document.
 *
 * The node shape is structurally the same as jsonc-parser's `Node`, so jsonc-parser's tree helpers
 * (`findNodeAtOffset`, `getNodePath`, `findNodeAtLocation`, `getNodeValue`) work on it unchanged.
 * Offsets and lengths count UTF-16 code units, as LSP positions do by default.
 */
export type NodeType = "object" | "array" | "property" | "string" | "number" | "boolean" | "null";

export interface JsonNode {
  type: NodeType;
  /** Offset of the first character of the node (for a property: of its key). */
  offset: number;
  /** Length of the node's text (for a property: from the key to the end of its value). */
  length: number;
  /** For literals: the decoded value (a string, a number, a boolean or null). */
  value?: unknown;
  parent?: JsonNode;
  /** Objects: properties; arrays: items; a property: [key, value] or [key] while the value is missing. */
  children?: JsonNode[];
  /** Properties: the offset of the colon, when there is one. */
  colonOffset?: number;
  /** Strings: the quote character they are written with; absent for an unquoted identifier key. */
  quote?: '"' | "'";
}

/** Every code the JSON5 parser reports (one shared page: docs/rules/json5-syntax.md). */
export const JSON5_ERROR_CODES = [
  "json5-empty",
  "json5-invalid-character",
  "json5-invalid-escape",
  "json5-invalid-identifier",
  "json5-invalid-key",
  "json5-invalid-number",
  "json5-missing-colon",
  "json5-missing-comma",
  "json5-too-deep",
  "json5-unclosed-array",
  "json5-unclosed-object",
  "json5-unexpected-token",
  "json5-unterminated-comment",
  "json5-unterminated-string",
] as const;

export type Json5ErrorCode = (typeof JSON5_ERROR_CODES)[number];

export interface SyntaxError {
  /** A stable code, e.g. `json5-unexpected-token`; `file-too-large` when the text was not parsed at all. */
  code: Json5ErrorCode | "file-too-large";
  message: string;
  offset: number;
  length: number;
}

export interface Comment {
  offset: number;
  length: number;
  kind: "line" | "block";
}

export interface ParseResult {
  root: JsonNode | undefined;
  errors: SyntaxError[];
  comments: Comment[];
}
