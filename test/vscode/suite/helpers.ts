import * as assert from "node:assert/strict";
import * as vscode from "vscode";

export const EXTENSION_ID = "openclaw-config.openclaw-config";
export const LANGUAGE_ID = "openclaw-json";
export const SOURCE = "openclaw";

export interface ExtensionApi {
  client(): { state: number; serverProcess?: { pid?: number }; onDidChangeState: vscode.Event<{ newState: number }> } | undefined;
}

/** The activated extension's API (activating it if nothing opened an openclaw.json yet). */
export async function extensionApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the suite needs the fixture workspace open");
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function open(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(uri);
  // A fixture left edited by an earlier test would make this one test something else: fail plainly instead.
  if (document.isDirty) throw new Error(`${uri.fsPath} is still modified by an earlier test`);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === "object" && code !== null ? code.value : code;
}

function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => ({ source: d.source, code: codeOf(d), message: d.message.slice(0, 80), line: d.range.start.line })));
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them: checked now and on every
 * onDidChangeDiagnostics event for that URI. The timeout only turns a hang into a readable failure.
 */
export function diagnosticsWhere(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for ${what} on ${uri.path}; diagnostics now: ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

export function withCode(code: string): (diagnostics: readonly vscode.Diagnostic[]) => vscode.Diagnostic[] {
  return (diagnostics) => diagnostics.filter((d) => codeOf(d) === code);
}

/** The range of the first occurrence of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const offset = document.getText().indexOf(text, from);
  assert.ok(offset >= 0, `${JSON.stringify(text)} not found in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Resolves when the language client reaches `state` (2 = Running in vscode-languageclient). */
export function clientState(api: ExtensionApi, state: number, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for the language client to be ${what}`)), timeoutMs);
    const poll = () => {
      const client = api.client();
      if (client?.state === state) {
        clearTimeout(timer);
        resolve();
        return;
      }
      // A restart creates a new client object: listen on whichever exists now, then look again.
      if (client) {
        const subscription = client.onDidChangeState(() => {
          subscription.dispose();
          poll();
        });
      } else {
        setTimeout(poll, 50);
      }
    };
    poll();
  });
}

/**
 * Between tests: revert every modified document (whichever editor is active) and close all editors.
 * Reverting only the active editor missed a fixture whose editor was no longer active, and the next test
 * opened it still edited.
 */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}
