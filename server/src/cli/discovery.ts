/**
 * Which files `openclaw-config check` looks at: the active config when no target is given (found the
 * way OpenClaw 2026.9 finds it, src/config/paths.ts), and the config files inside a directory target.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const CONFIG_FILE_NAMES = ["openclaw.json", "clawdbot.json"] as const;
const STATE_DIR_NAMES = [".openclaw", ".clawdbot"] as const;

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed !== "undefined" && trimmed !== "null" ? trimmed : undefined;
}

/** OpenClaw's home: $OPENCLAW_HOME (a leading ~ is the OS home), else $HOME, $USERPROFILE, os.homedir(). */
export function openclawHome(env: Env): string {
  const osHome = nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE) ?? nonEmpty(os.homedir()) ?? process.cwd();
  const explicit = nonEmpty(env.OPENCLAW_HOME);
  if (!explicit) return path.resolve(osHome);
  return path.resolve(explicit.replace(/^~(?=$|[\\/])/, () => osHome));
}

/** A user-given path: a leading `~` is OpenClaw's home, anything else is relative to the working directory. */
export function resolveUserPath(input: string, env: Env): string {
  const trimmed = input.trim();
  if (trimmed.startsWith("~")) return path.resolve(trimmed.replace(/^~(?=$|[\\/])/, () => openclawHome(env)));
  return path.resolve(trimmed);
}

export interface ActiveConfig {
  /** The config OpenClaw would load. */
  path: string;
  /** Every place looked at, in order (for the "no config found" message). */
  candidates: string[];
  /** False when no candidate exists: `path` is then the canonical location OpenClaw would create. */
  exists: boolean;
}

/** The config OpenClaw would load, in OpenClaw's order of preference. */
export function findActiveConfig(env: Env = process.env): ActiveConfig {
  const explicit = nonEmpty(env.OPENCLAW_CONFIG_PATH);
  if (explicit) {
    const file = resolveUserPath(explicit, env);
    return { path: file, candidates: [file], exists: fs.existsSync(file) };
  }
  const home = openclawHome(env);
  const stateDir = nonEmpty(env.OPENCLAW_STATE_DIR);
  const dirs = [...(stateDir ? [resolveUserPath(stateDir, env)] : []), ...STATE_DIR_NAMES.map((name) => path.join(home, name))];
  const candidates = dirs.flatMap((dir) => CONFIG_FILE_NAMES.map((name) => path.join(dir, name)));
  const existing = candidates.find((candidate) => fs.existsSync(candidate));
  if (existing) return { path: existing, candidates, exists: true };
  return { path: path.join(dirs[0]!, CONFIG_FILE_NAMES[0]), candidates, exists: false };
}

/** A file the engine treats as an OpenClaw config (as the language server does: the name ends in one). */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILE_NAMES.some((configName) => name.endsWith(configName));
}

/** Folders never searched: dependencies and hidden folders (VCS data, caches), below the one given. */
const SKIPPED_DIRECTORIES = new Set(["node_modules"]);
const MAX_DEPTH = 8;

/**
 * The config files in a directory and its subdirectories (names ending in openclaw.json or
 * clawdbot.json, e.g. `prod.openclaw.json`), sorted, skipping node_modules and hidden folders.
 */
export function configsInDirectory(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return; // an unreadable subfolder is not the user's target: skip it
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full, depth + 1);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isConfigFileName(entry.name)) {
        found.push(full);
      }
    }
  };
  walk(dir, 0);
  return found.sort();
}
