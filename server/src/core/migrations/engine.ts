/**
 * Turns the migration table into findings: matches each rule's path pattern against the syntax tree
 * and plans the fix (an EditSession script) that does what OpenClaw's doctor does to that key.
 */
import { dotPath, nodeAtPath, propertyNode, valueOf } from "../document";
import type { EditSession } from "../edits/session";
import { replaceStringValue } from "../edits/strings";
import { detectStyle, formatValue, indentationAt } from "../edits/style";
import type { JsonNode } from "../json5/ast";
import type { JsonPath } from "../types";
import type { FixPlan, LegacyFinding, LegacyRule, MigrationEntry, PatternMatch } from "./types";

const parsedPatterns = new Map<string, string[]>();

/** `agents.list[].x` -> ["agents", "list", "[]", "x"] (memoized: the table's patterns are matched on every validation). */
export function parsePattern(pattern: string): string[] {
  let segments = parsedPatterns.get(pattern);
  if (!segments) {
    segments =
      pattern === ""
        ? []
        : pattern.split(".").flatMap((segment) => (segment.endsWith("[]") ? [segment.slice(0, -2), "[]"].filter((s) => s !== "") : [segment]));
    parsedPatterns.set(pattern, segments);
  }
  return segments;
}

/**
 * Every place in the tree a pattern matches. Collected into an array by plain recursion: the table's
 * 550 patterns run on every validation, and generators (yield*) made this the engine's hot spot.
 */
export function matchPattern(root: JsonNode, pattern: string): PatternMatch[] {
  const segments = parsePattern(pattern);
  const out: PatternMatch[] = [];
  const walk = (node: JsonNode, index: number, path: JsonPath, property: JsonNode | undefined, captures: (string | number)[]): void => {
    if (index === segments.length) {
      out.push({ path, value: node, property, captures });
      return;
    }
    const segment = segments[index]!;
    if (segment === "[]") {
      if (node.type !== "array") return;
      for (let i = 0; i < node.children!.length; i++) walk(node.children![i]!, index + 1, [...path, i], undefined, [...captures, i]);
      return;
    }
    if (node.type !== "object") return;
    if (segment !== "*") {
      // A literal key: its last occurrence wins, as in JSON5.parse. No walk over siblings' subtrees.
      const child = propertyNode(node, segment);
      const value = child?.children![1];
      if (child && value) walk(value, index + 1, [...path, segment], child, captures);
      return;
    }
    // Keys are visited once each (the last duplicate wins, as in JSON5.parse), in reverse document order
    // as before, so findings keep their order.
    const seen = new Set<string>();
    for (let i = node.children!.length - 1; i >= 0; i--) {
      const child = node.children![i]!;
      const key = child.children![0]!.value as string;
      if (seen.has(key)) continue;
      seen.add(key);
      const value = child.children![1];
      if (!value) continue;
      walk(value, index + 1, [...path, key], child, [...captures, key]);
    }
  };
  walk(root, 0, [], undefined, []);
  return out;
}

/** A target pattern with `$n` replaced by the n-th capture. */
export function resolveTarget(target: string, captures: readonly (string | number)[]): JsonPath {
  return parsePattern(target).map((segment) => {
    const m = /^\$(\d+)$/.exec(segment);
    return m ? captures[Number(m[1]) - 1]! : segment;
  });
}

function show(path: JsonPath): string {
  return `\`${dotPath(path)}\``;
}

