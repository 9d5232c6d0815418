/**
 * `--format sarif`: a SARIF 2.1.0 log for code scanning (GitHub's upload-sarif and others). Rules
 * carry their summary as help text and their documentation page as helpUri; regions are 1-based,
 * columns in UTF-16 code units (SARIF's default columnKind), end column exclusive.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { DiagnosticSeverity, Range } from "vscode-languageserver-types";
import { URI } from "vscode-uri";
import type { OpenClawDiagnostic } from "../../core/types";
import type { CheckRun, FileReport } from "../check";
import { severityName } from "./common";
import { allRuleCodes, ruleHelp } from "./ruleHelp";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/openclaw-config/openclaw-config";

type Level = "error" | "warning" | "note";

function levelOf(severity: DiagnosticSeverity | undefined): Level {
  const name = severityName(severity);
  return name === "error" || name === "warning" ? name : "note";
}

function level(diagnostic: OpenClawDiagnostic): Level {
  return levelOf(diagnostic.severity);
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** Rule metadata for a code: its summary, docs page and default level from the rule registry. */
function ruleDescriptor(code: string, sample?: OpenClawDiagnostic) {
  const help = ruleHelp(code);
  const severity = help.rule?.severity ?? sample?.severity;
  return {
    id: code,
    name: code.replace(/(^|-)([a-z0-9])/g, (_m, _dash, ch: string) => ch.toUpperCase()),
    shortDescription: { text: help.summary },
    fullDescription: { text: help.summary },
    help: { text: `${help.summary}\nDocumentation: ${help.helpUri}`, markdown: help.markdown },
    helpUri: help.helpUri,
    defaultConfiguration: { level: severity === undefined ? "warning" : levelOf(severity) },
  };
}

function encodeRelative(relative: string): string {
  return relative.split(path.sep).map(encodeURIComponent).join("/");
}

export function formatSarif(reports: readonly FileReport[], run: CheckRun, version: string): string {
  const cwdUri = pathToFileURL(run.cwd.endsWith(path.sep) ? run.cwd : run.cwd + path.sep).href;
  const fileLocation = (absolutePath: string): { uri: string; uriBaseId?: string } => {
    const relative = path.relative(run.cwd, absolutePath);
    const inside = relative && !relative.startsWith("..") && !path.isAbsolute(relative);
    return inside ? { uri: encodeRelative(relative), uriBaseId: "%SRCROOT%" } : { uri: pathToFileURL(absolutePath).href };
  };
  const artifactLocation = (report: FileReport) => fileLocation(report.absolutePath);
  const ruleIndex = new Map<string, number>();
  const rules: ReturnType<typeof ruleDescriptor>[] = [];
  const addRule = (code: string, sample?: OpenClawDiagnostic) => {
    ruleIndex.set(code, rules.length);
    rules.push(ruleDescriptor(code, sample));
    return rules.length - 1;
  };
  // Every code of the registered rules is described, fired or not, so a viewer can show what was checked.
  for (const code of allRuleCodes()) addRule(code);
  const byUri = new Map<string, ReturnType<typeof artifactLocation> & { index: number }>();
  reports.forEach((report, index) => {
    if (report.doc) byUri.set(report.doc.uri, { ...artifactLocation(report), index });
  });
  // A related place in another file (an $include'd one): relative to the root like the checked files.
  const locationOf = (uri: string) => {
    const known = byUri.get(uri);
    if (known) return known;
    try {
      const parsed = URI.parse(uri);
      return parsed.scheme === "file" ? fileLocation(parsed.fsPath) : { uri };
    } catch {
      return { uri };
    }
  };
  const results: unknown[] = [];
  const artifacts: unknown[] = [];
  const notifications: unknown[] = [];
  reports.forEach((report, artifactIndex) => {
    const location = { ...artifactLocation(report), index: artifactIndex };
    artifacts.push({ location: artifactLocation(report) });
    if (report.ioError) {
      notifications.push({
        level: "error",
        message: { text: `${report.displayPath}: ${report.ioError}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
    for (const diagnostic of report.diagnostics) {
      const index = ruleIndex.get(diagnostic.code) ?? addRule(diagnostic.code, diagnostic);
      results.push({
        ruleId: diagnostic.code,
        ruleIndex: index,
        level: level(diagnostic),
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: { artifactLocation: location, region: region(diagnostic.range) },
            ...(diagnostic.data.path !== "<root>" ? { logicalLocations: [{ fullyQualifiedName: diagnostic.data.path, kind: "member" }] } : {}),
          },
        ],
        ...(diagnostic.relatedInformation?.length
          ? {
              relatedLocations: diagnostic.relatedInformation.map((related, id) => ({
                id,
                message: { text: related.message },
                physicalLocation: { artifactLocation: locationOf(related.location.uri), region: region(related.location.range) },
              })),
            }
          : {}),
      });
    }
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "openclaw-config",
            semanticVersion: version,
            version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: cwdUri } },
        artifacts,
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
