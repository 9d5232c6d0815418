import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import { renameKey } from "../edits/properties";
import { closest } from "../openclaw/closest";
import { CHANNEL_ALIASES, CHANNEL_IDS, CHANNELS_KEYS, INSTALLABLE_CHANNELS } from "../openclaw/openclawData";
import type { Fix } from "../types";
import type { Rule } from "./rule";
import { offsetEditsToTextEdits } from "./ruleEdits";

/** Whether the config loads plugins from paths OpenClaw will scan (they may contribute channels we cannot know). */
function loadsExternalPlugins(root: import("../json5/ast").JsonNode): boolean {
  const paths = nodeAtPath(root, ["plugins", "load", "paths"]);
  return paths?.type === "array" && paths.children!.length > 0;
}

/**
 * OpenClaw (config/validation-plugin-rules.ts): every key under `channels` must be a channel id (bundled, or
 * contributed by an installed plugin) or `defaults` / `modelByChannel`; the JSON Schema leaves `channels` open.
 * Channels of official plugins installed separately (wecom, qqbot, ...) are a warning: installation is not
 * visible in the config file.
 */
export const unknownChannel: Rule = {
  code: "unknown-channel",
  severity: DiagnosticSeverity.Error,
  summary: "A key under `channels` that is not a channel OpenClaw knows.",
  check(ctx) {
    const channels = propertyValue(ctx.root, "channels");
    if (channels?.type !== "object") return;
    const external = loadsExternalPlugins(ctx.root);
    for (const property of channels.children!) {
      const key = property.children![0]!;
      const id = String(key.value);
      const trimmed = id.trim();
      if (trimmed === "" || CHANNELS_KEYS.has(trimmed)) continue;
      const plugin = INSTALLABLE_CHANNELS[trimmed];
      if (plugin) {
        // Whether the plugin is installed lives in OpenClaw's state directory, not in this file.
        ctx.report({
          node: key,
          severity: DiagnosticSeverity.Warning,
          message: `Channel "${trimmed}" comes from the official "${plugin}" plugin, which is installed separately: unless it is installed, OpenClaw rejects this config (unknown channel id).`,
        });
        continue;
      }
      const suggestion = CHANNEL_ALIASES[trimmed.toLowerCase()] ?? closest(trimmed, CHANNEL_IDS);
      const fixes: Fix[] = suggestion
        ? [{ title: `Rename to "${suggestion}"`, edits: offsetEditsToTextEdits(ctx.doc, renameKey(ctx.doc, property, suggestion)), isPreferred: true }]
        : [];
      ctx.report({
        node: key,
        message:
          `Unknown channel "${id}": OpenClaw has no channel with this id${external ? " unless a plugin loaded from plugins.load.paths provides it" : ""}.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : ` Channels: ${CHANNEL_IDS.join(", ")}.`),
        ...(external ? { severity: DiagnosticSeverity.Warning } : {}),
        fixes,
      });
    }
  },
};