function isObject(node: JsonNode | undefined): node is JsonNode {
  return node?.type === "object";
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Children of `legacy` that `mergeMissing(canonical, legacy)` would drop because canonical already has a different value. */
function mergeConflicts(canonical: unknown, legacy: unknown, path: string): string[] {
  const out: string[] = [];
  if (!isRecord(canonical) || !isRecord(legacy)) return deepEqual(canonical, legacy) ? [] : [path];
  for (const [key, value] of Object.entries(legacy)) {
    if (!(key in canonical) || canonical[key] === undefined) continue;
    if (isRecord(canonical[key]) && isRecord(value)) out.push(...mergeConflicts(canonical[key], value, `${path}.${key}`));
    else if (!deepEqual(canonical[key], value)) out.push(`${path}.${key}`);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Moves `from` to `to` the way OpenClaw's `moveKey` / `mergeMissing` do: the existing target wins. */
export function planMove(root: JsonNode, from: JsonPath, to: JsonPath, merge: boolean, verb: string): FixPlan {
  const target = nodeAtPath(root, to);
  const legacy = nodeAtPath(root, from);
  const toText = show(to);
  if (!target) {
    return {
      title: `${verb} ${show(from)} to ${toText}`,
      safe: true,
      apply: (s) => s.move(from, to.slice(0, -1), String(to[to.length - 1])),
    };
  }
  const legacyValue = valueOf(legacy);
  const targetValue = valueOf(target);
  if (merge && isObject(target) && isObject(legacy)) {
    const conflicts = mergeConflicts(targetValue, legacyValue, dotPath(to));
    return {
      title:
        conflicts.length === 0
          ? `Merge ${show(from)} into ${toText}`
          : `Merge ${show(from)} into ${toText} (drops ${conflicts.map((c) => `\`${c}\``).join(", ")}: already set there, and OpenClaw keeps that value)`,
      safe: conflicts.length === 0,
      apply: (s) => mergeInto(s, from, to),
    };
  }
  const same = deepEqual(legacyValue, targetValue);
  return {
    title: same ? `Remove ${show(from)} (${toText} already has the same value)` : `Remove ${show(from)}: ${toText} is already set, and OpenClaw keeps that value`,
    safe: same,
    apply: (s) => s.remove(from),
  };
}

/** The legacy value replaces the new key's (doctor's choice where the old key was the effective one). */
function planOverwrite(from: JsonPath, to: JsonPath): FixPlan {
  return {
    title: `Move ${show(from)} to ${show(to)}, replacing the value there (OpenClaw used ${show(from)})`,
    safe: true,
    apply: (s) => s.remove(to) && s.move(from, to.slice(0, -1), String(to[to.length - 1])),
  };
}

/** mergeMissing as edits: every legacy property the target lacks moves over, recursively; then the legacy object goes. */
export function mergeInto(s: EditSession, from: JsonPath, to: JsonPath): boolean {
  const legacy = s.node(from);
  if (!isObject(legacy)) return s.fail(`${dotPath(from)} is not an object`);
  const keys = legacy.children!.map((p) => p.children![0]!.value as string);
  for (const key of [...new Set(keys)]) {
    const target = s.node([...to, key]);
    const source = s.node([...from, key]);
    if (!source) continue;
    if (!target) {
      if (!s.move([...from, key], to, key)) return false;
    } else if (isObject(target) && isObject(source)) {
      if (!mergeInto(s, [...from, key], [...to, key])) return false;
    }
  }
  return s.property(from) ? s.remove(from) : true;
}

/** The text of a computed value, indented like the node it replaces. */
export function valueText(s: EditSession, node: JsonNode, value: unknown): string {
  return formatValue(value, detectStyle(s.doc), indentationAt(s.doc.text, node.offset));
}

/** Replaces the value at `path` with a computed value (a string keeps the literal's quotes and escapes minimal). */
export function replaceWith(s: EditSession, path: JsonPath, value: unknown): boolean {
  const node = s.node(path);
  if (!node) return s.fail(`${dotPath(path)} is not there`);
  if (node.type === "string" && typeof value === "string") {
    const edit = replaceStringValue(s.doc, node, value);
    const start = s.doc.offsetAt(edit.range.start);
    return s.apply([{ start, end: s.doc.offsetAt(edit.range.end), text: edit.newText }]);
  }
  return s.replace(path, valueText(s, node, value));
}

function describeValue(value: unknown): string {
  return JSON.stringify(value);
}

/** The findings of one data rule (custom rules report through their own function). */
export function findingsOf(root: JsonNode, entry: MigrationEntry, rule: LegacyRule, message: (text: string) => string): LegacyFinding[] {
  const out: LegacyFinding[] = [];
  if (rule.kind === "custom") {
    rule.run({
      root,
      entry,
      rule,
      report: (node, text, fix, severity) => out.push({ entry, rule, node, message: message(text), ...(fix ? { fix } : {}), ...(severity ? { severity } : {}) }),
    });
    return out;
  }
  for (const match of matchPattern(root, rule.path)) {
    if (rule.when && !rule.when(valueOf(match.value))) continue;
    const key = match.property?.children![0] ?? match.value;
    const here = show(match.path);
    const note = rule.note ? ` ${rule.note}` : "";
    const push = (node: JsonNode, text: string, fix?: FixPlan) => {
      if (fix && rule.safe === false) fix.safe = false;
      if (fix && rule.requires && !nodeAtPath(root, parsePattern(rule.requires))) {
        fix.safe = false;
        fix.title += ` (creates \`${rule.requires}\`: OpenClaw drops the value when it is not configured)`;
      }
      if (fix && (rule.prune || rule.after)) {
        const inner = fix.apply;
        const keep = rule.prune === true ? 0 : rule.prune ? parsePattern(rule.prune).length - 1 : match.path.length;
        fix.apply = (s) => {
          if (!inner(s)) return false;
          if (rule.after && !rule.after(s, match)) return false;
          s.pruneEmpty(match.path.slice(0, -1), keep);
          return true;
        };
      }
      out.push({ entry, rule, node, message: message(text + note), ...(fix ? { fix } : {}) });
    };
    switch (rule.kind) {
      case "remove": {
        if (!match.property) break;
        push(key, `${here} is retired.`, { title: `Remove ${here}`, safe: true, apply: (s) => s.remove(match.path) });
        break;
      }
      case "rename": {
        const to = [...match.path.slice(0, -1), rule.to];
        const fix = rule.legacyWins && nodeAtPath(root, to) ? planOverwrite(match.path, to) : planMove(root, match.path, to, false, "Rename");
        const map = rule.map;
        if (!nodeAtPath(root, to)) {
          fix.apply = (s) => s.rename(match.path, rule.to) && (!map || replaceWith(s, to, map(valueOf(match.value))));
          if (map) fix.title = `Replace ${here} with ${show(to)}: ${describeValue(map(valueOf(match.value)))}`;
        }
        push(key, `${here} was renamed to ${show(to)}${map && !nodeAtPath(root, to) ? ` (${describeValue(map(valueOf(match.value)))})` : ""}.`, fix);
        break;
      }
      case "move": {
        const to = resolveTarget(rule.to, match.captures);
        const fix = rule.legacyWins && nodeAtPath(root, to) ? planOverwrite(match.path, to) : planMove(root, match.path, to, rule.merge ?? false, "Move");
        const map = rule.map;
        if (map && !nodeAtPath(root, to)) {
          const inner = fix.apply;
          fix.apply = (s) => inner(s) && replaceWith(s, to, map(valueOf(match.value)));
        }
        push(key, `${here} moved to ${show(to)}.`, fix);
        break;
      }
      case "value": {
        const old = valueOf(match.value);
        if (!rule.from.some((v) => deepEqual(v, old))) break;
        const next = typeof rule.to === "function" ? (rule.to as (value: unknown) => unknown)(old) : rule.to;
        push(match.value, `${here}: ${describeValue(old)} is a retired value; use ${describeValue(next)}.`, {
          title: `Replace ${describeValue(old)} with ${describeValue(next)}`,
          safe: true,
          apply: (s) => replaceWith(s, match.path, next),
        });
        break;
      }
      case "invert": {
        const old = valueOf(match.value);
        const to = [...match.path.slice(0, -1), rule.to];
        if (typeof old !== "boolean") {
          push(key, `${here} is retired; use ${show(to)} (the inverse boolean).`);
          break;
        }
        const existing = nodeAtPath(root, to);
        if (existing) {
          const agrees = valueOf(existing) === !old;
          push(key, `${here} is retired; use ${show(to)} (the inverse boolean).`, {
            title: agrees ? `Remove ${here} (${show(to)} already says the same)` : `Remove ${here}: ${show(to)} is already set and wins`,
            safe: agrees,
            apply: (s) => s.remove(match.path),
          });
          break;
        }
        push(key, `${here} is retired; use ${show(to)} (the inverse boolean).`, {
          title: `Replace ${here}: ${old} with ${show(to)}: ${!old}`,
          safe: true,
          apply: (s) => s.rename(match.path, rule.to) && s.replace(to, String(!old)),
        });
        break;
      }
      case "manual":
        push(key, `${here} is legacy: ${rule.why}`);
        break;
    }
  }
  return out;
}
