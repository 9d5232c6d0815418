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

export interface SyntaxError {
  /** A stable code, e.g. `json5-unexpected-token`. */
  code: string;
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
