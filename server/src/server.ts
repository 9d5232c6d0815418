/**
 * The language server: wires LSP requests to the core engine and nothing else. The transport
 * (--stdio, --node-ipc, --socket) is chosen by vscode-languageserver from the command line.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ConfigDocument } from "./core/document";
import { createLanguageService } from "./core/languageService";
import { diffEdits } from "./core/edits/textDiff";
import type { CompletionOptions } from "./core/services/completion";
import { readDirectoryFromDisk } from "./core/services/includeCompletion";
import { FIX_ALL_KIND, diagnosticsTouching } from "./core/services/codeActions";
import type { OpenClawDiagnostic } from "./core/types";
import { DiagnosticsScheduler } from "./diagnosticsScheduler";
import { isConfigDocument } from "./documentFilter";
import { IncludeDependencies, IncludeWatcher, filePathOf } from "./includeWatch";
import { includeRootsFromEnv, nodeIncludeOptions } from "./nodeIncludeFileSystem";
import { SettingsStore, type ServerSettings } from "./settings";
import { flattenSymbols } from "./core/services/documentSymbols";

const DEFAULT_DEBOUNCE_MS = 150;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
// `$include`d files are read from the local file system (never network), confined as OpenClaw confines them;
// an included file open in the editor counts with its unsaved text, as the config itself does.
const service = createLanguageService({ includes: nodeIncludeOptions(process.env, openIncludedText) });
/** Which open configs include which files, to re-validate them when one changes. */
const includes = new IncludeDependencies();
let includeWatcher: IncludeWatcher | undefined;
let watchedFilesCapability: { dynamic: boolean; relative: boolean } = { dynamic: false, relative: false };

function openIncludedText(file: string): string | undefined {
  for (const document of documents.all()) if (filePathOf(document.uri) === file) return document.getText();
  return undefined;
}
const settings = new SettingsStore(connection);
let definitionLinkSupport = false;
let dynamicConfigurationChange = false;
let foldingRangeLimit: number | undefined;
let hierarchicalSymbols = false;
/** What the client supports in completion items (snippets, VS Code's suggest command). */
let completionOptions: CompletionOptions = {};

/** The analysed form of the latest version of each open config document. */
const analysed = new Map<string, { doc: ConfigDocument; diagnostics: OpenClawDiagnostic[]; settings: ServerSettings }>();

function analyse(textDocument: TextDocument): { doc: ConfigDocument; diagnostics: OpenClawDiagnostic[] } {
  const cached = analysed.get(textDocument.uri);
  const current = settings.current(textDocument.uri);
  // Also re-analysed when its settings arrived after a request analysed it with the defaults.
  if (cached && cached.doc.version === textDocument.version && cached.settings === current) return cached;
  // A snapshot: TextDocuments updates its documents in place, and an analysis belongs to one version.
  const doc = ConfigDocument.create(textDocument.uri, textDocument.getText(), textDocument.version, textDocument.languageId);
  const started = performance.now();
  const { validate, rules } = current;
  const diagnostics = validate.enable ? service.validate(doc, { severities: rules }) : [];
  // Log codes and timings only: values can be secrets.
  connection.console.log(
    `validated ${textDocument.uri} v${textDocument.version}: ${diagnostics.length} problem(s) in ${(performance.now() - started).toFixed(1)} ms`,
  );
  if (includes.set(textDocument.uri, service.includedFiles(doc))) includeWatcher?.update(includes.files());
  const entry = { doc, diagnostics, settings: current };
  analysed.set(textDocument.uri, entry);
  return entry;
}

/** The document version and settings generation last published per document: each pair goes out once. */
const lastPublished = new Map<string, string>();

// A client that answered workspace/configuration too late: its document was checked with the defaults.
settings.onLateAnswer = (uri) => {
  lastPublished.delete(uri);
  if (documents.get(uri)) scheduler.schedule(uri, true);
};

const scheduler = new DiagnosticsScheduler(DEFAULT_DEBOUNCE_MS, (uri) => {
  // Settings (validate.enable, rules) are pulled per document; until they are here the run waits for
  // them and then runs again, reading the newest version, so an older version is never published.
  if (!settings.isLoaded(uri)) {
    void settings.load(uri).then(() => {
      if (documents.get(uri)) scheduler.schedule(uri, true);
    });
    return;
  }
  const textDocument = documents.get(uri);
  if (!textDocument) return;
  const stamp = `${textDocument.version}:${settings.generation}`;
  if (lastPublished.get(uri) === stamp) return;
  lastPublished.set(uri, stamp);
  const { diagnostics } = analyse(textDocument);
  void connection.sendDiagnostics({ uri, version: textDocument.version, diagnostics });
});

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { diagnosticsDebounceMs?: unknown };
  if (typeof options.diagnosticsDebounceMs === "number" && options.diagnosticsDebounceMs >= 0) {
    scheduler.delayMs = options.diagnosticsDebounceMs;
  }
  settings.canPull = params.capabilities.workspace?.configuration === true;
  dynamicConfigurationChange = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  definitionLinkSupport = params.capabilities.textDocument?.definition?.linkSupport === true;
  foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
  hierarchicalSymbols = params.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
  const watched = params.capabilities.workspace?.didChangeWatchedFiles;
  watchedFilesCapability = { dynamic: watched?.dynamicRegistration === true, relative: watched?.relativePatternSupport === true };
  completionOptions = {
    snippets: params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    // `editor.action.triggerSuggest` is a VS Code command: other editors would be asked to run an unknown command.
    suggestCommand: /code|codium|cursor|windsurf/i.test(params.clientInfo?.name ?? ""),
    readDirectory: readDirectoryFromDisk,
    includeRoots: includeRootsFromEnv(process.env),
  };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['"', "'", ":", "/"] },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      documentSymbolProvider: { label: "OpenClaw" },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentLinkProvider: { resolveProvider: false },
      experimental: { diagnosticsDebounceMs: scheduler.delayMs },
    },
    serverInfo: { name: "openclaw-config-language-server", version: "0.1.0" },
  };
});

