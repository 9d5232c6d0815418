/**
 * The real file system for `$include` resolution (the core only sees the IncludeFileSystem interface),
 * used by the language server and the CLI. Local files only, never the network, read with the guards of
 * OpenClaw's own reader: regular files only (no directories, devices or FIFOs), no hard links, at most
 * 2 MB, checked on the opened descriptor and never reading more than the limit.
 */
import fs from "node:fs";
import os from "node:os";
import { includeRootsFromEnv as rootsFromEnv, type IncludeFileSystem, type IncludeOptions, type IncludeReadResult } from "./core/include/fileSystem";

const MISSING = new Set(["ENOENT", "ENOTDIR"]);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Text of a file open in the editor, by absolute path (undefined: read the disk). */
export type OpenText = (file: string) => string | undefined;

function readGuarded(file: string, maxBytes: number, openText: OpenText | undefined): IncludeReadResult {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (and hang the server).
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "not-a-file" };
    if (stat.nlink > 1) return { ok: false, reason: "hardlinked" };
    if (stat.size > maxBytes) return { ok: false, reason: "too-large", size: stat.size };
    const open = openText?.(file);
    if (open !== undefined) {
      const size = Buffer.byteLength(open, "utf8");
      return size > maxBytes ? { ok: false, reason: "too-large", size } : { ok: true, text: open };
    }
    // To the end, but never more than maxBytes + 1: a file that grew after fstat is refused, not read whole.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - length));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) return { ok: false, reason: "too-large", size: length };
    }
    return { ok: true, text: Buffer.concat(chunks, length).toString("utf8") };
  } catch (error) {
    const code = errorCode(error);
    if (code !== undefined && MISSING.has(code)) return { ok: false, reason: "missing" };
    if (code === "EISDIR") return { ok: false, reason: "not-a-file" };
    return { ok: false, reason: "unreadable", detail: code ?? "read failed" };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The file system; `openText` lets unsaved editor buffers of included files count, as the edited file's does. */
export function nodeIncludeFileSystemWith(openText?: OpenText): IncludeFileSystem {
  return {
    realpath(file) {
      try {
        return fs.realpathSync(file);
      } catch (error) {
        const code = errorCode(error);
        if (code !== undefined && MISSING.has(code)) return undefined;
        // Unresolvable for another reason (a loop, no permission): let the read report it.
        return file;
      }
    },
    readFile: (file, maxBytes) => readGuarded(file, maxBytes, openText),
  };
}

export const nodeIncludeFileSystem: IncludeFileSystem = nodeIncludeFileSystemWith();

/** OpenClaw's OPENCLAW_INCLUDE_ROOTS from an environment (default: this process's), `~` being the home directory. */
export function includeRootsFromEnv(env: Environment = process.env): string[] {
  return rootsFromEnv(env, env.HOME ?? env.USERPROFILE ?? os.homedir());
}

/**
 * What the language service needs to follow `$include`s on this machine:
 * `createLanguageService({ includes: nodeIncludeOptions() })` (the server, the CLI).
 */
export function nodeIncludeOptions(env: Environment = process.env, openText?: OpenText): IncludeOptions {
  return { fs: openText ? nodeIncludeFileSystemWith(openText) : nodeIncludeFileSystem, roots: includeRootsFromEnv(env) };
}
