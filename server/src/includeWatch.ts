/**
 * Which open config documents depend on which files through `$include` (found or not), so that a change
 * to an included file re-validates the configs that include it: an edit of an included file open in the
 * editor, or a change on disk (workspace/didChangeWatchedFiles, registered by the server itself when the
 * client supports dynamic registration, so no client needs configuring).
 */
import path from "node:path";
import { DidChangeWatchedFilesNotification, WatchKind, type Connection, type Disposable, type FileSystemWatcher } from "vscode-languageserver/node";
import { URI } from "vscode-uri";
import { documentFilePath } from "./core/include/resolve";

/** The file path of a URI, or undefined when it is not a file: URI. */
export const filePathOf = documentFilePath;

export class IncludeDependencies {
  private readonly byConfig = new Map<string, ReadonlySet<string>>();

  /** Records the files `configUri` depends on; true when the set of all watched files changed. */
  set(configUri: string, files: readonly string[]): boolean {
    const before = this.files();
    const normalized = new Set(files.map((file) => path.normalize(file)));
    if (normalized.size === 0) this.byConfig.delete(configUri);
    else this.byConfig.set(configUri, normalized);
    const after = this.files();
    return before.length !== after.length || before.some((file, i) => file !== after[i]);
  }

  forget(configUri: string): boolean {
    return this.set(configUri, []);
  }

  /** The config documents that include `file` (never the file itself). */
  dependents(file: string): string[] {
    const normalized = path.normalize(file);
    const out: string[] = [];
    for (const [uri, files] of this.byConfig) if (files.has(normalized)) out.push(uri);
    return out;
  }

  /** Every file some config depends on, sorted. */
  files(): string[] {
    const all = new Set<string>();
    for (const files of this.byConfig.values()) for (const file of files) all.add(file);
    return [...all].sort();
  }
}

/**
 * Keeps one dynamic registration of workspace/didChangeWatchedFiles covering the included files.
 * Clients with relative pattern support (VS Code) watch each file by its folder, also outside the
 * workspace (~/.openclaw); others get `**\/name` patterns, which cover the workspace folders.
 */
export class IncludeWatcher {
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly relativePatterns: boolean,
  ) {}

  update(files: readonly string[]): void {
    const previous = this.registration;
    this.registration = undefined;
    if (previous) void previous.then((disposable) => disposable.dispose(), () => undefined);
    if (files.length === 0) return;
    const watchers: FileSystemWatcher[] = files.map((file) => ({
      globPattern: this.relativePatterns
        ? { baseUri: URI.file(path.dirname(file)).toString(), pattern: path.basename(file) }
        : `**/${path.basename(file)}`,
      kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete,
    }));
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    // A client that refuses is no reason to fail: edits of open included files still re-validate.
    this.registration.catch(() => undefined);
  }
}
