/** Runs the real `openclaw-config` bin (bin/ -> dist/cli.js) in a child process, as a shell or CI would. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../../..");
export const CLI_BIN = path.join(REPO_ROOT, "bin", "openclaw-config.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a run: a private HOME (so a developer's real ~/.openclaw is never read) and none
 * of the variables that steer config discovery or colour, unless the test sets them.
 */
export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  for (const name of ["OPENCLAW_CONFIG_PATH", "OPENCLAW_STATE_DIR", "OPENCLAW_HOME", "OPENCLAW_PROFILE", "NO_COLOR", "FORCE_COLOR"]) delete env[name];
  return { ...env, ...extra };
}

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; home?: string }): CliResult {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd,
    env: cleanEnv(options.home ?? options.cwd, options.env),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp folder with the given files (paths relative to it); removed by `cleanup()`. */
export function tempTree(files: Record<string, string>): { dir: string; file(name: string): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "openclaw-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A JSON5 config with comments, unquoted keys, single quotes and the legacy Codex URL. */
export const LEGACY_CONFIG = `// Personal gateway config
{
  /* providers */
  models: {
    providers: {
      'my-codex': {
        baseUrl: 'https://chatgpt.com/backend-api', // legacy form, no /codex
        api: 'openai-chatgpt-responses',
        models: [{ id: 'gpt-5.4', name: 'GPT-5.4' }],
      },
    },
  },
}
`;

export const CLEAN_CONFIG = `{
  // nothing to report
  models: { providers: { 'my-codex': { baseUrl: 'https://chatgpt.com/backend-api/codex', models: [] } } },
}
`;

export const SYNTAX_ERROR_CONFIG = `{
  models: {
    providers: {
      'my-codex': { baseUrl: 'https://chatgpt.com/backend-api' models: [] },
    },
  },
}
`;
