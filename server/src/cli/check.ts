/**
 * `openclaw-config check`: reads each target, runs the same engine as the language server on it,
 * optionally applies the safe fixes, and returns one report per file for the formatters.
 */
import fs from "node:fs";
import path from "node:path";
import { URI } from "vscode-uri";
import { ConfigDocument } from "../core/document";
import type { LanguageService } from "../core/languageService";
import { maskSecrets, scrubSecrets, secretSpans } from "../core/secrets";
import type { OpenClawDiagnostic } from "../core/types";
import { unifiedDiff } from "./diff";
import { fixDocument } from "./fix";
import { isFixable, messageText } from "./formatters/common";

export interface FileReport {
  /** The path as shown to the user (relative to the working directory when inside it). */
  displayPath: string;
  absolutePath: string;
  /** The checked text (after fixes, when --fix applied some). Undefined when the file could not be read. */
  doc?: ConfigDocument;
  /** Diagnostics of `doc`, with any secret value scrubbed from their messages. */
  diagnostics: OpenClawDiagnostic[];
  /** Set when the file could not be read: the run then exits 2. */
  ioError?: string;
  /** --fix: how many fixes were applied (or would be, with --dry-run). */
  fixesApplied?: number;
  /** --fix: why the file was left alone although it has fixable problems. */
  fixSkipped?: string;
  /** --fix --dry-run: the unified diff of the fixes, secret values masked. */
  diff?: string;
}

export interface CheckRun {
  fix: boolean;
  dryRun: boolean;
  cwd: string;
}

export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolutePath;
}

/** How a location's URI is shown: a file path like displayPath(), anything else as the URI itself. */
export function uriDisplayPath(uri: string, cwd: string): string {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === "file" ? displayPath(parsed.fsPath, cwd) : uri;
  } catch {
    return uri;
  }
}

/** A plain-words reason for a failed read (the Node error code alone means little to most people). */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "cannot read the file (permission denied)";
    case "EISDIR":
      return "is a directory";
    default:
      return `cannot read the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export function checkFile(service: LanguageService, absolutePath: string, run: CheckRun): FileReport {
  const report: FileReport = { displayPath: displayPath(absolutePath, run.cwd), absolutePath, diagnostics: [] };
  let text: string;
  let hadBom = false;
  try {
    const raw = fs.readFileSync(absolutePath, "utf8");
    hadBom = raw.charCodeAt(0) === 0xfeff;
    text = hadBom ? raw.slice(1) : raw;
  } catch (error) {
    report.ioError = describeIoError(error);
    return report;
  }
  const original = ConfigDocument.create(URI.file(absolutePath).toString(), text, 1);
  let doc = original;
  let diagnostics = service.validate(doc);
  if (run.fix) {
    if (doc.parse.errors.length > 0) {
      if (diagnostics.some(isFixable)) report.fixSkipped = "not fixed: the file has syntax errors";
    } else {
      const outcome = fixDocument(service, doc, diagnostics);
      doc = outcome.doc;
      diagnostics = outcome.diagnostics;
      report.fixesApplied = outcome.applied;
      if (outcome.applied > 0) {
        if (run.dryRun) {
          report.diff = unifiedDiff(
            report.displayPath.split(path.sep).join("/"),
            maskSecrets(original.text, secretSpans(original)),
            maskSecrets(doc.text, secretSpans(doc)),
          );
        } else {
          try {
            writeAtomically(absolutePath, (hadBom ? "\ufeff" : "") + doc.text);
          } catch (error) {
            report.ioError = `cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
            doc = original;
            diagnostics = service.validate(original);
            report.fixesApplied = 0;
          }
        }
      }
    }
  }
  const spans = secretSpans(doc);
  report.doc = doc;
  report.diagnostics = diagnostics
    .map((d) => ({
      ...d,
      message: scrubSecrets(messageText(d), spans),
      ...(d.relatedInformation
        ? { relatedInformation: d.relatedInformation.map((r) => ({ ...r, message: scrubSecrets(r.message, spans) })) }
        : {}),
    }))
    // In reading order, as a person goes through the file (rules report in their own order).
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return report;
}

/**
 * Replaces the file's content through a temporary file in the same folder and a rename, keeping its
 * mode and owner, so an interrupted write never leaves half a config behind (configs hold secrets:
 * the mode, often 600, matters).
 */
function writeAtomically(file: string, text: string): void {
  const real = fs.realpathSync(file);
  const stat = fs.statSync(real);
  fs.accessSync(real, fs.constants.W_OK); // a read-only config stays as it is, although the folder would allow a rename
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.openclaw-config-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, { mode: stat.mode & 0o7777, flag: "wx" });
    fs.chmodSync(temp, stat.mode & 0o7777); // the umask narrowed the mode given at creation
    try {
      fs.chownSync(temp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; a user fixing their own file keeps ownership anyway.
    }
    fs.renameSync(temp, real);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
