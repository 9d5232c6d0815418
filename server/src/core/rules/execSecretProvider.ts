import { DiagnosticSeverity } from "vscode-languageserver-types";
import { nodeAtPath, propertyValue } from "../document";
import type { Rule } from "./rule";

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
const WINDOWS_UNC = /^\\\\[^\\]+\\[^\\]+/;

/** OpenClaw's isAbsolutePath: POSIX or Windows absolute, or a UNC path. */
export function isAbsolutePath(value: string): boolean {
  return value.startsWith("/") || WINDOWS_ABSOLUTE.test(value) || WINDOWS_UNC.test(value);
}

/** OpenClaw's isSafeExecutableValue (src/infra/exec-safety.ts): no shell syntax, quotes or control characters. */
export function isSafeExecutableValue(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed || trimmed.includes("\0") || /[\r\n]/.test(trimmed) || /[;&|`$<>]/.test(trimmed) || /["']/.test(trimmed)) return false;
  if (trimmed.startsWith(".") || trimmed.startsWith("~") || trimmed.includes("/") || trimmed.includes("\\") || /^[A-Za-z]:[\\/]/.test(trimmed)) return true;
  if (trimmed.startsWith("-")) return false;
  return /^[A-Za-z0-9._+-]+$/.test(trimmed);
}

/**
 * OpenClaw (zod-schema.core.ts, SecretsManualExecProviderSchema): an exec secret provider runs `command`
 * directly, so it must be an absolute path free of shell syntax, and each `trustedDirs` entry must be absolute.
 */
export const execSecretProvider: Rule = {
  code: "exec-secret-provider",
  severity: DiagnosticSeverity.Error,
  summary: "An exec secret provider whose command is not an absolute, shell-free path, or whose trustedDirs are relative.",
  check(ctx) {
    const providers = nodeAtPath(ctx.root, ["secrets", "providers"]);
    if (providers?.type !== "object") return;
    for (const property of providers.children!) {
      const [key, provider] = property.children!;
      const source = propertyValue(provider, "source");
      if (source?.type !== "string" || source.value !== "exec") continue;
      const alias = String(key!.value);
      const command = propertyValue(provider, "command");
      if (command?.type === "string" && (command.value as string) !== "") {
        const value = command.value as string;
        if (!isSafeExecutableValue(value)) ctx.report({ node: command, message: `secrets.providers.${alias}.command is unsafe: it must be a plain executable path, without quotes, shell characters (; & | \` $ < >) or line breaks.` });
        else if (!isAbsolutePath(value)) ctx.report({ node: command, message: `secrets.providers.${alias}.command must be an absolute path (OpenClaw does not search PATH for secret providers), such as /usr/local/bin/${value.split(/[\\/]/).pop()}.` });
      }
      const trusted = propertyValue(provider, "trustedDirs");
      if (trusted?.type === "array") {
        for (const dir of trusted.children!) {
          if (dir.type === "string" && (dir.value as string) !== "" && !isAbsolutePath(dir.value as string)) {
            ctx.report({ node: dir, message: `trustedDirs entries must be absolute paths; "${dir.value as string}" is relative.` });
          }
        }
      }
    }
  },
};
