/**
 * What the include resolver needs from the outside world, injected so the core stays pure: the language
 * server and the CLI pass the real file system (server/src/nodeIncludeFileSystem.ts), tests pass real temp
 * dirs through the same implementation. Never network.
 */

/** OpenClaw's limits (src/config/includes.ts). */
export const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_INCLUDE_DEPTH = 10;
export const MAX_INCLUDE_PATH_LENGTH = 4096;

export type IncludeReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: "missing" | "too-large" | "not-a-file" | "unreadable"; detail?: string };

export interface IncludeFileSystem {
  /** The canonical path (symlinks resolved) of an existing path; undefined when nothing exists there. */
  realpath(path: string): string | undefined;
  /** The file's UTF-8 text, refusing files over `maxBytes` and anything that is not a regular file. */
  readFile(path: string, maxBytes: number): IncludeReadResult;
}

export interface IncludeOptions {
  fs: IncludeFileSystem;
  /** Extra absolute directories includes may read from (OpenClaw's OPENCLAW_INCLUDE_ROOTS). */
  roots?: readonly string[];
}
