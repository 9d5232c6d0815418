import { dotPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { BUILT_IN_MODEL_PROVIDER_IDS, LEGACY_OPENAI_PROVIDER_IDS, isBuiltInProviderId, normalizeProviderId } from "../openclaw/builtInProviders";
import { describeBaseUrl } from "../openclaw/endpointKind";
import {
  PROVIDER_FIELD_DOCS,
  PROVIDER_MAP_FIELDS,
  SECRET_REF_FIELDS,
  openRouterRoutingFieldDoc,
  type FieldDoc,
} from "../openclaw/providerFieldDocs";
import type { JsonPath } from "../types";
import type { HoverTarget } from "./hoverTarget";
import { inlineCode, json5Block, sections, valueList } from "./hoverMarkdown";

const PROVIDERS_PATH = ["models", "providers"] as const;
const SECRET_REF_KEYS = new Set(["source", "provider", "id"]);

/** Whether a field path lies inside `models.providers.<id>` (the provider id key included). */
export function isProviderPath(path: JsonPath): boolean {
  return path.length >= 3 && path[0] === PROVIDERS_PATH[0] && path[1] === PROVIDERS_PATH[1] && typeof path[2] === "string";
}

/** The documentation key of a provider-relative path: indexes become `[]`, map keys `*`. */
export function providerDocKey(relative: JsonPath): string {
  let key = "";
  for (const segment of relative) {
    if (PROVIDER_MAP_FIELDS.has(key)) key += ".*";
    else if (typeof segment === "number") key += "[]";
    else key += key === "" ? segment : `.${segment}`;
  }
  return key;
}

interface ResolvedDoc {
  doc: FieldDoc;
  /** The name shown in the heading: the key as written. */
  name: string;
  /** Whether the value is a secret (the field's own flag, or a part of a secret's SecretRef). */
  secret: boolean;
}

function resolveDoc(relative: JsonPath): ResolvedDoc | undefined {
  const last = relative[relative.length - 1];
  const name = typeof last === "string" ? last : "";
  const key = providerDocKey(relative);
  const direct = PROVIDER_FIELD_DOCS[key];
  if (direct) return { doc: direct, name, secret: direct.sensitive === true };
  // The parts of a SecretRef object given for a secret field: `apiKey: { source, provider, id }`.
  if (typeof last === "string" && SECRET_REF_KEYS.has(last)) {
    const owner = PROVIDER_FIELD_DOCS[providerDocKey(relative.slice(0, -1))];
    if (owner?.sensitive) return { doc: SECRET_REF_FIELDS[last]!, name, secret: false };
  }
  const routing = key.match(/^models\[\]\.compat\.openRouterRouting\.(.+)$/);
  if (routing) return { doc: openRouterRoutingFieldDoc(routing[1]!), name, secret: false };
  return undefined;
}

/** The literal values currently written for a field: the scalar, or the literal items of an array. */
function currentValues(value: JsonNode | undefined): unknown[] {
  if (!value) return [];
  if (value.type === "array") return value.children!.filter((item) => item.children === undefined).map((item) => item.value);
  return value.children === undefined ? [value.value] : [];
}

/**
 * Hover markdown for a key or value inside `models.providers.<id>`, or undefined when the path has no
 * provider documentation (the caller then falls back to the schema).
 */
export function providerHoverMarkdown(target: HoverTarget, providersNode: JsonNode | undefined): string | undefined {
  const path = target.fieldPath;
  const providerId = path[2] as string;
  if (path.length === 3) return providerIdMarkdown(providerId, propertyValue(providersNode, providerId), path);
  const resolved = resolveDoc(path.slice(3));
  if (!resolved) return undefined;
  const { doc, secret } = resolved;
  const name = resolved.name || (typeof path[path.length - 1] === "number" ? `${String(path[path.length - 2])}[]` : "");
  // On an array item, every item of the array is current (`input: ["text", "image"]`).
  const valueNode = target.itemIndex !== undefined ? target.valueNode?.parent : target.valueNode;
  const current = secret ? [] : currentValues(valueNode);

  let endpoint: string | undefined;
  if (path[path.length - 1] === "baseUrl" && target.valueNode?.type === "string") {
    endpoint = `**Endpoint:** ${describeBaseUrl(target.valueNode.value as string).text}`;
  }

  let valuesSection: string | undefined;
  if (doc.values) {
    valuesSection = `**Allowed values:**\n${valueList(doc.values, current)}`;
    const unknown = current.filter((value) => !doc.values!.some((option) => Object.is(option.value, value)));
    if (unknown.length > 0) {
      // The value itself is not echoed: a secret pasted into the wrong field must not show up here.
      valuesSection += unknown.includes("openai-codex-responses")
        ? '\n\n`"openai-codex-responses"` is a removed id: use `"openai-chatgpt-responses"`.'
        : "\n\nThe current value is not one of them.";
    }
  } else if (doc.suggestions) {
    valuesSection = `**Common values:**\n${valueList(doc.suggestions, current)}`;
  }

  return sections(
    `**${inlineCode(name)}**${doc.label ? ` · ${doc.label}` : ""}`,
    inlineCode(dotPath(path)),
    doc.description,
    endpoint,
    `**Type:** ${doc.type.includes("`") ? doc.type : inlineCode(doc.type)}`,
    valuesSection,
    doc.default && `**Default:** ${doc.default}`,
    secret && "**Value:** (hidden) — a secret is never shown.",
    doc.example && `**Example:**\n${json5Block(doc.example)}`,
    doc.docsUrl && `[OpenClaw documentation](${doc.docsUrl})`,
  );
}

function providerIdMarkdown(providerId: string, entry: JsonNode | undefined, path: JsonPath): string {
  const normalized = normalizeProviderId(providerId);
  const builtIn = isBuiltInProviderId(providerId);
  const declaresBaseUrl = propertyValue(entry, "baseUrl") !== undefined;
  const declaresModels = propertyValue(entry, "models")?.type === "array";
  let kind: string;
  if (builtIn) {
    kind =
      `**Built-in provider**: one of OpenClaw's ${BUILT_IN_MODEL_PROVIDER_IDS.size} bundled provider ids, so this entry is an overlay on it: ` +
      "`baseUrl` and `models` are optional and override the bundled defaults.";
  } else {
    const missing = [!declaresBaseUrl && "`baseUrl`", !declaresModels && "`models`"].filter(Boolean).join(" and ");
    kind =
      "**Custom provider**: not a bundled provider id, so it must declare `baseUrl` and `models`" +
      (missing ? ` (missing here: ${missing}).` : ".");
  }
  let legacy: string | undefined;
  if (LEGACY_OPENAI_PROVIDER_IDS.has(normalized)) {
    legacy =
      `**Legacy id:** \`openclaw doctor\` migrates ${inlineCode(normalized)} into \`models.providers.openai\` and rewrites ${inlineCode(`${normalized}/<model>`)} refs to \`openai/<model>\` ` +
      '(with `agentRuntime.id: "codex"` where needed). Stale transport settings here can shadow the built-in Codex sign-in route.';
  }
  const models = propertyValue(entry, "models");
  let summary: string | undefined;
  if (models?.type === "array") {
    const ids = models.children!.map((model) => propertyValue(model, "id")).filter((id): id is JsonNode => id?.type === "string").map((id) => id.value as string);
    const shown = ids.slice(0, 6).map((id) => inlineCode(`${providerId}/${id}`)).join(", ");
    summary = ids.length === 0 ? "Declares no model ids yet." : `Models: ${shown}${ids.length > 6 ? `, … (${ids.length} in all)` : ""}.`;
  }
  return sections(
    `**${inlineCode(providerId)}** · Model provider`,
    inlineCode(dotPath(path)),
    "Connection, auth and model definitions of one provider. Models are referenced as `<provider>/<model id>`.",
    kind,
    legacy,
    summary,
    `**Example:**\n${json5Block(`providers: {\n  "my-proxy": {\n    baseUrl: "http://localhost:4000/v1",\n    api: "openai-completions",\n    models: [{ id: "llama-3.1-8b", name: "Llama 3.1 8B" }],\n  },\n}`)}`,
    "[OpenClaw documentation](https://docs.openclaw.ai/concepts/model-providers/custom-providers)",
  );
}
