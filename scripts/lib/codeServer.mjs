// Starts code-server (a real VS Code: workbench in the browser, Node extension host on the server) isolated
// from this machine's user: own config, user data, extensions, XDG and TMP dirs under one temp root,
// bound to 127.0.0.1 on a free port, in its own process group so stop() ends every child it spawned
// (extension host, our language server). Used by `npm start`, the VS Code suite and the workbench checks.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { ensureCodeServer, node24Binary, repoRoot } from "./toolchain.mjs";

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep a test or demo session quiet and deterministic (no tours, no update checks). */
export const QUIET_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "git.enabled": false,
};

/**
 * @param {object} options
 * @param {string} [options.vsix] install this packaged extension first (what a user does)
 * @param {object} [options.settings] user settings.json content (merged over QUIET_SETTINGS)
 * @param {boolean} [options.testDriver] pass `enable-smoke-test-driver` so the workbench runs extension tests
 * @param {string} [options.logFile] where code-server's output goes (default: inside the temp root)
 * @param {string} [options.host] "127.0.0.1" unless told otherwise
 * @param {number} [options.port] a fixed port (default: a free one)
 */
export async function startCodeServer({ vsix, settings = {}, testDriver = false, logFile, host = "127.0.0.1", port } = {}) {
  const codeServer = ensureCodeServer();
  const node = node24Binary();
  const entry = path.join(codeServer, "out", "node", "entry.js");
  const root = mkdtempSync(path.join(os.tmpdir(), "openclaw-code-server-"));
  const dirs = Object.fromEntries(
    ["user-data", "extensions", "xdg-config", "xdg-data", "xdg-cache", "tmp"].map((name) => [name, path.join(root, name)]),
  );
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(dirs["user-data"], "User"), { recursive: true });
  writeFileSync(path.join(dirs["user-data"], "User", "settings.json"), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  port ??= await freePort();
  const config = path.join(root, "config.yaml");
  writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs["xdg-config"],
    XDG_DATA_HOME: dirs["xdg-data"],
    XDG_CACHE_HOME: dirs["xdg-cache"],
    TMPDIR: dirs.tmp,
    // The extension host inherits this; keep npm's Node 20 settings out of it.
    npm_config_nodedir: undefined,
  };
  const common = ["--config", config, "--user-data-dir", dirs["user-data"], "--extensions-dir", dirs.extensions];

  if (vsix) {
    const installed = spawnSync(node, [entry, ...common, "--install-extension", vsix], { env, encoding: "utf8" });
    if (installed.status !== 0) {
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${installed.status}):\n${installed.stdout}\n${installed.stderr}`);
    }
  }

  const args = [
    entry,
    ...common,
    "--bind-addr", `${host}:${port}`,
    "--auth", "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
  ];
  if (testDriver) args.push("--vscode-option", "enable-smoke-test-driver");
  logFile ??= path.join(root, "code-server.log");
  const log = createWriteStream(logFile);
  // detached: its own process group, so stop() can end the extension host and our server with it.
  const child = spawn(node, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise((resolve) => child.on("exit", (code, signal) => resolve((exited = { code, signal }))));

  const origin = `http://${host}:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before listening; log: ${logFile}\n${readFileSync(logFile, "utf8")}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      await stopGroup(child, exit);
      throw new Error(`code-server did not listen on ${origin} within 60 s; log: ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    origin,
    port,
    host,
    pid: child.pid,
    root,
    logFile,
    exit,
    /** The workbench URL for a folder, optionally with a test payload. */
    url(folder, payload) {
      const params = new URLSearchParams({ folder });
      if (payload) params.set("payload", JSON.stringify(payload));
      return `${origin}/?${params}`;
    },
    /** The folder --install-extension unpacked an extension into (id = publisher.name). */
    installedExtensionPath(id) {
      const folder = readdirSync(dirs.extensions).find((name) => name.toLowerCase().startsWith(`${id.toLowerCase()}-`));
      if (!folder) throw new Error(`${id} is not installed in ${dirs.extensions}`);
      return path.join(dirs.extensions, folder);
    },
    /** A file path as the remote URI the workbench uses for it (authority = what the browser uses). */
    remoteUri(absolutePath) {
      return `vscode-remote://${host}:${port}${absolutePath}`;
    },
    async stop({ keep = false } = {}) {
      await stopGroup(child, exit);
      if (!keep) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** SIGTERM to the process group, SIGKILL after 5 s. */
async function stopGroup(child, exit) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child.pid, "SIGKILL"); // children may outlive the leader
    return;
  }
  killGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), 5000);
  await exit;
  clearTimeout(timer);
  killGroup(child.pid, "SIGKILL");
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export { repoRoot };
