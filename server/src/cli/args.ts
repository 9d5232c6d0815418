/** Command-line parsing for `openclaw-config`: pure, so every usage error is unit-testable. */

export type OutputFormat = "text" | "json" | "sarif";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json", "sarif"];

export interface CheckOptions {
  command: "check";
  /** Files or directories as given; empty means "the active config, found the way OpenClaw finds it". */
  targets: string[];
  format: OutputFormat;
  fix: boolean;
  dryRun: boolean;
  /** More warnings than this fails the run (exit 1), as ESLint's option; undefined = no limit. */
  maxWarnings: number | undefined;
  /** undefined = decide from the stream (TTY and no NO_COLOR). */
  color: boolean | undefined;
}

export type Command = CheckOptions | { command: "help" } | { command: "version" };

/** A mistake in the command line: reported on stderr with exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: openclaw-config check [FILE|DIR ...] [options]

Checks OpenClaw configs (openclaw.json, JSON5) with the same engine as the editor extension.
Without FILE or DIR it checks the active config, found as OpenClaw finds it:
$OPENCLAW_CONFIG_PATH, else openclaw.json or clawdbot.json in $OPENCLAW_STATE_DIR,
~/.openclaw or ~/.clawdbot. A DIR means the openclaw.json / clawdbot.json files in it.
Files named by $include are followed.

Options:
  --format text|json|sarif  Output format (default: text). sarif is SARIF 2.1.0 for code scanning.
  --fix                     Apply the safe fixes in place, keeping comments and formatting.
                            Files with syntax errors are never modified.
  --dry-run                 With --fix: print a unified diff of the fixes instead of writing
                            (text: before the report; json: a "diff" per file). Secret values are masked.
  --max-warnings N          Fail (exit 1) when there are more than N warnings.
  --color, --no-color       Force or disable colour (default: on a terminal, unless NO_COLOR is set).
  -h, --help                Show this help.
  -v, --version             Show the version and the bundled OpenClaw schema version.

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or I/O failure.
`;

export function parseArgs(argv: readonly string[]): Command {
  const options: CheckOptions = {
    command: "check",
    targets: [],
    format: "text",
    fix: false,
    dryRun: false,
    maxWarnings: undefined,
    color: undefined,
  };
  let command: string | undefined;
  let onlyTargets = false;
  let wantsHelp = false;
  let wantsVersion = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyTargets || !arg.startsWith("-") || arg === "-") {
      if (command === undefined && !onlyTargets) command = arg;
      else options.targets.push(arg);
      continue;
    }
    // `--name=value` and `--name value` are both accepted for options that take a value.
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${name} needs a value.`);
      i++;
      return next;
    };
    const flag = () => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value.`);
    };
    switch (name) {
      case "--":
        onlyTargets = true;
        if (command === undefined) command = argv[++i];
        break;
      case "-h":
      case "--help":
        flag();
        wantsHelp = true;
        break;
      case "-v":
      case "--version":
        flag();
        wantsVersion = true;
        break;
      case "-f":
      case "--format": {
        const format = value();
        if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
          throw new UsageError(`Unknown format "${format}": use one of ${OUTPUT_FORMATS.join(", ")}.`);
        }
        options.format = format as OutputFormat;
        break;
      }
      case "--fix":
        flag();
        options.fix = true;
        break;
      case "--dry-run":
        flag();
        options.dryRun = true;
        break;
      case "--max-warnings": {
        const raw = value();
        if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number, not "${raw}".`);
        options.maxWarnings = Number(raw);
        break;
      }
      case "--color":
        flag();
        options.color = true;
        break;
      case "--no-color":
        flag();
        options.color = false;
        break;
      default:
        throw new UsageError(`Unknown option ${name}.`);
    }
  }
  if (wantsHelp) return { command: "help" };
  if (wantsVersion) return { command: "version" };
  if (command === undefined) throw new UsageError("Missing command: use `openclaw-config check [FILE|DIR ...]`.");
  if (command !== "check") throw new UsageError(`Unknown command "${command}": the command is \`check\`.`);
  if (options.dryRun && !options.fix) throw new UsageError("--dry-run goes with --fix: `check --fix --dry-run` prints the diff.");
  if (options.dryRun && options.format === "sarif") {
    throw new UsageError("--dry-run prints a diff, which SARIF cannot carry: use --format text or json.");
  }
  return options;
}
