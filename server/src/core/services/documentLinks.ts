import type { DocumentLink } from "vscode-languageserver-types";
import { URI, Utils } from "vscode-uri";
import type { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";

const URL_IN_TEXT = /https?:\/\/[^\s"'`<>()\[\]{}]+/g;
/** Hosts and paths of documentation worth a link in a string value (API endpoints are not). */
const DOCS_URL = /^https?:\/\/(?:[^/]*\bdocs\.[^/]+|(?:[^/]+\.)?openclaw\.ai|github\.com|(?:[^/]+\.)?json-schema\.org)(?:[/:?#]|$)|^https?:\/\/[^/]+\/(?:[^?#]*\/)?docs(?:\/|$)/i;

/**
 * Clickable links: each `$include` path (a string or an array of them, relative to this file, or
 * absolute), URLs
 * written in comments, `$schema`, and documentation URLs in string values. Endpoints such as
 * `baseUrl` are not links: opening an API endpoint in a browser helps nobody.
 */
export function documentLinks(doc: ConfigDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  const base = URI.parse(doc.uri);

  const includeTarget = (raw: string): string | undefined => {
    const path = raw.trim();
    // OpenClaw neither substitutes ${VAR} nor expands `~` in `$include` paths (the include rule says so).
    if (!path || path.includes("${") || path.startsWith("~")) return undefined;
    if (path.startsWith("/")) return URI.file(path).toString();
    if (/^[a-zA-Z]:[\\/]/.test(path)) return URI.file(path).toString();
    if (base.scheme !== "file") return undefined;
    return Utils.resolvePath(Utils.dirname(base), path).toString();
  };

  const linkInside = (node: JsonNode, target: string, tooltip: string) => {
    const quoted = node.quote !== undefined ? 1 : 0;
    links.push({ range: doc.range(node.offset + quoted, Math.max(0, node.length - 2 * quoted)), target, tooltip });
  };

  const visit = (node: JsonNode) => {
    if (node.type === "property") {
      const [key, value] = node.children!;
      if (key!.value === "$include" && value) {
        const paths = value.type === "array" ? value.children!.filter((c) => c.type === "string") : value.type === "string" ? [value] : [];
        for (const p of paths) {
          const target = includeTarget(String(p.value));
          if (target) linkInside(p, target, "Open the included file");
        }
        return;
      }
      if (key!.value === "$schema" && value?.type === "string" && /^https?:\/\//i.test(String(value.value)) && !/\s/.test(String(value.value))) {
        linkInside(value, String(value.value), "Open the schema");
        return;
      }
    }
    if (node.type === "string") {
      if (node.parent?.type === "property" && node.parent.children![0] === node) return; // a key
      const value = String(node.value);
      // Only a raw URL written as the whole literal: escapes would shift the offsets.
      const raw = doc.text.slice(node.offset + (node.quote ? 1 : 0), node.offset + node.length - (node.quote ? 1 : 0));
      if (raw === value && DOCS_URL.test(value) && !/\s/.test(value)) linkInside(node, value, "Open the documentation");
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (doc.root) visit(doc.root);

  for (const comment of doc.parse.comments) {
    const body = doc.text.slice(comment.offset, comment.offset + comment.length);
    for (const match of body.matchAll(URL_IN_TEXT)) {
      const url = match[0].replace(/[.,;:!?*]+$/, "");
      links.push({ range: doc.range(comment.offset + match.index!, url.length), target: url });
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
