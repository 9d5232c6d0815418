/**
 * `$include` in completion: the key itself (valid in any object, unknown to the schema) and the paths
 * of its value, listed from the directory the typed path points into, relative to the config file as
 * OpenClaw resolves them (docs/gateway/config-secrets-env.md, "Config includes").
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { URI } from "vscode-uri";
import type { JsonPath } from "../types";

export const INCLUDE_KEY = "$include";

export const INCLUDE_DOCUMENTATION = [
  "**Config include**",
  "Loads this object from other files, paths relative to this file (inside the config directory unless `OPENCLAW_INCLUDE_ROOTS` allows more).",
  '- one file (`"./agents.json5"`) replaces the containing object;\n- an array of files is deep-merged in order (later overrides earlier);\n- keys next to `$include` override the included values.',
  "Nested includes go up to 10 levels; each file is capped at 2 MB.",
  "[Documentation](https://docs.openclaw.ai/gateway/config-secrets-env)",
].join("\n\n");

/** One entry of a directory, as the host lists it. */
export interface DirectoryEntry {
  name: string;
  directory: boolean;
}

/** Lists a directory (an absolute file-system path); undefined when it cannot be read. */
export type ReadDirectory = (absolutePath: string) => DirectoryEntry[] | undefined;

/** At most this many entries of one directory are listed (a home directory can hold thousands). */
const MAX_ENTRIES = 2000;

/** Lists a directory from the disk (the language server's ReadDirectory). */
export const readDirectoryFromDisk: ReadDirectory = (absolutePath) => {
  try {
    return readdirSync(absolutePath, { withFileTypes: true })
      .slice(0, MAX_ENTRIES)
      .map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
  } catch {
    return undefined;
  }
};

/** Whether the value at `path` is an `$include` path (the string, or an item of the list). */
export function isIncludePath(path: JsonPath): boolean {
  const last = path[path.length - 1];
  return last === INCLUDE_KEY || (typeof last === "number" && path[path.length - 2] === INCLUDE_KEY);
}

const INCLUDABLE = /\.(json5?|jsonc)$/i;

export interface IncludeCandidate {
  /** The whole path to write (`./agents/` + name). */
  value: string;
  label: string;
  directory: boolean;
}

/** Whether `target` is `root` or inside it (lexically: OpenClaw checks the canonical path on top). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * The files and folders `typed` (the path written so far) can continue with. Only JSON/JSON5 files
 * and folders are offered; hidden entries and the config file itself are left out. OpenClaw reads
 * includes only inside the config's folder or `includeRoots` (OPENCLAW_INCLUDE_ROOTS) and expands
 * neither `~` nor `${VAR}` in the path, so nothing is offered for those, files outside the roots are
 * not offered, and a folder outside them only when a root lies below it (the way to reach that root).
 */
export function includeCandidates(documentUri: string, typed: string, readDirectory: ReadDirectory, includeRoots: readonly string[] = []): IncludeCandidate[] {
  const uri = URI.parse(documentUri);
  if (uri.scheme !== "file" || typed.includes("${") || typed.startsWith("~")) return [];
  const slash = typed.lastIndexOf("/");
  const folder = slash >= 0 ? typed.slice(0, slash + 1) : "./";
  const written = slash >= 0 ? folder : "./";
  const configDir = path.dirname(uri.fsPath);
  const base = path.isAbsolute(folder) ? folder : path.resolve(configDir, folder);
  const roots = [configDir, ...includeRoots].map((root) => path.resolve(root));
  const self = path.basename(uri.fsPath);
  const entries = readDirectory(base) ?? [];
  const out: IncludeCandidate[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(base, entry.name);
    const allowed = roots.some((root) => isInside(root, full));
    if (entry.directory) {
      if (allowed || roots.some((root) => isInside(full, root))) out.push({ value: `${written}${entry.name}/`, label: `${entry.name}/`, directory: true });
    } else if (allowed && INCLUDABLE.test(entry.name) && !(path.resolve(base) === configDir && entry.name === self)) {
      out.push({ value: `${written}${entry.name}`, label: entry.name, directory: false });
    }
  }
  return out.sort((a, b) => Number(b.directory) - Number(a.directory) || a.label.localeCompare(b.label));
}
