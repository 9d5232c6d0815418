import type { ExtensionContext } from "vscode";
import { registerStatus } from "./status";

export function activate(context: ExtensionContext): void {
  registerStatus(context);
}

export function deactivate(): void {}
