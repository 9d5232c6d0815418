/**
 * A minimal LSP client for protocol tests: starts the built server (dist/server.js) over stdio or
 * node-ipc, as other editors and VS Code do, and waits for events instead of sleeping.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from "vscode-languageserver-protocol/node";

export const SERVER_PATH = path.resolve(__dirname, "../../../dist/server.js");

export type Transport = "stdio" | "ipc";

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  private waiters: {
    test: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
    reject: (e: Error) => void;
  }[] = [];
  /** Set when the server process ended before `stop()`: every wait fails with it instead of hanging. */
  private died: Error | undefined;
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];
  /** What the server wrote to its log channel (window/logMessage). */
  readonly logs: string[] = [];
  initializeResult!: InitializeResult;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
  ) {
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true;
        waiter.resolve(params);
        return false;
      });
    });
    connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onNotification("window/logMessage", (params: { message: string }) => {
      this.logs.push(params.message);
    });
  }

  static async start(
    transport: Transport,
    initializationOptions: Record<string, unknown> = { diagnosticsDebounceMs: 0 },
    capabilities: Record<string, unknown> = {},
    /** serverPath: another entry point than dist/server.js (e.g. the installed package's bin). */
    process_: { execArgv?: string[]; env?: NodeJS.ProcessEnv; serverPath?: string } = {},
  ): Promise<LspClient> {
    let child: ChildProcess;
    let connection: ProtocolConnection;
    const execArgv = process_.execArgv ?? [];
    const env = process_.env ?? process.env;
    const serverPath = process_.serverPath ?? SERVER_PATH;
    if (transport === "stdio") {
      child = spawn(process.execPath, [...execArgv, serverPath, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      child = fork(serverPath, ["--node-ipc"], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv, env });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    }
    const client = new LspClient(connection, child);
    child.stderr?.on("data", (chunk: Buffer) => client.stderr.push(chunk.toString()));
    child.once("exit", (code, signal) => {
      client.died = new Error(`the server exited (${code ?? signal}): ${client.stderr.join("")}`);
      for (const waiter of client.waiters) waiter.reject(client.died);
      client.waiters = [];
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } }, isPreferredSupport: true },
          hover: { contentFormat: ["markdown", "plaintext"] },
        },
        workspace: { configuration: true },
        ...capabilities,
      },
      initializationOptions,
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  /** Resolves with the first diagnostics published (from now on or already) that pass `test`. */
  waitForDiagnostics(test: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    if (this.died) return Promise.reject(this.died);
    return new Promise((resolve, reject) => this.waiters.push({ test, resolve, reject }));
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics((p) => p.uri === uri && p.version === version);
  }

  async open(uri: string, text: string, languageId = "json5"): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Replaces the whole text (a full-document change) and returns the new version. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down as an editor does and waits for the process to exit. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once("exit", (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP TextEdits (line/character positions) to a text. */
export function applyTextEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min((lineStarts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}
