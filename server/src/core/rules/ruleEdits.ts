import type { TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { OffsetEdit } from "../edits/textDiff";

/** The edit helpers speak offsets; fixes carry LSP ranges of the same document version. */
export function offsetEditsToTextEdits(doc: ConfigDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: doc.range(edit.start, edit.end - edit.start), newText: edit.text }));
}
