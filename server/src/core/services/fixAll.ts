/**
 * Fix-all to a fixpoint: apply every safe fix that does not overlap another, re-parse, re-validate,
 * repeat until nothing changes. Migrations that touch the same object (two keys moving into one new
 * parent) land in successive rounds; the result is returned as one set of edits against the original.
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-types";
import { ConfigDocument } from "../document";
import { diffEdits } from "../edits/textDiff";
import type { Rule } from "../rules/rule";
import type { JsonNode } from "../json5/ast";
import { FIX_ALL_KIND, fixesOf } from "./codeActions";
import { validateDocument, type ValidationOptions } from "./validation";

/** Enough for chains of migrations (a key moved, then its new parent merged); a guard against ping-pong. */
export const MAX_FIX_ALL_ROUNDS = 25;

export interface FixAllResult {
  text: string;
  /** Rounds that changed the text. */
  rounds: number;
  /** False when the round limit stopped it or a round would have broken the syntax (then the last good text is kept). */
  converged: boolean;
}

export function fixAllText(text: string, rules: readonly Rule[], options: ValidationOptions & { uri?: string; /** Also apply preferred fixes not marked safe (tests, explicit upgrades). */ unsafe?: boolean } = {}): FixAllResult {
  const uri = options.uri ?? "file:///openclaw.json";
  // Each round's text is parsed once: the document that is checked for syntax errors and duplicate
  // keys is the one the next round validates.
  let doc = ConfigDocument.create(uri, text);
  for (let round = 0; round < MAX_FIX_ALL_ROUNDS; round++) {
    const batches = roundEdits(validateDocument(doc, rules, options), options.unsafe ?? false);
    if (batches.length === 0) return { text: doc.text, rounds: round, converged: true };
    let next = ConfigDocument.create(uri, TextDocument.applyEdits(doc.textDocument, batches.flat()));
    // Two fixes that each create the same key (say both add agents.defaults.models) would duplicate
    // it: then this round applies only the first fix, and the next round sees the key.
    if (batches.length > 1 && duplicateKeys(next.root) > duplicateKeys(doc.root)) {
      next = ConfigDocument.create(uri, TextDocument.applyEdits(doc.textDocument, batches[0]!));
    }
    if (next.text === doc.text || next.parse.errors.length > doc.parse.errors.length) return { text: doc.text, rounds: round, converged: false };
    doc = next;
  }
  return { text: doc.text, rounds: MAX_FIX_ALL_ROUNDS, converged: false };
}

/**
 * The safe fixes of one round, first fix of each diagnostic, skipping any fix whose lines come within
 * one line of a fix already taken: fixes are line diffs, so nearby ones may describe overlapping changes.
 */
function roundEdits(diagnostics: readonly Diagnostic[], unsafe: boolean): TextEdit[][] {
  const taken: { from: number; to: number }[] = [];
  const batches: TextEdit[][] = [];
  for (const diagnostic of diagnostics) {
    const fix = fixesOf(diagnostic).find((f) => !f.uri && (f.safe || (unsafe && f.isPreferred)));
    if (!fix || fix.edits.length === 0) continue;
    const spans = fix.edits.map((e) => ({ from: e.range.start.line - 1, to: e.range.end.line + 1 }));
    if (spans.some((a) => taken.some((b) => a.from <= b.to && b.from <= a.to))) continue;
    taken.push(...spans);
    batches.push(fix.edits);
  }
  return batches;
}

/** Properties whose key repeats an earlier key of the same object, in the whole tree. */
function duplicateKeys(node: JsonNode | undefined): number {
  if (!node) return 0;
  let count = 0;
  if (node.type === "object") {
    const seen = new Set<unknown>();
    for (const property of node.children!) {
      const key = property.children![0]!.value;
      if (seen.has(key)) count++;
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) count += duplicateKeys(child);
  return count;
}

/** The `source.fixAll.openclaw` action: every safe fix, to a fixpoint, as one edit of this version. */
export function fixAllToFixpointAction(doc: ConfigDocument, rules: readonly Rule[], options: ValidationOptions = {}): CodeAction | undefined {
  const { text } = fixAllText(doc.text, rules, { ...options, uri: doc.uri });
  if (text === doc.text) return undefined;
  return { title: "Fix all auto-fixable OpenClaw problems", kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: diffEdits(doc, text) } } };
}
