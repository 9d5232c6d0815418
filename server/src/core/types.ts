import type { Diagnostic, DiagnosticSeverity, DiagnosticRelatedInformation, DiagnosticTag, TextEdit } from "vscode-languageserver-types";
import type { JsonNode } from "./json5/ast";

/** A JSON path inside the config: keys and array indexes, e.g. ["models", "providers", "openai", "baseUrl"]. */
export type JsonPath = (string | number)[];

/** One way to fix a diagnostic, computed together with it and carried in `Diagnostic.data`. */
export interface Fix {
  /** What the fix does, in plain words (shown as the quick fix title). */
  title: string;
  /** Minimal edits against the document version the diagnostic was computed for. */
  edits: TextEdit[];
  /** The fix a user most likely wants (applied first by Ctrl+. and the lightbulb). */
  isPreferred?: boolean;
  /** Applied by `source.fixAll.openclaw` and `openclaw-config check --fix`: it cannot lose information. */
  safe?: boolean;
  /**
   * The document the edits apply to, when it is not the diagnostic's own: a fix of a value written in an
   * `$include`d file (a quick fix only: fix-all never edits another file).
   */
  uri?: string;
}

/** What every OpenClaw diagnostic carries in `data`. */
export interface DiagnosticData {
  /** The OpenClaw dot-path of the offending value, e.g. `models.providers.openai.baseUrl`. */
  path: string;
  fixes?: Fix[];
}

export type OpenClawDiagnostic = Diagnostic & { code: string; source: "openclaw"; data: DiagnosticData };

/** A finding as a rule reports it; the engine turns it into an LSP Diagnostic. */
export interface Finding {
  /** The key or value the diagnostic sits on (for a value: its whole literal). */
  node: JsonNode;
  message: string;
  /** Overrides the rule's default severity. */
  severity?: DiagnosticSeverity;
  /** Overrides the rule's code (a rule family such as the schema validator reports several codes). */
  code?: string;
  /**
   * The fixes, or a function that computes them: a fix that needs a whole-document edit session (the
   * migrations) is computed only when a quick fix or fix-all asks, not on every keystroke. Either way it
   * ends up on `data.fixes` (computed once, on first read; a lazy one is not sent with published diagnostics).
   */
  fixes?: Fix[] | (() => Fix[]);
  relatedInformation?: DiagnosticRelatedInformation[];
  tags?: DiagnosticTag[];
  /** Overrides the range (default: the node's), e.g. an object's opening brace for a missing property. */
  range?: { offset: number; length: number };
  /** Overrides the path in `data.path` (default: the node's), e.g. the path of a missing property. */
  path?: JsonPath;
}
