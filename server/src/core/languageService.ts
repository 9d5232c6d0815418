import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Location,
  LocationLink,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from "vscode-languageserver-types";
import type { ConfigDocument } from "./document";
import { ALL_RULES } from "./rules";
import type { Rule } from "./rules/rule";
import { quickFixes } from "./services/codeActions";
import { fixAllText, fixAllToFixpointAction, type FixAllResult } from "./services/fixAll";
import { loadBundledSchema } from "./schema/schema";
import { complete, type CompletionOptions } from "./services/completion";
import { definition } from "./services/definition";
import { documentLinks } from "./services/documentLinks";
import { documentSymbols } from "./services/documentSymbols";
import { foldingRanges } from "./services/foldingRanges";
import { formatDocument, formatRange } from "./services/formatting";
import { hover } from "./services/hover";
import { references } from "./services/references";
import { selectionRanges } from "./services/selectionRanges";
import type { IncludeOptions } from "./include/fileSystem";
import type { MergedValue } from "./include/merged";
import { validateWithIncludes } from "./services/includeValidation";
import type { ValidationOptions } from "./services/validation";
import type { OpenClawDiagnostic } from "./types";

export interface LanguageServiceOptions {
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
  /** Reads `$include`d files (the server and CLI pass the file system); without it includes are not resolved. */
  includes?: IncludeOptions;
}

/**
 * The engine behind the language server, the CLI and the tests: plain functions over a
 * ConfigDocument, no LSP connection. One instance holds what is costly to build (the compiled schema).
 */
export interface LanguageService {
  validate(doc: ConfigDocument, options?: ValidationOptions): OpenClawDiagnostic[];
  /**
   * The files the document's `$include`s read or looked for (found or not, lexical and canonical
   * paths) at its last validation: when one of them changes, the document's diagnostics may change.
   */
  includedFiles(doc: ConfigDocument): readonly string[];
  /** Quick fixes for the given diagnostics (of this document version). */
  codeActions(doc: ConfigDocument, diagnostics: readonly Diagnostic[]): CodeAction[];
  /** One `source.fixAll.openclaw` action with every safe fix, or nothing when there is none. */
  fixAll(doc: ConfigDocument, diagnostics: readonly Diagnostic[]): CodeAction | undefined;
  /** The document's text after every safe fix (migrations included), applied to a fixpoint. */
  fixAllText(doc: ConfigDocument): FixAllResult;
  hover(doc: ConfigDocument, position: Position): Hover | null;
  /** Whitespace-only edits that lay the document out; [] when it has syntax errors. */
  format(doc: ConfigDocument, options: FormattingOptions): TextEdit[];
  formatRange(doc: ConfigDocument, range: Range, options: FormattingOptions): TextEdit[];
  /** Keys or values valid at the position (position-aware), from the schema and the config's own references. */
  complete(doc: ConfigDocument, position: Position, options?: CompletionOptions): CompletionList;
  /** Outline and breadcrumbs (secret values never appear in a symbol's detail). */
  documentSymbols(doc: ConfigDocument): DocumentSymbol[];
  foldingRanges(doc: ConfigDocument, rangeLimit?: number): FoldingRange[];
  selectionRanges(doc: ConfigDocument, positions: readonly Position[]): SelectionRange[];
  /** From a model or agent reference to what it names in this file. */
  definition(doc: ConfigDocument, position: Position): LocationLink[];
  /** From a provider, model or agent (or any reference to one) to every reference in this file. */
  references(doc: ConfigDocument, position: Position, includeDeclaration: boolean): Location[];
  documentLinks(doc: ConfigDocument): DocumentLink[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const rules = options.rules ?? ALL_RULES;
  const includedFiles = new WeakMap<ConfigDocument, readonly string[]>();
  /** The merged config of a document with `$include`s (from its last validation), for navigation across files. */
  const mergedConfigs = new WeakMap<ConfigDocument, MergedValue>();
  return {
    validate: (doc, validationOptions) =>
      validateWithIncludes(doc, rules, validationOptions ?? {}, options.includes, (resolution) => {
        includedFiles.set(doc, resolution.watchedFiles);
        if (resolution.hasIncludes) mergedConfigs.set(doc, resolution.value);
      }),
    includedFiles: (doc) => includedFiles.get(doc) ?? [],
    codeActions: (doc, diagnostics) => quickFixes(doc, diagnostics),
    // Fix-all re-validates between rounds, so the diagnostics the client holds are not needed.
    fixAll: (doc) => fixAllToFixpointAction(doc, rules),
    fixAllText: (doc) => fixAllText(doc.text, rules, { uri: doc.uri }),
    hover: (doc, position) => hover(doc, position),
    format: (doc, formattingOptions) => formatDocument(doc, formattingOptions),
    formatRange: (doc, range, formattingOptions) => formatRange(doc, range, formattingOptions),
    complete: (doc, position, completionOptions) => complete(doc, position, loadBundledSchema(), completionOptions),
    documentSymbols: (doc) => documentSymbols(doc),
    foldingRanges: (doc, rangeLimit) => foldingRanges(doc, rangeLimit),
    selectionRanges: (doc, positions) => selectionRanges(doc, positions),
    definition: (doc, position) => definition(doc, position, mergedConfigs.get(doc)),
    references: (doc, position, includeDeclaration) => references(doc, position, includeDeclaration, mergedConfigs.get(doc)),
    documentLinks: (doc) => documentLinks(doc),
  };
}
