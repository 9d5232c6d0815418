import type { Location, Position } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { normalizeProviderId } from "../openclaw/modelRefs";
import {
  collectIncludedReferences,
  collectReferences,
  normalizeAgentId,
  referenceAt,
  resolveModelRef,
  resolvedKey,
  type ConfigDefinitions,
  type Reference,
} from "../openclaw/references";
import type { MergedValue } from "../include/merged";
import { definitionsFor, stringAt } from "./definition";

/** What the cursor names: a provider, one model (`provider/model`), or an agent. */
type Symbol = { kind: "provider"; id: string } | { kind: "model"; provider: string; model: string } | { kind: "agent"; id: string };

function symbolAt(node: JsonNode | undefined, defs: ConfigDefinitions): Symbol | undefined {
  if (!node) return undefined;
  const ref = referenceAt(node);
  if (ref?.kind === "agent") return { kind: "agent", id: normalizeAgentId(ref.text) };
  if (ref?.kind === "provider") return { kind: "provider", id: normalizeProviderId(ref.text) };
  if (ref?.kind === "model") {
    const resolved = resolveModelRef(ref.model!, defs);
    return resolved.providerOnly ? { kind: "provider", id: resolved.provider } : { kind: "model", provider: resolved.provider, model: resolved.model };
  }
  const provider = defs.providers.find((p) => p.key === node);
  if (provider) return { kind: "provider", id: provider.id };
  const model = defs.models.find((m) => m.idNode === node);
  if (model) return { kind: "model", provider: model.provider, model: model.id };
  const agent = defs.agents.find((a) => a.nameNode === node);
  if (agent) return { kind: "agent", id: agent.id };
  return undefined;
}

/**
 * Find all references: from a provider, model or agent definition (or from any reference to one)
 * to every place in the file that names it. A provider's references are all refs to its models.
 */
export function references(doc: ConfigDocument, position: Position, includeDeclaration: boolean, merged?: MergedValue): Location[] {
  const node = stringAt(doc, position);
  const defs = definitionsFor(doc, merged);
  const symbol = symbolAt(node, defs);
  if (!symbol) return [];
  const declarations: Location[] = [];
  const found: JsonNode[] = [];
  if (includeDeclaration) {
    const at = (node: JsonNode, file: ConfigDocument | undefined) => declarations.push({ uri: (file ?? doc).uri, range: (file ?? doc).nodeRange(node) });
    if (symbol.kind === "provider") defs.providers.filter((p) => p.id === symbol.id).forEach((p) => at(p.key, p.doc));
    if (symbol.kind === "model") defs.models.filter((m) => m.provider === symbol.provider && m.id === symbol.model).forEach((m) => at(m.idNode, m.doc));
    if (symbol.kind === "agent") defs.agents.filter((a) => a.id === symbol.id).forEach((a) => at(a.nameNode, a.doc));
  }
  // References written in this file, then those in the files it includes (each with its own file).
  const refs: Array<Reference & { doc?: ConfigDocument }> = collectReferences(doc.root);
  if (merged) refs.push(...collectIncludedReferences(merged, doc));
  const foundIn = new Map<JsonNode, ConfigDocument>();
  for (const ref of refs) {
    if (ref.doc) foundIn.set(ref.node, ref.doc);
    if (ref.kind === "agent") {
      if (symbol.kind === "agent" && normalizeAgentId(ref.text) === symbol.id) found.push(ref.node);
      continue;
    }
    if (ref.kind === "provider") {
      if (symbol.kind === "provider" && normalizeProviderId(ref.text) === symbol.id) found.push(ref.node);
      continue;
    }
    if (symbol.kind === "agent") continue;
    const resolved = resolveModelRef(ref.model!, defs);
    if (symbol.kind === "provider" ? resolved.provider === symbol.id : !resolved.providerOnly && resolvedKey(resolved) === `${symbol.provider}/${symbol.model}`) {
      found.push(ref.node);
    }
  }
  return [
    ...declarations,
    ...found.map((n) => {
      const file = foundIn.get(n) ?? doc;
      return { uri: file.uri, range: file.nodeRange(n) };
    }),
  ];
}

