/**
 * "OpenClaw: Upgrade config" (openclaw.upgradeConfig): asks the server for every safe fix of the active
 * config, migrations included, applied to a fixpoint (request `openclaw/upgradeConfig`), and shows the
 * combined change in VS Code's refactor preview, where the user reviews the diff and applies or discards it.
 * Register from extension.ts: `context.subscriptions.push(registerUpgradeCommand(() => client));`
 */
import { Range, Uri, WorkspaceEdit, commands, window, workspace, type Disposable } from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

export const UPGRADE_COMMAND = "openclaw.upgradeConfig";
export const UPGRADE_REQUEST = "openclaw/upgradeConfig";

/** The server's answer: LSP edits against `version` of the document. */
interface UpgradeResult {
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  converged: boolean;
}

export function registerUpgradeCommand(getClient: () => LanguageClient | undefined): Disposable {
  return commands.registerCommand(UPGRADE_COMMAND, async (target?: Uri) => {
    const uri = target ?? window.activeTextEditor?.document.uri;
    const client = getClient();
    if (!uri || !client) {
      void window.showInformationMessage("Open an openclaw.json file to upgrade it.");
      return;
    }
    const document = await workspace.openTextDocument(uri);
    const result = await client.sendRequest<UpgradeResult | null>(UPGRADE_REQUEST, { textDocument: { uri: uri.toString() } });
    if (!result || result.edits.length === 0) {
      void window.showInformationMessage("This OpenClaw config has nothing to upgrade.");
      return;
    }
    if (result.version !== document.version) {
      void window.showWarningMessage("The config changed while the upgrade was computed: run OpenClaw: Upgrade config again.");
      return;
    }
    const edit = new WorkspaceEdit();
    const label = "Upgrade to OpenClaw 2026.9 (legacy keys, Codex routes)";
    for (const e of result.edits) {
      edit.replace(uri, new Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText, {
        needsConfirmation: true,
        label,
      });
    }
    // needsConfirmation opens the refactor preview: the diff is shown, nothing changes until the user applies it.
    const applied = await workspace.applyEdit(edit);
    if (applied && !result.converged) void window.showWarningMessage("Some fixes could not be applied in one pass; run the command again.");
  });
}
