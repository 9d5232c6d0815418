/**
 * `--fix`: the core's fix-all to a fixpoint (safe fixes and migrations, round after round), the rest
 * of the file kept byte for byte. A file with syntax errors is never fixed.
 */
import { ConfigDocument } from "../core/document";
import type { LanguageService } from "../core/languageService";
import type { OpenClawDiagnostic } from "../core/types";
import { isFixable } from "./formatters/common";

export interface FixOutcome {
  /** The document after the fixes (the input itself when nothing applied). */
  doc: ConfigDocument;
  diagnostics: OpenClawDiagnostic[];
  /** How many problems the fixes removed (at least 1 when the text changed). */
  applied: number;
}

export function fixDocument(service: LanguageService, doc: ConfigDocument, diagnostics: OpenClawDiagnostic[]): FixOutcome {
  // A fix computed on a recovered parse could land in the wrong place.
  if (doc.parse.errors.length > 0 || !diagnostics.some(isFixable)) return { doc, diagnostics, applied: 0 };
  const { text } = service.fixAllText(doc);
  if (text === doc.text) return { doc, diagnostics, applied: 0 };
  const fixed = ConfigDocument.create(doc.uri, text, doc.version + 1);
  // Never hand back a text that no longer parses (the core keeps the last good round; this makes sure).
  if (fixed.parse.errors.length > 0) return { doc, diagnostics, applied: 0 };
  const after = service.validate(fixed);
  const applied = Math.max(1, diagnostics.filter(isFixable).length - after.filter(isFixable).length);
  return { doc: fixed, diagnostics: after, applied };
}
