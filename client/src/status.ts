/**
 * The OpenClaw language status items (the `{}` next to the language name in the status bar): the
 * active file's OpenClaw problem count, opening the Problems view, and the OpenClaw version of the
 * bundled schema, opening OpenClaw's configuration docs. The server's own state and the log link are
 * the client's server item (extension.ts).
 */
import { readFileSync } from "node:fs";
import {
  type DocumentSelector,
  type ExtensionContext,
  LanguageStatusSeverity,
  Uri,
  languages,
  window,
} from "vscode";
import { schemaLabel, summarizeProblems } from "./statusSummary";

export const CONFIG_DOCS_URL = "https://docs.openclaw.ai/gateway/configuration";

const SELECTOR: DocumentSelector = [
  { language: "openclaw-json" },
  { scheme: "file", pattern: "**/openclaw.json" },
  { scheme: "file", pattern: "**/clawdbot.json" },
];

const SEVERITY = [LanguageStatusSeverity.Information, LanguageStatusSeverity.Warning, LanguageStatusSeverity.Error] as const;

export function registerStatus(context: ExtensionContext): void {
  const problems = languages.createLanguageStatusItem("openclaw.problems", SELECTOR);
  problems.name = "OpenClaw Problems";
  problems.command = { title: "Show Problems", command: "workbench.actions.view.problems" };

  const schema = languages.createLanguageStatusItem("openclaw.schema", SELECTOR);
  schema.name = "OpenClaw Schema";
  let meta: string | undefined;
  try {
    meta = readFileSync(context.asAbsolutePath("schemas/openclaw-schema.meta.json"), "utf8");
  } catch {
    meta = undefined;
  }
  schema.text = schemaLabel(meta) ?? "OpenClaw schema";
  schema.detail = "bundled schema";
  schema.command = { title: "Open Docs", command: "vscode.open", arguments: [Uri.parse(CONFIG_DOCS_URL)] };

  const refresh = () => {
    const document = window.activeTextEditor?.document;
    if (!document) return;
    const summary = summarizeProblems(
      languages.getDiagnostics(document.uri).map((d) => ({ severity: d.severity, source: d.source })),
    );
    problems.text = summary.text;
    problems.detail = summary.detail;
    problems.severity = SEVERITY[summary.severity];
  };
  refresh();
  context.subscriptions.push(
    problems,
    schema,
    window.onDidChangeActiveTextEditor(refresh),
    languages.onDidChangeDiagnostics((event) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) refresh();
    }),
  );
}
