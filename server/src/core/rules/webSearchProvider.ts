import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import { replaceStringValue } from "../edits/strings";
import { closest } from "../openclaw/closest";
import { BUNDLED_WEB_SEARCH_PROVIDERS, INSTALLABLE_WEB_SEARCH_PROVIDERS } from "../openclaw/openclawData";
import type { Fix } from "../types";
import type { Rule } from "./rule";

/**
 * OpenClaw (config/validation-plugin-rules.ts, validateWebSearchProvider): `tools.web.search.provider` must
 * name a provider of an available plugin. Bundled providers always are. A provider of an official plugin that
 * is installed separately (brave, perplexity, tavily, …) is available only once installed, which the config
 * file does not show (OpenClaw keeps install records in its state directory): a warning. Any other name is
 * rejected (an error, a warning when plugins are loaded from paths). An empty name is rejected.
 */
export const webSearchProvider: Rule = {
  code: "unknown-web-search-provider",
  severity: DiagnosticSeverity.Error,
  summary: "tools.web.search.provider names no web search provider OpenClaw has (or one whose plugin must be installed).",
  check(ctx) {
    const node = nodeAtPath(ctx.root, ["tools", "web", "search", "provider"]);
    if (node?.type !== "string") return;
    const value = node.value as string;
    const trimmed = value.trim();
    if (value.includes("${")) return;
    if (trimmed === "") {
      ctx.report({ node, message: `The web search provider is empty: use one of ${BUNDLED_WEB_SEARCH_PROVIDERS.join(", ")}, or remove the setting.` });
      return;
    }
    if (BUNDLED_WEB_SEARCH_PROVIDERS.includes(trimmed)) return;
    const plugin = INSTALLABLE_WEB_SEARCH_PROVIDERS[trimmed];
    if (plugin) {
      ctx.report({
        node,
        severity: DiagnosticSeverity.Warning,
        message: `Web search provider "${trimmed}" comes from the "${plugin}" plugin, which is not bundled: unless it is installed (openclaw plugins install ${plugin}), OpenClaw rejects this config.`,
      });
      return;
    }
    const known = [...BUNDLED_WEB_SEARCH_PROVIDERS, ...Object.keys(INSTALLABLE_WEB_SEARCH_PROVIDERS)];
    const suggestion = closest(trimmed, known);
    const paths = nodeAtPath(ctx.root, ["plugins", "load", "paths"]);
    const external = paths?.type === "array" && paths.children!.length > 0;
    const fixes: Fix[] = suggestion ? [{ title: `Change to "${suggestion}"`, edits: [replaceStringValue(ctx.doc, node, suggestion)], isPreferred: true }] : [];
    ctx.report({
      node,
      ...(external ? { severity: DiagnosticSeverity.Warning } : {}),
      message:
        `Unknown web search provider "${trimmed}"${external ? " (unless a plugin loaded from plugins.load.paths provides it)" : ""}.` +
        (suggestion ? ` Did you mean "${suggestion}"?` : ` Providers: ${known.join(", ")}.`),
      fixes,
    });
  },
};
