/**
 * The docs corpus: every config-shaped code block in OpenClaw's own `docs/`.
 *
 * Extraction rule (deterministic; see test/conformance/README.md):
 *  1. every Markdown file under `docs/` (sorted by path), every fenced code block (``` or ~~~, possibly
 *     indented inside a list item; the fence's indentation is stripped from its lines);
 *  2. whose info string's first word is `json`, `json5` or `jsonc` (case-insensitive);
 *  3. whose text parses with JSON5 (the `json5` package, as OpenClaw's loader) to a plain object with at least
 *     one key;
 *  4. and at least one of whose top-level keys is a root key of OpenClaw's schema (`OpenClawSchema`'s shape),
 *     so JSON that is not a config (RPC payloads, plugin manifests, channel fragments) is left out.
 * Blocks that use `$include` are set aside (they name files the docs do not ship) and counted as skipped.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSON5 from "json5";

export interface CorpusEntry {
  /** Stable id: `docs/<file>.md#L<line>` (line of the opening fence, 1-based). */
  id: string;
  text: string;
  /** Marks the blocks of the official complete examples page. */
  official?: boolean;
}

const CONFIG_FENCE_LANGUAGES = new Set(["json", "json5", "jsonc"]);
/** The docs page whose blocks are OpenClaw's complete official examples. */
export const OFFICIAL_EXAMPLES_PAGE = "docs/gateway/configuration-examples.md";

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(full));
    else if (entry.name.endsWith(".md")) out.push(full);
  }
  return out;
}

/** Fenced code blocks of one Markdown text: language (first info word, lower-cased), opening line, text. */
export function fencedBlocks(markdown: string): { language: string; line: number; text: string }[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: { language: string; line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^(\s*)(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[2]![0] === fence[0] && close[2]!.length >= fence.length) break;
      const line = lines[j]!;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ language: info.toLowerCase(), line: i + 1, text: body.join("\n") });
    i = j;
  }
  return blocks;
}

export interface DocsCorpus {
  entries: CorpusEntry[];
  skippedInclude: string[];
  /** Config-language blocks that are not config-shaped (not an object, no OpenClaw root key, JSON5 error). */
  notConfig: number;
}

export function docsCorpus(packageDir: string, rootKeys: ReadonlySet<string>): DocsCorpus {
  const docsDir = path.join(packageDir, "docs");
  const entries: CorpusEntry[] = [];
  const skippedInclude: string[] = [];
  let notConfig = 0;
  for (const file of markdownFiles(docsDir)) {
    const relative = path.relative(packageDir, file).split(path.sep).join("/");
    for (const block of fencedBlocks(readFileSync(file, "utf8"))) {
      if (!CONFIG_FENCE_LANGUAGES.has(block.language)) continue;
      let value: unknown;
      try {
        value = JSON5.parse(block.text);
      } catch {
        notConfig++;
        continue;
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        notConfig++;
        continue;
      }
      const keys = Object.keys(value);
      if (keys.length === 0 || !keys.some((key) => rootKeys.has(key))) {
        notConfig++;
        continue;
      }
      const id = `${relative}#L${block.line}`;
      if (/\$include\b/.test(block.text)) {
        skippedInclude.push(id);
        continue;
      }
      entries.push({ id, text: block.text, ...(relative === OFFICIAL_EXAMPLES_PAGE ? { official: true } : {}) });
    }
  }
  return { entries, skippedInclude, notConfig };
}