documents.onDidChangeContent(({ document }) => {
  if (!isConfigDocument(document.uri, document.languageId)) return;
  // The first version of a document is analysed at once; edits are debounced.
  scheduler.schedule(document.uri, !analysed.has(document.uri));
});

connection.onInitialized(() => {
  // Pull-model clients (VS Code) send didChangeConfiguration only to servers that register for it.
  if (dynamicConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: "openclaw" });
  if (watchedFilesCapability.dynamic) {
    includeWatcher = new IncludeWatcher(connection, watchedFilesCapability.relative);
    includeWatcher.update(includes.files());
  }
});

connection.onDidChangeConfiguration((params) => {
  settings.changed(params.settings);
  analysed.clear();
  for (const document of documents.all()) {
    if (isConfigDocument(document.uri, document.languageId)) scheduler.schedule(document.uri, true);
  }
});

documents.onDidClose(({ document }) => {
  settings.forget(document.uri);
  lastPublished.delete(document.uri);
  scheduler.cancel(document.uri);
  if (analysed.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Re-validates the open configs that include `uri`: it changed in the editor or on disk. */
function includedFileChanged(uri: string): void {
  const file = filePathOf(uri);
  if (!file) return;
  for (const configUri of includes.dependents(file)) {
    if (configUri === uri || !documents.get(configUri)) continue;
    analysed.delete(configUri);
    lastPublished.delete(configUri);
    scheduler.schedule(configUri);
  }
}

documents.onDidChangeContent(({ document }) => includedFileChanged(document.uri));
documents.onDidClose(({ document }) => {
  // Closed: an included file counts with its text on disk again; a config includes nothing any more.
  includedFileChanged(document.uri);
  if (includes.forget(document.uri)) includeWatcher?.update(includes.files());
});
connection.onDidChangeWatchedFiles(({ changes }) => {
  for (const change of changes) includedFileChanged(change.uri);
});

connection.onCodeAction((params) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return [];
  const { doc, diagnostics } = analyse(textDocument);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    actions.push(...service.codeActions(doc, diagnosticsTouching(diagnostics, params.range)));
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = service.fixAll(doc, diagnostics);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
});

// "OpenClaw: Upgrade config": every safe fix (migrations, Codex base URL) to a fixpoint, as edits of this version.
connection.onRequest("openclaw/upgradeConfig", (params: { textDocument: { uri: string } }) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return null;
  const { doc } = analyse(textDocument);
  const result = service.fixAllText(doc);
  return { version: doc.version, edits: diffEdits(doc, result.text), converged: result.converged };
});

connection.onHover((params) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return null;
  return service.hover(analyse(textDocument).doc, params.position);
});

connection.onCompletion((params) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return null;
  // Completion runs while typing: parse this version, but leave validation to the debounce.
  const cached = analysed.get(textDocument.uri);
  const doc =
    cached && cached.doc.version === textDocument.version
      ? cached.doc
      : ConfigDocument.create(textDocument.uri, textDocument.getText(), textDocument.version, textDocument.languageId);
  return service.complete(doc, params.position, completionOptions);
});

connection.onDocumentFormatting((params) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return [];
  return service.format(analyse(textDocument).doc, params.options);
});

connection.onDocumentRangeFormatting((params) => {
  const textDocument = documents.get(params.textDocument.uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return [];
  return service.formatRange(analyse(textDocument).doc, params.range, params.options);
});

/** The analysed document for a request, or undefined when it is not an OpenClaw config. */
function configDocument(uri: string): ConfigDocument | undefined {
  const textDocument = documents.get(uri);
  if (!textDocument || !isConfigDocument(textDocument.uri, textDocument.languageId)) return undefined;
  return analyse(textDocument).doc;
}

connection.onDocumentSymbol((params) => {
  const doc = configDocument(params.textDocument.uri);
  if (!doc) return [];
  const symbols = service.documentSymbols(doc);
  return hierarchicalSymbols ? symbols : flattenSymbols(symbols, doc.uri);
});

connection.onFoldingRanges((params) => {
  const doc = configDocument(params.textDocument.uri);
  return doc ? service.foldingRanges(doc, foldingRangeLimit) : [];
});

connection.onSelectionRanges((params) => {
  const doc = configDocument(params.textDocument.uri);
  return doc ? service.selectionRanges(doc, params.positions) : [];
});

connection.onDefinition((params) => {
  const doc = configDocument(params.textDocument.uri);
  if (!doc) return [];
  const links = service.definition(doc, params.position);
  return definitionLinkSupport ? links : links.map((link) => ({ uri: link.targetUri, range: link.targetSelectionRange }));
});

connection.onReferences((params) => {
  const doc = configDocument(params.textDocument.uri);
  return doc ? service.references(doc, params.position, params.context.includeDeclaration) : [];
});

connection.onDocumentLinks((params) => {
  const doc = configDocument(params.textDocument.uri);
  return doc ? service.documentLinks(doc) : [];
});

documents.listen(connection);
connection.listen();
