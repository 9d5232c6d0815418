import type { Event, LogLevel, LogOutputChannel, ViewColumn } from "vscode";
import { redactTrace } from "./traceRedaction";

/**
 * The channel vscode-languageclient writes its message trace to: the "OpenClaw" log channel itself,
 * with document and edit text redacted from every trace line (see traceRedaction.ts). Only trace
 * lines carry message payloads; other levels pass through untouched.
 */
export class RedactingTraceChannel implements LogOutputChannel {
  constructor(private readonly target: LogOutputChannel) {}

  get name(): string {
    return this.target.name;
  }
  get logLevel(): LogLevel {
    return this.target.logLevel;
  }
  get onDidChangeLogLevel(): Event<LogLevel> {
    return this.target.onDidChangeLogLevel;
  }

  trace(message: string, ...args: unknown[]): void {
    this.target.trace(redactTrace(message), ...args.map((arg) => (typeof arg === "string" ? redactTrace(arg) : "<redacted>")));
  }
  debug(message: string, ...args: unknown[]): void {
    this.target.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.target.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.target.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.target.error(error, ...args);
  }
  append(value: string): void {
    this.target.append(redactTrace(value));
  }
  appendLine(value: string): void {
    this.target.appendLine(redactTrace(value));
  }
  replace(value: string): void {
    this.target.replace(redactTrace(value));
  }
  clear(): void {
    this.target.clear();
  }
  show(columnOrPreserveFocus?: ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === "boolean") this.target.show(columnOrPreserveFocus);
    else this.target.show(columnOrPreserveFocus, preserveFocus);
  }
  hide(): void {
    this.target.hide();
  }
  dispose(): void {
    // The target is owned (and disposed) by the extension, not by the language client.
  }
}
