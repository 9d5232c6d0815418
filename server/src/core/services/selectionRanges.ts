import type { Position, Range, SelectionRange } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";

/**
 * Smart select (expand selection): from the cursor, the text inside a string's quotes, the literal,
 * the property (`key: value`), the object or array around it, its property, and so on to the root.
 */
export function selectionRanges(doc: ConfigDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => selectionRangeAt(doc, position));
}

function selectionRangeAt(doc: ConfigDocument, position: Position): SelectionRange {
  const offset = doc.offsetAt(position);
  const spans: Array<[number, number]> = [];
  let node: JsonNode | undefined = doc.nodeAt(offset);
  if (node?.type === "string" && node.quote !== undefined && node.length >= 2) {
    const closed = node.length >= 2 && doc.text[node.offset + node.length - 1] === doc.text[node.offset];
    spans.push([node.offset + 1, node.offset + node.length - (closed ? 1 : 0)]);
  }
  for (; node; node = node.parent) spans.push([node.offset, node.offset + node.length]);

  // Each range must contain the previous one; drop repeats and anything that does not grow.
  let result: SelectionRange | undefined;
  const chain: Array<[number, number]> = [];
  for (const span of spans) {
    const last = chain[chain.length - 1];
    if (last && span[0] <= last[0] && span[1] >= last[1] && (span[0] < last[0] || span[1] > last[1])) chain.push(span);
    else if (!last && span[0] <= offset && offset <= span[1]) chain.push(span);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [start, end] = chain[i]!;
    const range: Range = doc.range(start, end - start);
    result = result ? { range, parent: result } : { range };
  }
  return result ?? { range: { start: position, end: position } };
}
