import { URI } from "vscode-uri";

export const CONFIG_LANGUAGE_ID = "openclaw-json";
const CONFIG_FILE_NAMES = ["openclaw.json", "clawdbot.json"];

/**
 * The server analyses every document whose path ends in openclaw.json (or the legacy clawdbot.json),
 * whatever languageId the client sends, and any document the user mapped to our language.
 */
export function isConfigDocument(uri: string, languageId: string): boolean {
  if (languageId === CONFIG_LANGUAGE_ID) return true;
  let path: string;
  try {
    path = URI.parse(uri).path;
  } catch {
    path = uri;
  }
  return CONFIG_FILE_NAMES.some((name) => path.endsWith(name));
}
