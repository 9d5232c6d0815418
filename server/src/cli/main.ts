/**
 * `openclaw-config`: the command-line face of the engine the language server uses.
 * `main()` takes its streams and environment as arguments so the tests can run it in-process too.
 */
import fs from "node:fs";
import path from "node:path";
import { createLanguageService } from "../core/languageService";
import { nodeIncludeOptions } from "../nodeIncludeFileSystem";
import { parseArgs, USAGE, UsageError, type CheckOptions } from "./args";
import { checkFile, displayPath, type CheckRun, type FileReport } from "./check";
import { configsInDirectory, findActiveConfig } from "./discovery";
import { colorEnabled, makeColors } from "./formatters/colors";
import { totals } from "./formatters/common";
import { formatJson } from "./formatters/json";
import { formatSarif } from "./formatters/sarif";
import { formatText } from "./formatters/text";
import { packageVersion, versionText } from "./version";

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

/** The files to check, or a message explaining why there is none (exit 2). */
function resolveTargets(options: CheckOptions, io: CliIo, fail: (message: string) => void): string[] {
  if (options.targets.length === 0) {
    const active = findActiveConfig(io.env);
    if (!active.exists) {
      fail(
        `no OpenClaw config found; looked at:\n${active.candidates.map((c) => `  ${c}`).join("\n")}\n` +
          "Pass a FILE or DIR, or set OPENCLAW_CONFIG_PATH.",
      );
      return [];
    }
    return [active.path];
  }
  const files: string[] = [];
  for (const target of options.targets) {
    const absolute = path.resolve(io.cwd, target);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      // Missing files still get a report (so json and sarif list them); directories must exist.
      files.push(absolute);
      continue;
    }
    if (stat.isDirectory()) {
      const found = configsInDirectory(absolute);
      if (found.length === 0) fail(`${target}: no OpenClaw config (a file named openclaw.json or clawdbot.json) in this directory`);
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

export function main(argv: readonly string[], io: CliIo): number {
  const say = (text: string) => io.stderr.write(`openclaw-config: ${text}\n`);
  let options: CheckOptions;
  try {
    const command = parseArgs(argv);
    if (command.command === "help") {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (command.command === "version") {
      io.stdout.write(versionText());
      return EXIT_OK;
    }
    options = command;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(error.message);
    io.stderr.write("Run `openclaw-config --help` for usage.\n");
    return EXIT_FAILURE;
  }

  let failed = false;
  const fail = (message: string) => {
    failed = true;
    say(message);
  };
  const files = resolveTargets(options, io, fail);
  if (files.length === 0) return EXIT_FAILURE;

  const run: CheckRun = { fix: options.fix, dryRun: options.dryRun, cwd: io.cwd };
  // `$include`s are followed on the local file system, confined by OPENCLAW_INCLUDE_ROOTS from this environment.
  const service = createLanguageService({ includes: nodeIncludeOptions(io.env) });
  const reports: FileReport[] = files.map((file) => checkFile(service, file, run));
  for (const report of reports) {
    if (report.ioError) fail(`${displayPath(report.absolutePath, io.cwd)}: ${report.ioError}`);
  }

  switch (options.format) {
    case "json":
      io.stdout.write(formatJson(reports, run));
      break;
    case "sarif":
      io.stdout.write(formatSarif(reports, run, packageVersion()));
      break;
    default:
      io.stdout.write(formatText(reports, run, makeColors(colorEnabled(options.color, io.stdout, io.env))));
  }

  const t = totals(reports);
  if (failed) return EXIT_FAILURE;
  if (t.errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    say(`too many warnings: ${t.warnings}, at most ${options.maxWarnings} allowed by --max-warnings.`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Runs the command line of this process and sets its exit code (the bin shim and `node dist/cli.js` call it). */
export function runCli(): void {
  // A reader that went away (`| head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  } catch (error) {
    // A crash is a bug: say so plainly (the stack goes to stderr, never any file content).
    process.stderr.write(`openclaw-config: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}

if (require.main === module) runCli();
