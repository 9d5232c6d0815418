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
  const unknown = /^Unrecognized keys?: (.*)$/.exec(issue.message);
  if (!unknown) return [base];
  const keys = [...unknown[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  return keys.length === 0 ? [base] : keys.map((key) => (base === "" ? key : `${base}.${key}`));
}

/** The deepest node of the tree on `dotted` (the root when nothing of it is written). */
export function nearestWrittenNode(root: JsonNode, dotted: string): JsonNode {
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
  return node;
}

/** The engine's notation (`bindings[0].agentId`) of the nearest written node on an OpenClaw path. */
export function engineTargetPath(root: JsonNode, dotted: string): string {
  return dotPath(pathOf(nearestWrittenNode(root, dotted)));
}
