/**
 * The real file system for `$include` resolution (the core only sees the IncludeFileSystem interface).
 * Local files only: never network; reads are bounded by OpenClaw's 2 MB limit before any byte is read.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { IncludeFileSystem, IncludeOptions } from "./core/includes/fileSystem";

export const nodeIncludeFileSystem: IncludeFileSystem = {
  realpath(file) {
    try {
      return fs.realpathSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
      // Unresolvable for another reason (a loop, no permission): let the read report it.
      return file;
    }
  },
  readFile(file, maxBytes) {
    let fd: number | undefined;
    try {
      if (!fs.statSync(file).isFile()) return { ok: false, reason: "not-a-file" };
      // O_NONBLOCK: a FIFO swapped in after the stat must not hang the server.
      fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return { ok: false, reason: "not-a-file" };
      if (stat.size > maxBytes) return { ok: false, reason: "too-large" };
      return { ok: true, text: fs.readFileSync(fd, "utf8") };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "missing" };
      if (code === "EISDIR") return { ok: false, reason: "not-a-file" };
      return { ok: false, reason: "unreadable", detail: code ?? "read failed" };
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
};

/** OpenClaw's OPENCLAW_INCLUDE_ROOTS: path-delimited, `~` expanded, absolute entries only, deduplicated. */
export function includeRootsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = env.OPENCLAW_INCLUDE_ROOTS?.trim();
  if (!raw) return [];
  const roots = new Set<string>();
  for (const entry of raw.split(path.delimiter)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const expanded = trimmed === "~" ? os.homedir() : trimmed.startsWith("~/") ? path.join(os.homedir(), trimmed.slice(2)) : trimmed;
    const resolved = path.resolve(expanded);
    if (path.isAbsolute(resolved)) roots.add(resolved);
  }
  return [...roots];
}

export function nodeIncludeOptions(env: NodeJS.ProcessEnv = process.env): IncludeOptions {
  return { fs: nodeIncludeFileSystem, roots: includeRootsFromEnv(env) };
}
