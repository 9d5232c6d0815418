import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath } from "../document";
import type { Rule } from "./rule";

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

function isIp(host: string): boolean {
  if (IPV4.test(host)) return true;
  if (!host.includes(":")) return false;
  try {
    return new URL(`http://[${host}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** Why OpenClaw's normalizeExactAllowedHost (src/secrets/exact-hostname.ts) refuses a host, or undefined. */
export function exactHostProblem(raw: string): string | undefined {
  const trimmed = raw.trim().toLowerCase().replace(/\.+$/, "");
  if (trimmed.includes("*")) return "cannot contain a wildcard; use one exact hostname";
  const unbracketed = trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.slice(1, -1) : trimmed;
  if (isIp(unbracketed)) return undefined;
  if (!unbracketed || unbracketed.includes(":") || /[\s/?#@]/.test(unbracketed)) return "must be a hostname without a scheme, path, wildcard or port";
  let ascii: string;
  try {
    ascii = new URL(`http://${unbracketed}/`).hostname;
  } catch {
    return "is not a valid hostname";
  }
  if (ascii.length > 253 || ascii.split(".").some((label) => !label || label.length > 63 || label.startsWith("-") || label.endsWith("-") || !/^[a-z0-9-]+$/.test(label))) {
    return "is not a valid hostname";
  }
  return undefined;
}

/**
 * OpenClaw (zod-schema.core.ts, EgressProxyExactHostSchema): `secrets.egressProxy.allowedHosts` and `bypassHosts`
 * hold exact hostnames or IP addresses: no wildcard, scheme, path or port.
 */
export const egressProxyHosts: Rule = {
  code: "egress-proxy-host",
  severity: DiagnosticSeverity.Error,
  summary: "A secrets.egressProxy host that is not one exact hostname or IP address.",
  check(ctx) {
    for (const list of ["allowedHosts", "bypassHosts"]) {
      const hosts = nodeAtPath(ctx.root, ["secrets", "egressProxy", list]);
      if (hosts?.type !== "array") continue;
      for (const host of hosts.children!) {
        if (host.type !== "string" || (host.value as string).trim() === "" || (host.value as string).includes("${")) continue;
        const problem = exactHostProblem(host.value as string);
        if (problem) ctx.report({ node: host, message: `secrets.egressProxy.${list}: "${host.value as string}" ${problem}.` });
      }
    }
  },
};
