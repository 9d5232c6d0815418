import type { TextEdit } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";

/** The text between the quotes of a string literal, exactly as written. */
export function rawStringContent(doc: ConfigDocument, node: JsonNode): string {
  return doc.text.slice(node.offset + 1, node.offset + node.length - 1);
}

/** Writes `value` as the body of a JSON5 string in the given quote style (escaping only what must be). */
export function encodeStringBody(value: string, quote: '"' | "'"): string {
  let out = "";
  for (const ch of value) {
    switch (ch) {
      case "\\":
        out += "\\\\";
        break;
      case "\n":
        out += "\\n";
        break;
      case "\r":
        out += "\\r";
        break;
      case "\t":
        out += "\\t";
        break;
      case "\b":
        out += "\\b";
        break;
      case "\f":
        out += "\\f";
        break;
      case "\u2028":
        out += "\\u2028";
        break;
      case "\u2029":
        out += "\\u2029";
        break;
      default:
        if (ch === quote) out += `\\${ch}`;
        else if (ch < " ") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
        else out += ch;
    }
  }
  return out;
}

/** A string literal for `value`, in the quote style of `like` (a string node) or double quotes. */
export function stringLiteral(value: string, quote: '"' | "'" = '"'): string {
  return `${quote}${encodeStringBody(value, quote)}${quote}`;
}

/**
 * The smallest edit that turns the string literal `node` into one whose value is `newValue`: when the
 * literal has no escapes, only the differing middle is replaced, so `/codex` is inserted rather than
 * the URL rewritten. Otherwise the literal is rewritten in its own quote style.
 */
export function replaceStringValue(doc: ConfigDocument, node: JsonNode, newValue: string): TextEdit {
  const quote = node.quote ?? '"';
  const raw = node.quote ? rawStringContent(doc, node) : doc.text.slice(node.offset, node.offset + node.length);
  const oldValue = node.value as string;
  if (node.quote && raw === oldValue && encodeStringBody(newValue, quote) === newValue) {
    let prefix = 0;
    const max = Math.min(oldValue.length, newValue.length);
    while (prefix < max && oldValue[prefix] === newValue[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < max - prefix &&
      oldValue[oldValue.length - 1 - suffix] === newValue[newValue.length - 1 - suffix]
    ) {
      suffix++;
    }
    const start = node.offset + 1 + prefix;
    const end = node.offset + 1 + oldValue.length - suffix;
    return { range: doc.range(start, end - start), newText: newValue.slice(prefix, newValue.length - suffix) };
  }
  return { range: doc.nodeRange(node), newText: stringLiteral(newValue, quote) };
}
