import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { listAgentEntries } from "../openclaw/agents";
import type { Rule, RuleContext } from "./rule";

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
 * AppArmor. Checked for agents.defaults.sandbox and each agent's sandbox. (Bind-mount sources are not checked here.)
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
