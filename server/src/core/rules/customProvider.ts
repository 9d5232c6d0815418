import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyNode, propertyValue } from "../document";
import { isBuiltInModelProviderOverlayId } from "../openclaw/openclawData";
import type { Rule } from "./rule";

/**
 * OpenClaw (zod-schema.core.ts, ModelProvidersSchema.superRefine): a provider id under models.providers that
 * is not one of its built-in overlay ids is a custom provider and must declare a non-empty `baseUrl` and a
 * `models` array; only bundled providers may be partial overlays.
 */
export const customProviderIncomplete: Rule = {
  code: "custom-provider-incomplete",
  severity: DiagnosticSeverity.Error,
  summary: "A custom model provider (not one of OpenClaw's built-in provider ids) must declare baseUrl and models.",
  check(ctx) {
    const providers = nodeAtPath(ctx.root, ["models", "providers"]);
    if (providers?.type !== "object") return;
    for (const property of providers.children!) {
      const [key, provider] = property.children!;
      const id = String(key!.value);
      if (provider?.type !== "object" || isBuiltInModelProviderOverlayId(id)) continue;
      const baseUrl = propertyValue(provider, "baseUrl");
      // OpenClaw tests `!provider.baseUrl`: missing, "", null, false and 0 all fail.
      const baseUrlMissing = !baseUrl || (baseUrl.type === "string" && baseUrl.value === "") || baseUrl.type === "null" || (baseUrl.type === "boolean" && baseUrl.value === false) || (baseUrl.type === "number" && baseUrl.value === 0);
      // A `models` that is not an array is the schema's type error, reported on the value itself.
      const modelsMissing = !propertyNode(provider, "models");
      const missing = [baseUrlMissing ? "baseUrl" : undefined, modelsMissing ? "models" : undefined].filter((x): x is string => x !== undefined);
      if (baseUrl && baseUrlMissing) {
        ctx.report({ node: baseUrl, message: `Custom provider "${id}" needs a baseUrl: an empty value is not accepted for providers OpenClaw does not ship.` });
        missing.splice(missing.indexOf("baseUrl"), 1);
      }
      if (missing.length === 0) continue;
      ctx.report({
        node: key!,
        message:
          `"${id}" is not one of OpenClaw's built-in providers, so it is a custom provider and must declare ${missing.map((m) => `\`${m}\``).join(" and ")}` +
          ` (the API endpoint${missing.includes("models") ? " and the list of models it serves" : ""}). Only built-in ids such as openai, anthropic or openrouter may be partial overrides.`,
      });
    }
  },
};
