import type { Hover, Position } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";

/** Hover documentation for the key or value under the cursor (filled in by the hover feature). */
export function hover(doc: ConfigDocument, position: Position): Hover | null {
  void doc;
  void position;
  return null;
}
