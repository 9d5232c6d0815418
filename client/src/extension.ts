/**
 * The VS Code client: starts the bundled language server (dist/server.js) over Node IPC for
 * openclaw.json / clawdbot.json and everything mapped to the `openclaw-json` language, and gives the
 * user a log, a trace with secrets redacted, a restart command and a clear way out when the server
 * keeps crashing. All analysis lives in the server, so Neovim, Helix or Zed get the same results.
 */
import * as path from "node:path";
import {
  type ExtensionContext,
  type LanguageStatusItem,
  type LogOutputChannel,
  LanguageStatusSeverity,
  commands,
  languages,
  window,
  workspace,
} from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { CrashPolicy } from "./crashPolicy";
import { RedactingTraceChannel } from "./redactingChannel";
import { RESTART_SETTINGS, initializationOptions } from "./settings";
import { registerStatus } from "./status";
import { registerUpgradeCommand } from "./upgradeCommand";

export const LANGUAGE_ID = "openclaw-json";

/** Our language, plus the config files by name whatever language a user mapped them to. */
export const DOCUMENT_SELECTOR: Array<{ language: string; scheme?: string } | { scheme: string; pattern: string }> = [
  { language: LANGUAGE_ID },
  { scheme: "file", pattern: "**/openclaw.json" },
  { scheme: "file", pattern: "**/clawdbot.json" },
  { scheme: "untitled", language: LANGUAGE_ID },
];

/** What activate() returns: lets integration tests reach the running client. */
export interface OpenClawExtensionApi {
  readonly client: () => LanguageClient | undefined;
}

let client: LanguageClient | undefined;
let output: LogOutputChannel | undefined;
const crashes = new CrashPolicy();

export async function activate(context: ExtensionContext): Promise<OpenClawExtensionApi> {
  output = window.createOutputChannel("OpenClaw", { log: true });
  context.subscriptions.push(output);
  const status = createStatusItem();
  context.subscriptions.push(status);
  registerStatus(context);
  context.subscriptions.push(registerUpgradeCommand(() => client));

  context.subscriptions.push(
    commands.registerCommand("openclaw.restartServer", () => restart(context, status)),
    commands.registerCommand("openclaw.showOutput", () => output?.show(true)),
    workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((setting) => event.affectsConfiguration(setting))) void restart(context, status);
    }),
  );

  await start(context, status);
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.dispose();
}

function createStatusItem(): LanguageStatusItem {
  const status = languages.createLanguageStatusItem("openclaw.server", DOCUMENT_SELECTOR);
  status.name = "OpenClaw Language Server";
  status.text = "OpenClaw";
  status.detail = "starting";
  status.command = { title: "Show Log", command: "openclaw.showOutput" };
  return status;
}

async function start(context: ExtensionContext, status: LanguageStatusItem): Promise<void> {
  const log = output!;
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: log,
    traceOutputChannel: new RedactingTraceChannel(log),
    initializationOptions: initializationOptions(),
    errorHandler: {
      // Write errors (EPIPE) are what a dying server looks like from here, several per crash (and
      // vscode-jsonrpc counts each twice). Shutting down on them, as the default handler does after the
      // second, would stop the client for good before closed() could restart it: log, and let closed()
      // decide once the process is gone.
      error: (error) => ({
        action: ErrorAction.Continue,
        message: `Lost a message to the language server: ${error.message}`,
        handled: true,
      }),
      closed: () => {
        if (crashes.shouldRestart()) {
          log.warn(`The language server stopped unexpectedly; restarting it (${crashes.recentCrashes} of ${crashes.maxRestarts}).`);
          return { action: CloseAction.Restart, handled: true };
        }
        void offerRestart(context, status);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };

  // "openclaw" is the client id: vscode-languageclient reads `openclaw.trace.server` from it.
  const created = new LanguageClient("openclaw", "OpenClaw Language Server", serverOptions, clientOptions);
  client = created;
  created.onDidChangeState(({ newState }) => {
    status.busy = newState === State.Starting;
    status.severity = newState === State.Stopped ? LanguageStatusSeverity.Error : LanguageStatusSeverity.Information;
    status.detail = newState === State.Running ? "running" : newState === State.Starting ? "starting" : "stopped";
  });
  try {
    await created.start();
    log.info(`Language server started (${serverModule}).`);
  } catch (error) {
    log.error(`The language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    void offerRestart(context, status);
  }
}

async function restart(context: ExtensionContext, status: LanguageStatusItem): Promise<void> {
  crashes.reset();
  const previous = client;
  client = undefined;
  if (previous) {
    output?.info("Restarting the language server.");
    try {
      await previous.dispose();
    } catch (error) {
      output?.warn(`Stopping the old server failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await start(context, status);
}

async function offerRestart(context: ExtensionContext, status: LanguageStatusItem): Promise<void> {
  const message =
    `The OpenClaw language server stopped ${crashes.recentCrashes} times in a few minutes and will not be restarted automatically. ` +
    "openclaw.json is no longer checked. See the log for the cause.";
  const choice = await window.showErrorMessage(message, "Restart", "Show Log");
  if (choice === "Restart") await restart(context, status);
  else if (choice === "Show Log") output?.show(true);
}
