import { MarkupKind, type Hover, type Position } from "vscode-languageserver-types";
import { nodeAtPath, type ConfigDocument } from "../document";
import { loadBundledSchema, type JSONSchema } from "../schema/schema";
import { hoverTargetAt } from "./hoverTarget";
import { isProviderPath, providerHoverMarkdown } from "./providerHover";
import { schemaHoverMarkdown } from "./schemaHover";

export interface HoverOptions {
  /** OpenClaw's config schema (the bundled one by default); provider docs work without it. */
  getSchema?: () => JSONSchema | undefined;
}

/**
 * Hover documentation for the key or value under the cursor: for `models.providers.*` OpenClaw's
 * provider field docs (with the endpoint kind of a `baseUrl`), elsewhere the schema's title,
 * description, type, allowed values and default. Secret values never appear in the text.
 */
export function hover(doc: ConfigDocument, position: Position, options: HoverOptions = {}): Hover | null {
  const target = hoverTargetAt(doc, doc.offsetAt(position));
  if (!target) return null;
  let markdown: string | undefined;
  if (isProviderPath(target.fieldPath)) {
    markdown = providerHoverMarkdown(target, nodeAtPath(doc.root, ["models", "providers"]));
  }
  if (!markdown) {
    const schema = (options.getSchema ?? loadBundledSchema)();
    if (schema) markdown = schemaHoverMarkdown(target, schema);
  }
  if (!markdown) return null;
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: doc.range(target.offset, target.length) };
}
