import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import type { Rule, RuleContext } from "./rule";

/** OpenClaw's host-path test for bind sources (src/agents/sandbox/host-paths.ts): POSIX or drive-letter absolute. */
export function isSandboxHostPathAbsolute(raw: string): boolean {
  let input = raw;
  if (input.startsWith("\\\\?\\") || input.startsWith("//?/")) {
    const rest = input.slice(4);
    input = rest.toUpperCase().startsWith("UNC") ? `${input.startsWith("/") ? "//" : "\\\\"}${rest.slice(4)}` : rest;
  }
  return input.startsWith("/") || /^[A-Za-z]:[\\/]/.test(input);
}

/** The host side of a bind spec `host:container[:options]` (a drive letter's colon is not a separator). */
export function bindSource(spec: string): string {
  const separator = spec.indexOf(":", /^[A-Za-z]:[\\/]/.test(spec) ? 2 : 0);
  return separator === -1 ? spec : spec.slice(0, separator);
}

function checkBinds(ctx: RuleContext, binds: JsonNode | undefined): void {
  if (binds?.type !== "array") return;
  for (const bind of binds.children!) {
    if (bind.type !== "string" || (bind.value as string).includes("${")) continue;
    const spec = bind.value as string;
    if (!spec.trim()) {
      ctx.report({ node: bind, message: "Sandbox security: a bind mount entry must not be empty." });
      continue;
    }
    const source = bindSource(spec);
    if (!isSandboxHostPathAbsolute(source)) {
      ctx.report({ node: bind, message: `Sandbox security: bind mount "${spec}" uses the non-absolute source "${source}": only absolute POSIX or Windows drive-letter host paths are supported (no ~ or relative paths).` });
    }
  }
}

const text = (node: JsonNode | undefined) => (node?.type === "string" ? (node.value as string).trim().toLowerCase() : "");

function checkSandbox(ctx: RuleContext, sandbox: JsonNode | undefined): void {
  if (sandbox?.type !== "object") return;
  const docker = propertyValue(sandbox, "docker");
  const joinAllowed = (() => {
    const flag = propertyValue(docker, "dangerouslyAllowContainerNamespaceJoin");
    return flag?.type === "boolean" && flag.value === true;
  })();
  const dockerNetwork = propertyValue(docker, "network");
  const network = text(dockerNetwork);
  if (network === "host") {
    ctx.report({ node: dockerNetwork!, message: 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.' });
  } else if (network.startsWith("container:") && !joinAllowed) {
    ctx.report({ node: dockerNetwork!, message: 'Sandbox security: network mode "container:*" is blocked unless sandbox.docker.dangerouslyAllowContainerNamespaceJoin is true (only for a runtime you fully trust); use a custom bridge network.' });
  }
  for (const [key, label] of [["seccompProfile", "seccomp"], ["apparmorProfile", "AppArmor"]] as const) {
    const profile = propertyValue(docker, key);
    if (text(profile) === "unconfined") ctx.report({ node: profile!, message: `Sandbox security: ${label} profile "unconfined" is blocked. Use a custom profile or omit this setting.` });
  }
  checkBinds(ctx, propertyValue(docker, "binds"));
  checkBinds(ctx, nodeAtPath(sandbox, ["browser", "binds"]));
  const browserNetwork = nodeAtPath(sandbox, ["browser", "network"]);
  const browser = text(browserNetwork);
  if (browser === "host") {
    ctx.report({ node: browserNetwork!, message: 'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.' });
  } else if (browser.startsWith("container:") && !joinAllowed) {
    ctx.report({ node: browserNetwork!, message: 'Sandbox security: browser network mode "container:*" is blocked unless sandbox.docker.dangerouslyAllowContainerNamespaceJoin is true.' });
  }
}

/**
 * OpenClaw (zod-schema.agent-runtime.ts, sandbox refinements): sandbox containers may not share the host's
 * network or join another container's namespace (unless explicitly allowed), nor run unconfined by seccomp or
 * AppArmor, and bind mounts need absolute host paths. Checked for agents.defaults.sandbox and each agent's sandbox.
 */
export const sandboxSecurity: Rule = {
  code: "sandbox-security",
  severity: DiagnosticSeverity.Error,
  summary: "Sandbox settings OpenClaw blocks for security (host network, container namespace join, unconfined profiles).",
  check(ctx) {
    checkSandbox(ctx, nodeAtPath(ctx.root, ["agents", "defaults", "sandbox"]));
    for (const agent of listAgentEntries(ctx.root)) checkSandbox(ctx, propertyValue(agent.node, "sandbox"));
  },
};
