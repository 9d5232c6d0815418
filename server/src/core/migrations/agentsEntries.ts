/**
 * `agents.list: [{ id: "main", ... }]` -> `agents.entries: { main: { ... } }` (OpenClaw's
 * runtime.agents-entries): each item becomes the entry named by its id, written in place of the list,
 * with the item's own text (comments included) minus its `id` property.
 */
import { nodeAtPath, propertyNode, valueOf } from "../document";
import type { EditSession } from "../edits/session";
import { detectStyle, formatKey, formatValue, indentationAt, lineStartOf, skipTrivia } from "../edits/style";
import { reindent } from "../edits/properties";
import type { CustomContext } from "./types";

export function agentsListToEntries(ctx: CustomContext): void {
  const listProperty = propertyNode(nodeAtPath(ctx.root, ["agents"]), "list");
  const list = listProperty?.children![1];
  if (!listProperty || !list) return;
  const key = listProperty.children![0]!;
  const message = "`agents.list` moved to keyed `agents.entries` (one entry per agent id).";
  if (list.type !== "array") {
    ctx.report(key, message);
    return;
  }
  const ids: string[] = [];
  for (const item of list.children!) {
    const id = valueOf(propertyNode(item, "id")?.children![1]);
    if (item.type !== "object" || typeof id !== "string" || id.trim() === "" || ids.includes(id)) {
      ctx.report(key, `${message} Every item needs its own string \`id\` before it can be converted.`);
      return;
    }
    ids.push(id);
  }
  if (nodeAtPath(ctx.root, ["agents", "entries"])) {
    ctx.report(key, `${message} \`agents.entries\` already exists: move the remaining agents into it by hand.`);
    return;
  }
  // A roster of several agents without a `default: true` marker: doctor also makes ownership explicit,
  // pins the first agent's workspace, and names "main" (if any) the ambient owner (legacy.roster).
  const items = list.children!.map((item) => valueOf(item) as Record<string, unknown>);
  const markerless = ids.length > 1 && items.every((item) => item.default !== true) && nodeAtPath(ctx.root, ["agents", "ownership"]) === undefined;
  const defaultsWorkspace = valueOf(nodeAtPath(ctx.root, ["agents", "defaults", "workspace"]));
  const firstWorkspace = items[0]!.workspace;
  const pin = markerless && (typeof firstWorkspace !== "string" || firstWorkspace.trim() === "") ? (typeof defaultsWorkspace === "string" && defaultsWorkspace.trim() ? defaultsWorkspace : DEFAULT_WORKSPACE) : undefined;
  const channels = valueOf(nodeAtPath(ctx.root, ["channels"]));
  const hasChannels = typeof channels === "object" && channels !== null && Object.keys(channels).some((k) => k !== "defaults");
  const notes: string[] = [];
  if (markerless) notes.push('ownership "explicit"');
  if (pin === DEFAULT_WORKSPACE) notes.push(`${ids[0]}'s workspace pinned to ${DEFAULT_WORKSPACE}, OpenClaw's default: check it if you use a profile or OPENCLAW_STATE_DIR`);
  if (markerless && hasChannels) notes.push("doctor may also add channel bindings to the first agent: run `openclaw doctor` afterwards");
  ctx.report(key, markerless ? `${message} Without a \`default: true\` agent, OpenClaw 2026.9.6 also needs \`agents.ownership: "explicit"\`.` : message, {
    title: `Convert \`agents.list\` to keyed \`agents.entries\` (${ids.join(", ")})${notes.length ? `; ${notes.join("; ")}` : ""}`,
    safe: !markerless || (pin !== DEFAULT_WORKSPACE && !hasChannels),
    apply: (s) => {
      if (!convert(s, ids)) return false;
      if (!markerless) return true;
      const style = detectStyle(s.doc);
      if (pin !== undefined && !s.insert(["agents", "entries", ids[0]!], "workspace", formatValue(pin, style, ""))) return false;
      if (!s.insert(["agents"], "ownership", formatValue("explicit", style, ""))) return false;
      if (ids.includes("main")) {
        if (!s.node(["agents", "defaults", "systemAgent", "agentId"]) && !s.insert(["agents", "defaults", "systemAgent"], "agentId", formatValue("main", style, ""))) return false;
        if (!s.node(["agents", "defaults", "heartbeat", "agentId"]) && !s.insert(["agents", "defaults", "heartbeat"], "agentId", formatValue("main", style, ""))) return false;
      }
      return true;
    },
  }, markerless ? "error" : undefined);
}

/** OpenClaw's default agent workspace (resolveDefaultAgentWorkspaceDir without a profile or OPENCLAW_STATE_DIR). */
const DEFAULT_WORKSPACE = "~/.openclaw/workspace";

function convert(s: EditSession, ids: string[]): boolean {
  // 1. Drop each item's id (last first, so earlier paths stay valid).
  for (let i = ids.length - 1; i >= 0; i--) if (!s.remove(["agents", "list", i, "id"])) return false;
  // 2. Rebuild the list as an object from the items' own text.
  const doc = s.doc;
  const text = doc.text;
  const style = detectStyle(doc);
  const listProperty = s.property(["agents", "list"])!;
  const list = listProperty.children![1]!;
  const indent = indentationAt(text, listProperty.offset);
  const inner = indent + style.indentUnit;
  const parts: string[] = [];
  let cursor = list.offset + 1;
  list.children!.forEach((item, index) => {
    // Comments between the previous item and this one travel with it.
    const between = text.slice(cursor, item.offset);
    const comments = doc.parse.comments.filter((c) => c.offset >= cursor && c.offset < item.offset).map((c) => text.slice(c.offset, c.offset + c.length));
    void between;
    const itemIndent = indentationAt(text, item.offset);
    const body = reindent(text.slice(item.offset, item.offset + item.length), itemIndent, inner);
    const afterComma = skipTrivia(doc, item.offset + item.length);
    cursor = text[afterComma] === "," ? afterComma + 1 : item.offset + item.length;
    // A comment on the item's last line, after its comma, stays on that line.
    const trailing = doc.parse.comments.find((c) => c.offset >= cursor && lineStartOf(text, c.offset) === lineStartOf(text, item.offset + item.length));
    if (trailing) cursor = trailing.offset + trailing.length;
    const lines = comments.map((c) => `${inner}${reindent(c, itemIndent, inner)}${style.eol}`).join("");
    const comma = index < list.children!.length - 1 || style.trailingCommas ? "," : "";
    const tail = trailing ? ` ${text.slice(trailing.offset, trailing.offset + trailing.length)}` : "";
    parts.push(`${lines}${inner}${formatKey(ids[index]!, style)}: ${body}${comma}${tail}${style.eol}`);
  });
  const rest = doc.parse.comments.filter((c) => c.offset >= cursor && c.offset < list.offset + list.length - 1);
  const restLines = rest.map((c) => `${inner}${text.slice(c.offset, c.offset + c.length)}${style.eol}`).join("");
  const value = parts.length === 0 ? "{}" : `{${style.eol}${parts.join("")}${restLines}${indent}}`;
  const key = listProperty.children![0]!;
  const keyText = key.quote ? `${key.quote}entries${key.quote}` : "entries";
  return s.apply([
    { start: key.offset, end: key.offset + key.length, text: keyText },
    { start: list.offset, end: list.offset + list.length, text: value },
  ]);
}
