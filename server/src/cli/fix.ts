/**
 * `--fix`: the safe fixes of a file applied until none is left (a fix can make another one possible,
 * and overlapping fixes wait for the next round), keeping everything else byte for byte.
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "vscode-languageserver-types";
import { ConfigDocument } from "../core/document";
import type { LanguageService } from "../core/languageService";
import { fixAllEdits } from "../core/services/codeActions";
import type { OpenClawDiagnostic } from "../core/types";
import { fixesOf } from "./formatters/common";

/** Rounds after which fixing stops (a guard against two fixes undoing each other forever). */
const MAX_ROUNDS = 10;

export interface FixOutcome {
  /** The document after the fixes (the input itself when nothing applied). */
  doc: ConfigDocument;
  diagnostics: OpenClawDiagnostic[];
  /** How many fixes were applied. */
  applied: number;
}

/**
 * Applies every safe fix of `doc` in rounds. A document with syntax errors is returned untouched:
 * a fix computed on a recovered parse could land in the wrong place.
 */
export function fixDocument(service: LanguageService, doc: ConfigDocument, diagnostics: OpenClawDiagnostic[]): FixOutcome {
  let current = doc;
  let currentDiagnostics = diagnostics;
  let applied = 0;
  if (doc.parse.errors.length > 0) return { doc, diagnostics, applied };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = fixAllEdits(currentDiagnostics);
    if (edits.length === 0) break;
    const text = TextDocument.applyEdits(current.textDocument, edits);
    if (text === current.text) break;
    const next = ConfigDocument.create(current.uri, text, current.version + 1);
    // Never hand back a text that no longer parses: stop at the last good round instead.
    if (next.parse.errors.length > 0) break;
    current = next;
    applied += fixesTaken(currentDiagnostics, edits);
    currentDiagnostics = service.validate(current);
  }
  return { doc: current, diagnostics: currentDiagnostics, applied };
}

/** How many diagnostics' fixes `edits` holds (fixAllEdits takes a fix's edits as they are). */
function fixesTaken(diagnostics: readonly OpenClawDiagnostic[], edits: readonly TextEdit[]): number {
  const taken = new Set(edits);
  return diagnostics.filter((diagnostic) => fixesOf(diagnostic).some((fix) => fix.safe && fix.edits.length > 0 && fix.edits.every((edit) => taken.has(edit)))).length;
}
