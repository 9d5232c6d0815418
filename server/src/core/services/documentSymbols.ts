import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { ROOT_PLACE, childPlace, looksLikeSecretValue, type SecretPlace } from "../openclaw/secrets";

/** Beyond this many symbols the outline stops growing (VS Code's JSON support uses the same cap). */
export const MAX_SYMBOLS = 5000;
const MAX_DETAIL = 60;

const KIND: Record<JsonNode["type"], SymbolKind> = {
  object: SymbolKind.Module,
  array: SymbolKind.Array,
  string: SymbolKind.String,
  number: SymbolKind.Number,
  boolean: SymbolKind.Boolean,
  null: SymbolKind.Null,
  property: SymbolKind.Property,
};

/** Array items are named by the field that identifies them, when they have one. */
const ITEM_NAME_KEYS = ["id", "name", "agentId", "command"];

/**
 * The outline and breadcrumbs: one symbol per property (and array item), nested as in the file,
 * the kind from the value's type, and the value as detail for scalars, except secrets, which show no
 * value at all. Array items holding an object are named by their `id`/`name`.
 */
export function documentSymbols(doc: ConfigDocument, limit = MAX_SYMBOLS): DocumentSymbol[] {
  const root = doc.root;
  if (!root) return [];
  let budget = limit;
  const text = doc.text;

  const detailOf = (value: JsonNode, place: SecretPlace): string | undefined => {
    const scalar = value.type !== "object" && value.type !== "array";
    if (scalar && place.secret) return undefined;
    switch (value.type) {
      case "string": {
        const s = String(value.value);
        if (looksLikeSecretValue(s)) return undefined;
        return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s;
      }
      case "number":
        // The source text keeps hex, Infinity and the like as written.
        return text.slice(value.offset, value.offset + value.length);
      case "boolean":
      case "null":
        return String(value.value);
      case "array":
        return value.children!.length === 1 ? "1 item" : `${value.children!.length} items`;
      default:
        return undefined;
    }
  };

  const childrenOf = (value: JsonNode, place: SecretPlace): DocumentSymbol[] | undefined => {
    if (value.type === "object") return propertiesOf(value, place);
    if (value.type === "array") return itemsOf(value, place);
    return undefined;
  };

  const propertiesOf = (object: JsonNode, place: SecretPlace): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const property of object.children!) {
      if (budget <= 0) break;
      budget--;
      const [key, value] = property.children!;
      const keyText = String(key!.value);
      const name = keyText === "" ? '""' : keyText;
      const child = childPlace(place, keyText);
      const symbol: DocumentSymbol = {
        name,
        kind: value ? KIND[value.type] : SymbolKind.Property,
        range: doc.nodeRange(property),
        selectionRange: doc.nodeRange(key!),
      };
      if (value) {
        const detail = detailOf(value, child);
        if (detail !== undefined) symbol.detail = detail;
        const children = childrenOf(value, child);
        if (children?.length) symbol.children = children;
      }
      out.push(symbol);
    }
    return out;
  };

  const itemsOf = (array: JsonNode, place: SecretPlace): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    array.children!.forEach((item, index) => {
      if (budget <= 0) return;
      budget--;
      const child = childPlace(place, index);
      let name = `[${index}]`;
      let selection = item;
      if (item.type === "object") {
        for (const key of ITEM_NAME_KEYS) {
          const property = item.children!.find((p) => p.children![0]!.value === key);
          const value = property?.children![1];
          if (value?.type === "string" && String(value.value).trim() && !childPlace(child, key).secret && !looksLikeSecretValue(String(value.value))) {
            name = String(value.value);
            selection = value;
            break;
          }
        }
      }
      const symbol: DocumentSymbol = { name, kind: KIND[item.type], range: doc.nodeRange(item), selectionRange: doc.nodeRange(selection) };
      const detail = name === `[${index}]` ? detailOf(item, child) : `[${index}]`;
      if (detail !== undefined) symbol.detail = detail;
      const children = childrenOf(item, child);
      if (children?.length) symbol.children = children;
      out.push(symbol);
    });
    return out;
  };

  return childrenOf(root, ROOT_PLACE) ?? [];
}

/**
 * The same outline for a client without hierarchical symbol support: one flat list, parents before
 * children, each named with its container (the parent's name) as LSP's SymbolInformation has it.
 */
export function flattenSymbols(symbols: readonly DocumentSymbol[], uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (list: readonly DocumentSymbol[], container: string | undefined) => {
    for (const symbol of list) {
      const info: SymbolInformation = { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range } };
      if (container !== undefined) info.containerName = container;
      out.push(info);
      if (symbol.children) visit(symbol.children, symbol.name);
    }
  };
  visit(symbols, undefined);
  return out;
}
