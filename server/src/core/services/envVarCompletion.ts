/**
 * `${VAR}` in completion: OpenClaw substitutes `${NAME}` (names `^[A-Z_][A-Z0-9_]*$`, `$${` escapes) in any
 * string, and a SecretRef `{ source: "env", id }` names a variable too. Offered: the variables the config
 * sets in `env.vars`, then the ones bundled providers read their API key from (the provider being edited
 * first). Names only; nothing is read from the environment.
 */
import { nodeAtPath, propertyValue } from "../document";
import type { JsonNode } from "../json5/ast";
import { PROVIDER_ENV_VARS } from "../openclaw/openclawData";
import type { JsonPath } from "../types";

export interface EnvVarCandidate {
  name: string;
  detail: string;
  /** Lower sorts first. */
  group: number;
}

const NAME = /^[A-Z_][A-Z0-9_]*$/;

/** The `${` reference being typed at the end of `prefix` (the string's text before the cursor): the name typed so far. */
export function envReferenceAt(prefix: string): string | undefined {
  const match = /(\$+)\{([A-Za-z0-9_]*)$/.exec(prefix);
  // `$${` is an escaped, literal `${`.
  if (!match || match[1]!.length % 2 === 0) return undefined;
  return match[2]!;
}

/** Whether the value at `path` is the `id` of a SecretRef reading an environment variable. */
export function isEnvSecretRefId(root: JsonNode | undefined, path: JsonPath): boolean {
  if (path[path.length - 1] !== "id") return false;
  const ref = nodeAtPath(root, path.slice(0, -1));
  return propertyValue(ref, "source")?.value === "env";
}

export function envVarCandidates(root: JsonNode | undefined, path: JsonPath): EnvVarCandidate[] {
  const out: EnvVarCandidate[] = [];
  const vars = nodeAtPath(root, ["env", "vars"]);
  if (vars?.type === "object") {
    for (const property of vars.children!) {
      const name = String(property.children![0]!.value);
      if (NAME.test(name)) out.push({ name, detail: "set in env.vars", group: 0 });
    }
  }
  // Under models.providers.<id>: that provider's own variables first.
  const provider = path[0] === "models" && path[1] === "providers" && typeof path[2] === "string" ? path[2].toLowerCase() : undefined;
  for (const name of (provider && PROVIDER_ENV_VARS[provider]) || []) out.push({ name, detail: `${provider} API key`, group: 1 });
  for (const [id, names] of Object.entries(PROVIDER_ENV_VARS)) {
    for (const name of names) out.push({ name, detail: `${id} API key`, group: 2 });
  }
  const seen = new Set<string>();
  return out.filter((candidate) => !seen.has(candidate.name) && seen.add(candidate.name));
}
