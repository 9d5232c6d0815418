import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { isAbsolutePath } from "./execSecretProvider";
import type { Rule, RuleContext } from "./rule";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function literal(node: JsonNode | undefined): string | undefined {
  return node?.type === "string" && !(node.value as string).includes("${") ? (node.value as string) : undefined;
}

function parsed(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined; // not a URL at all: the schema's format check reports it
  }
}

/** OpenClaw's isSafeRelativeModulePath (hooks transform modules). */
export function isSafeRelativeModulePath(raw: string): boolean {
  const value = raw.trim();
  return value !== "" && !isAbsolutePath(value) && !value.startsWith("~") && !value.includes(":") && !value.split(/[\\/]+/).includes("..");
}

function urlCheck(ctx: RuleContext, node: JsonNode | undefined, label: string, accept: (url: URL) => boolean, expected: string): void {
  const value = literal(node);
  const url = value === undefined ? undefined : parsed(value);
  if (url && !accept(url)) ctx.report({ node: node!, code: "invalid-url", message: `${label} must be ${expected}; "${value}" is not.` });
}

const http = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/**
 * OpenClaw's path and URL refinements (zod `.refine`s the JSON Schema cannot carry): `worktreeRoot` absolute or
 * under `~`; the VNC `passwordFile` absolute; TLS `certPath`/`keyPath` not blank; hook transform modules relative
 * and inside the transforms folder; proxy and MCP URLs http(s); MCP OAuth client metadata https with a path; the
 * model catalog refresh URL https (http only on loopback).
 */
export const pathsAndUrls: Rule = {
  code: "invalid-path",
  codes: ["invalid-path", "invalid-url"],
  severity: DiagnosticSeverity.Error,
  summary: "A path or URL OpenClaw refuses: relative where it must be absolute (or the reverse), blank, or the wrong scheme.",
  check(ctx) {
    const worktreeRoot = nodeAtPath(ctx.root, ["worktreeRoot"]);
    const root = literal(worktreeRoot)?.trim();
    if (root && !(isAbsolutePath(root) || root === "~" || root.startsWith("~/") || root.startsWith("~\\"))) {
      ctx.report({ node: worktreeRoot!, code: "invalid-path", message: `worktreeRoot must be an absolute path or start with ~ ("${root}" is relative).` });
    }
    const passwordFile = nodeAtPath(ctx.root, ["desktop", "host", "passwordFile"]);
    const password = literal(passwordFile)?.trim();
    if (password && !isAbsolutePath(password)) {
      ctx.report({ node: passwordFile!, code: "invalid-path", message: `desktop.host.passwordFile must be an absolute path ("${password}" is relative).` });
    }
    for (const key of ["certPath", "keyPath"]) {
      const node = nodeAtPath(ctx.root, ["gateway", "tls", key]);
      if (node?.type === "string" && (node.value as string).trim() === "") {
        ctx.report({ node, code: "invalid-path", message: `gateway.tls.${key} must not be blank: set the file's path or remove the setting.` });
      }
    }
    const mappings = nodeAtPath(ctx.root, ["hooks", "mappings"]);
    if (mappings?.type === "array") {
      for (const mapping of mappings.children!) {
        const module = nodeAtPath(mapping, ["transform", "module"]);
        const value = literal(module);
        if (value !== undefined && !isSafeRelativeModulePath(value)) {
          ctx.report({ node: module!, code: "invalid-path", message: `A hook transform module must be a relative path inside the transforms folder (no absolute path, ~, drive letter or ".."); "${value}" is not.` });
        }
      }
    }
    urlCheck(ctx, nodeAtPath(ctx.root, ["proxy", "proxyUrl"]), "proxy.proxyUrl", http, "an http:// or https:// URL");
    urlCheck(ctx, nodeAtPath(ctx.root, ["models", "catalogRefresh", "url"]), "models.catalogRefresh.url", (u) => u.protocol === "https:" || (u.protocol === "http:" && LOOPBACK.has(u.hostname)), "an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])");
    for (const base of [["mcp", "servers"], ["nodeHost", "mcp", "servers"]]) {
      const servers = nodeAtPath(ctx.root, base);
      if (servers?.type !== "object") continue;
      for (const property of servers.children!) {
        const server = property.children![1];
        const name = `${base.join(".")}.${String(property.children![0]!.value)}`;
        urlCheck(ctx, propertyValue(server, "url"), `${name}.url`, http, "an http:// or https:// URL (stdio servers use command instead)");
        urlCheck(ctx, nodeAtPath(server, ["oauth", "redirectUrl"]), `${name}.oauth.redirectUrl`, http, "an http:// or https:// URL");
        urlCheck(ctx, nodeAtPath(server, ["oauth", "clientMetadataUrl"]), `${name}.oauth.clientMetadataUrl`, (u) => u.protocol === "https:" && u.pathname !== "/", "an https:// URL with a path to the metadata document");
      }
    }
  },
};
