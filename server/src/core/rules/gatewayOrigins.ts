import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import type { JsonNode } from "../json5/ast";
import type { Rule, RuleContext } from "./rule";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DEFAULT_GATEWAY_PORT = 18789;

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** OpenClaw's validateHttpOrigin: http(s), no path beyond `/`, no query, fragment or credentials. */
export function isHttpOrigin(value: string): boolean {
  const url = parse(value);
  return !!url && (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** OpenClaw's isValidPortalIngressDomain: a bare DNS suffix (no scheme, port, path or IP). */
export function isValidPortalIngressDomain(domain: string): boolean {
  const url = parse(`https://portal.${domain}`);
  if (!url || url.hostname !== `portal.${domain.toLowerCase()}`) return false;
  return domain.length <= 220 && domain.includes(".") && !IPV4.test(domain) && !domain.includes(":") && domain.split(".").every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

function stringAt(ctx: RuleContext, path: string[]): JsonNode | undefined {
  const node = nodeAtPath(ctx.root, path);
  return node?.type === "string" && !(node.value as string).includes("${") ? node : undefined;
}

/**
 * OpenClaw (zod-schema.gateway.ts and zod-schema.ts refinements): `gateway.publicOrigin` is a bare HTTPS origin
 * (HTTP only for localhost, 127.0.0.1, [::1]); `mcp.apps.sandboxOrigin` is an HTTP(S) origin; a portal ingress
 * `domain` is a bare DNS domain that is not (a parent of) the Gateway's or Control UI's hosts, on a port other
 * than the Gateway's.
 */
export const gatewayOrigins: Rule = {
  code: "gateway-origin",
  severity: DiagnosticSeverity.Error,
  summary: "gateway.publicOrigin, mcp.apps.sandboxOrigin or gateway.portals.ingress that OpenClaw rejects.",
  check(ctx) {
    const publicOrigin = stringAt(ctx, ["gateway", "publicOrigin"]);
    if (publicOrigin) {
      const value = publicOrigin.value as string;
      const url = parse(value);
      if (!isHttpOrigin(value) || (url!.protocol !== "https:" && !LOOPBACK_HOSTS.has(url!.hostname))) {
        ctx.report({ node: publicOrigin, message: `gateway.publicOrigin must be a bare HTTPS origin such as "https://gateway.example.com" (no path, query or credentials; HTTP only for localhost, 127.0.0.1 or [::1]).` });
      }
    }
    const sandboxOrigin = stringAt(ctx, ["mcp", "apps", "sandboxOrigin"]);
    if (sandboxOrigin && !isHttpOrigin(sandboxOrigin.value as string)) {
      ctx.report({ node: sandboxOrigin, message: "mcp.apps.sandboxOrigin must be an HTTP(S) origin without a path, query or credentials." });
    }
    const domain = stringAt(ctx, ["gateway", "portals", "ingress", "domain"]);
    if (domain) {
      const value = domain.value as string;
      if (!isValidPortalIngressDomain(value)) {
        ctx.report({ node: domain, message: `Portal ingress domain must be a bare DNS domain such as "portals.example.com" (no scheme, port, path or IP address).` });
      } else {
        const origins: string[] = [];
        if (publicOrigin) origins.push(publicOrigin.value as string);
        const allowed = nodeAtPath(ctx.root, ["gateway", "controlUi", "allowedOrigins"]);
        if (allowed?.type === "array") for (const item of allowed.children!) if (item.type === "string") origins.push(item.value as string);
        const suffix = value.toLowerCase();
        const conflict = origins.find((origin) => {
          const host = parse(origin)?.hostname.toLowerCase();
          return host !== undefined && (host === suffix || host.endsWith(`.${suffix}`));
        });
        if (conflict) ctx.report({ node: domain, message: `Portal ingress must use a domain separate from the Gateway and Control UI origins (${conflict} is inside ${value}).` });
      }
    }
    const port = nodeAtPath(ctx.root, ["gateway", "portals", "ingress", "port"]);
    const gatewayPort = nodeAtPath(ctx.root, ["gateway", "port"]);
    const effective = gatewayPort?.type === "number" ? gatewayPort.value : DEFAULT_GATEWAY_PORT;
    if (port?.type === "number" && port.value === effective) {
      ctx.report({ node: port, message: `The portal ingress port must differ from the Gateway port (${effective}).` });
    }
  },
};
