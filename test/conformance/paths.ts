/**
 * Where OpenClaw points versus where the engine points. OpenClaw names a dot-path (`bindings.0.agentId`,
 * `""` for the root); an unknown key is reported on its object with `Unrecognized key: "foo"`, so the
 * key is appended. Keys may contain dots (`z.ai`, `openai/gpt-5.5`), so the path is resolved against the
 * document's tree greedily, and a path that is not written in the file (a missing field) falls back to
 * its nearest written ancestor.
 */
import { dotPath, pathOf } from "../../server/src/core/document";
import type { JsonNode } from "../../server/src/core/json5/ast";
import type { OpenClawIssue } from "./openclaw";

/** The paths one OpenClaw issue names (several for `Unrecognized keys: "a", "b"`). */
export function issueTargets(issue: OpenClawIssue): string[] {
  const base = issue.path === "<root>" ? "" : issue.path;
  // zod: `Unrecognized key(s): "a", "b"`; plugin/channel schemas (ajv): `invalid config: must not have additional properties: "a"`.
  const unknown = /^(?:Unrecognized keys?|invalid config: must not have additional properties): (.*)$/.exec(issue.message);
  if (!unknown) return [base];
  const keys = [...unknown[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  return keys.length === 0 ? [base] : keys.map((key) => (base === "" ? key : `${base}.${key}`));
}

/** The deepest node of the tree on `dotted` (the root when nothing of it is written), and the unwritten rest. */
export function nearestWrittenNode(root: JsonNode, dotted: string): JsonNode {
  return resolveWritten(root, dotted).node;
}

function resolveWritten(root: JsonNode, dotted: string): { node: JsonNode; rest: string } {
  let node = root;
  let rest = dotted;
  while (rest !== "") {
    let next: { node: JsonNode; rest: string } | undefined;
    if (node.type === "object") {
      let bestLength = -1;
      for (const property of node.children ?? []) {
        const key = String(property.children![0]!.value);
        const value = property.children![1];
        if (!value) continue;
        if ((rest === key || rest.startsWith(`${key}.`)) && key.length >= bestLength) {
          // `>=`: a repeated key resolves to its last occurrence, as JSON5.parse keeps the last one.
          bestLength = key.length;
          next = { node: value, rest: rest.slice(key.length + 1) };
        }
      }
    } else if (node.type === "array") {
      const m = /^(\d+)(?:\.|$)/.exec(rest);
      const item = m ? node.children?.[Number(m[1])] : undefined;
      if (item) next = { node: item, rest: rest.slice(m![0].length) };
    }
    if (!next) break;
    node = next.node;
    rest = next.rest;
  }
  return { node, rest };
}

/**
 * The engine's notation (`bindings[0].agentId`) of an OpenClaw path: the full path (a missing property is
 * reported with the path it would have) and the path of its nearest written node. An engine Error on
 * either sits on the path OpenClaw names.
 */
export function engineTargetPaths(root: JsonNode, dotted: string): string[] {
  const { node, rest } = resolveWritten(root, dotted);
  const written = pathOf(node);
  const full = rest === "" ? written : [...written, ...rest.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s))];
  return [...new Set([dotPath(full), dotPath(written)])];
}

/**
 * OpenClaw reports a failed union (`Invalid input`, optionally with the allowed literals) on the union's value;
 * the engine names the member of the branch the value most nearly matches, inside that value.
 */
export function isUnionFailure(message: string): boolean {
  return /^Invalid input(?: \(allowed: .*\))?$/.test(message);
}

/** Whether engine path `inner` is `outer` or inside it. */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || outer === "<root>" || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}
