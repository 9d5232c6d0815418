import { workspace } from "vscode";

export const SECTION = "openclaw";

/**
 * initializationOptions for the server. Only what the user set explicitly is sent, so an unset
 * setting means "the server's own default" (the server reports it in capabilities.experimental).
 */
export function initializationOptions(): Record<string, unknown> {
  const config = workspace.getConfiguration(SECTION);
  const options: Record<string, unknown> = {};
  const debounce = config.inspect<number>("diagnostics.debounceMs");
  const explicit = debounce?.workspaceFolderValue ?? debounce?.workspaceValue ?? debounce?.globalValue;
  if (typeof explicit === "number" && Number.isFinite(explicit) && explicit >= 0) {
    options.diagnosticsDebounceMs = Math.round(explicit);
  }
  return options;
}

/** Settings read once at server start: changing them restarts the server. */
export const RESTART_SETTINGS = [`${SECTION}.diagnostics.debounceMs`];
