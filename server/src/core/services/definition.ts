import type { LocationLink, Position } from "vscode-languageserver-types";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { normalizeProviderId } from "../openclaw/modelRefs";
import type { MergedValue } from "../include/merged";
import {
  collectDefinitions,
  collectMergedDefinitions,
  findCatalogEntry,
  findModelDefinition,
  normalizeAgentId,
  referenceAt,
  resolveModelRef,
  type ConfigDefinitions,
  type Reference,
} from "../openclaw/references";

/** The string literal under the cursor (also when the cursor sits just after its closing quote). */
export function stringAt(doc: ConfigDocument, position: Position): JsonNode | undefined {
  const offset = doc.offsetAt(position);
  const node = doc.nodeAt(offset);
  if (node?.type === "string") return node;
  const before = doc.nodeAt(offset, true);
  return before?.type === "string" ? before : undefined;
}

/** Where a definition lives: the whole entry, and the name to select in it. */
interface Target {
  whole: JsonNode;
  name: JsonNode;
  /** The file it is written in, when not the edited document. */
  doc?: ConfigDocument;
}

/** The definitions a document's references can reach: its own, or those of the merged config when it has `$include`s. */
export function definitionsFor(doc: ConfigDocument, merged?: MergedValue): ConfigDefinitions {
  return merged ? collectMergedDefinitions(merged, doc) : collectDefinitions(doc.root);
}

/**
 * What a reference points at, best match first: for a model ref the `models[]` entry of its provider,
 * else its catalog entry (`agents.defaults.models`), else the provider; for a provider ref (`auth.profiles.*.provider`) the provider; for an agent ref the agent.
 * Empty when the target is not configured in this file (a built-in provider, say).
 */
export function targetsOf(ref: Reference, defs: ConfigDefinitions): Target[] {
  if (ref.kind === "agent") {
    const id = normalizeAgentId(ref.text);
    return defs.agents.filter((agent) => agent.id === id).map((agent) => ({ whole: agent.node, name: agent.nameNode, doc: agent.doc }));
  }
  if (ref.kind === "provider") {
    const id = normalizeProviderId(ref.text);
    return defs.providers.filter((p) => p.id === id).map((p) => ({ whole: p.property, name: p.key, doc: p.doc }));
  }
  const resolved = resolveModelRef(ref.model!, defs);
  const provider = defs.providers.find((p) => p.id === resolved.provider);
  const providerTarget = provider ? [{ whole: provider.property, name: provider.key, doc: provider.doc }] : [];
  if (resolved.providerOnly) return providerTarget;
  const model = findModelDefinition(defs, resolved.provider, resolved.model);
  if (model) return [{ whole: model.item, name: model.idNode, doc: model.doc }];
  const catalog = findCatalogEntry(defs, resolved.provider, resolved.model);
  if (catalog && catalog.keyNode !== ref.node) return [{ whole: catalog.property, name: catalog.keyNode, doc: catalog.doc }];
  return providerTarget;
}

/**
 * Go to definition: from a model reference to its model/provider entry, from an agent reference to the
 * agent, also into `$include`d files when the merged config is given.
 */
export function definition(doc: ConfigDocument, position: Position, merged?: MergedValue): LocationLink[] {
  const node = stringAt(doc, position);
  const ref = referenceAt(node);
  if (!ref) return [];
  const origin = doc.nodeRange(ref.node);
  return targetsOf(ref, definitionsFor(doc, merged)).map((target) => {
    const file = target.doc ?? doc;
    return {
      originSelectionRange: origin,
      targetUri: file.uri,
      targetRange: file.nodeRange(target.whole),
      targetSelectionRange: file.nodeRange(target.name),
    };
  });
}
