/**
 * What the include resolver needs from the outside world, injected so the core stays pure: the language
 * server and the CLI pass the real file system (server/src/nodeIncludeFileSystem.ts), tests pass real temp
 * dirs through the same implementation. Only files: never the network.
 */
import path from "node:path";

/** OpenClaw's limits (src/config/includes.ts in openclaw 2026.9.6). */
export const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_INCLUDE_DEPTH = 10;
/** `$include` strings and resolved paths this long or longer are refused (OpenClaw's CWE-22 hardening). */
export const MAX_INCLUDE_PATH_LENGTH = 4096;

export type IncludeReadResult =
  | { ok: true; text: string }
  | {
      ok: false;
      /**
       * missing: nothing there (ENOENT, ENOTDIR); too-large: over `maxBytes`; not-a-file: a directory,
       * device or FIFO; hardlinked: a regular file with more than one link (OpenClaw refuses those);
       * unreadable: anything else (permissions...), with the error code in `detail`.
       */
      reason: "missing" | "too-large" | "not-a-file" | "hardlinked" | "unreadable";
      detail?: string;
      /** too-large: the size found. */
      size?: number;
    };

export interface IncludeFileSystem {
  /** The canonical path (symlinks resolved) of an existing path; undefined when nothing exists there. */
  realpath(path: string): string | undefined;
  /** The file's UTF-8 text, refusing what OpenClaw refuses: over `maxBytes`, not a regular file, hard-linked. */
  readFile(path: string, maxBytes: number): IncludeReadResult;
}

export interface IncludeOptions {
  fs: IncludeFileSystem;
  /** Extra absolute directories includes may read from (OpenClaw's OPENCLAW_INCLUDE_ROOTS, see includeRootsFromEnv). */
  roots?: readonly string[];
}

/**
 * OpenClaw's `resolveIncludeRoots` (src/config/paths.ts): OPENCLAW_INCLUDE_ROOTS is a platform-delimited
 * list (`:` on POSIX, `;` on Windows); each entry is trimmed, `~`-expanded and resolved against the
 * current directory; empty and repeated entries are dropped.
 */
export function includeRootsFromEnv(env: Readonly<Record<string, string | undefined>>, homeDir: string | undefined): string[] {
  const raw = env.OPENCLAW_INCLUDE_ROOTS?.trim();
  if (!raw) return [];
  const roots: string[] = [];
  for (const entry of raw.split(path.delimiter)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    let expanded = trimmed;
    if (trimmed === "~" || trimmed.startsWith("~/") || trimmed.startsWith(`~${path.sep}`)) {
      if (!homeDir) continue;
      expanded = path.join(homeDir, trimmed.slice(1));
    }
    const resolved = path.resolve(expanded);
    if (path.isAbsolute(resolved) && !roots.includes(resolved)) roots.push(resolved);
  }
  return roots;
}
