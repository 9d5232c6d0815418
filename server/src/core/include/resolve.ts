/**
 * `$include` resolution with OpenClaw 2026.9.6's semantics (src/config/includes.ts), over an injected
 * file system instead of node:fs, keeping where every merged value was written.
 *
 * - `$include` may appear in any object, at the root, nested, or inside arrays, in the edited file and
 *   in included files. Its value is a path or an array of paths, relative to the file that holds it
 *   (absolute paths are allowed if they stay inside a root). `~` is not expanded.
 * - A single file replaces the object that holds `$include` (it may hold any JSON5 value); an array
 *   deep-merges its files in order, starting from `{}`; sibling keys are merged over the included
 *   content (which must then be an object). Merging concatenates arrays and merges objects.
 * - Every file must stay, lexically and after resolving symlinks, inside the edited config's folder
 *   (for nested includes too) or one of OPENCLAW_INCLUDE_ROOTS.
 * - Checks in OpenClaw's order: path (NUL byte, length, root, symlink root), cycle, depth (an included
 *   file at depth 10 may not include further), read (regular file, no hard links, at most 2 MB), parse.
 *
 * OpenClaw stops at the first failure and refuses to start. Here every failure is collected (each an
 * Error on the `$include` string of the edited file that leads to it) and the object that holds the
 * failing `$include` keeps its sibling keys plus the `$include` key itself: the validator reads that
 * key as "contents unknown" and does not report what the missing file would have supplied.
 */
import path from "node:path";
import { URI } from "vscode-uri";
import { ConfigDocument } from "../document";
import type { JsonNode } from "../json5/ast";
import { MAX_INCLUDE_DEPTH, MAX_INCLUDE_FILE_BYTES, MAX_INCLUDE_PATH_LENGTH, type IncludeFileSystem, type IncludeOptions } from "./fileSystem";
import { deepMerge, type IncludeSource, type KeyOrigin, type MergedObject, type MergedValue, type Origin } from "./merged";

export const INCLUDE_KEY = "$include";

/** The include problem codes (docs/rules/<code>.md). All Errors: OpenClaw refuses to start on each. */
export const INCLUDE_CODES = [
  "include-not-found",
  "include-unreadable",
  "include-outside-root",
  "include-too-large",
  "include-cycle",
  "include-too-deep",
  "include-parse-error",
  "include-invalid",
  "include-limit",
] as const;

export type IncludeCode = (typeof INCLUDE_CODES)[number];

/**
 * Ours, not OpenClaw's: how many included files one resolution reads. Ten levels of arrays of twenty
 * files would be 20^10 reads; a config opened from an untrusted folder must not hang the editor.
 */
export const MAX_INCLUDE_LOADS = 1000;

export interface IncludeProblem {
  code: IncludeCode;
  /** Where it is reported in the edited document: the `$include` string (or value) leading to it. */
  node: JsonNode;
  message: string;
  /** A limit of this editor, not a refusal of OpenClaw's: a Warning. */
  warning?: boolean;
  /** Where in an included file the problem is (a nested `$include`, a syntax error). */
  related?: { uri: string; doc: ConfigDocument; offset: number; length: number; message: string };
}

export interface IncludeResolution {
  /** The merged config. */
  value: MergedValue;
  problems: IncludeProblem[];
  /** Every path an include looked at, found or not (lexical and canonical): what to watch for changes. */
  watchedFiles: string[];
  /** Whether the document holds any `$include` (when not, `value` is just the document). */
  hasIncludes: boolean;
}

interface Root {
  dir: string;
  realDir: string;
}

interface Frame {
  source: IncludeSource;
  /** Normalized paths of the files from the edited document to this one (OpenClaw's `visited`). */
  visited: readonly string[];
  depth: number;
}

class Failure {
  constructor(readonly problem: IncludeProblem) {}
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}

function fileUri(file: string): string {
  return URI.file(file).toString();
}

/** The file path of a document URI, or undefined when it is not a file (untitled, remote). */
export function documentFilePath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === "file" ? path.normalize(parsed.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the document's tree holds a `$include` key anywhere (cheap pre-check: text first). */
export function hasIncludeDirective(doc: ConfigDocument): boolean {
  if (!doc.text.includes(INCLUDE_KEY)) return false;
  const visit = (node: JsonNode): boolean => {
    if (node.type === "property") return node.children![0]!.value === INCLUDE_KEY || (node.children![1] !== undefined && visit(node.children![1]));
    return (node.type === "object" || node.type === "array") && node.children!.some(visit);
  };
  return doc.root !== undefined && visit(doc.root);
}

class IncludeResolver {
  readonly problems: IncludeProblem[] = [];
  readonly watched = new Set<string>();
  private readonly roots: Root[];
  private readonly parsed = new Map<string, ConfigDocument>();
  private loads = 0;
  private overLimit: Failure | undefined;

  private readonly fs: IncludeFileSystem;

  constructor(options: IncludeOptions, mainFile: string) {
    this.fs = options.fs;
    const realDir = (dir: string) => path.normalize(this.fs.realpath(dir) ?? dir);
    const configDir = path.normalize(path.dirname(mainFile));
    const extra = (options.roots ?? []).filter((root) => root.length > 0 && path.isAbsolute(root)).map((root) => path.normalize(root));
    this.roots = [configDir, ...extra].map((dir) => ({ dir, realDir: realDir(dir) }));
  }

  private get configDir(): string {
    return this.roots[0]!.dir;
  }

  process(node: JsonNode, frame: Frame, key?: KeyOrigin): MergedValue {
    const origin: Origin = { source: frame.source, node, ...(key ? { key } : {}) };
    if (node.type === "array") return { kind: "array", items: node.children!.map((item) => this.process(item, frame)), origin };
    if (node.type !== "object") return { kind: "scalar", node, origin };
    const entries = new Map<string, MergedValue>();
    let include: { key: JsonNode; value: JsonNode } | undefined;
    for (const property of node.children!) {
      const [keyNode, value] = property.children!;
      if (!keyNode || !value) continue;
      const name = keyNode.value as string;
      if (name === INCLUDE_KEY) {
        include = { key: keyNode, value };
        continue;
      }
      // Only the last occurrence of a key counts, in the first one's place (JSON5.parse, Map.set).
      entries.set(name, this.process(value, frame, { source: frame.source, node: keyNode }));
    }
    const object: MergedObject = { kind: "object", entries, origin };
    if (!include) return object;
    const included = this.resolveInclude(include.value, frame);
    if (!(included instanceof Failure)) {
      if (entries.size === 0) return withKey(included, key);
      if (included.kind === "object") return deepMerge(included, object);
      const anchor = this.anchor(include.value, frame);
      this.problems.push({
        code: "include-invalid",
        node: anchor,
        message: `${this.via(frame)}Sibling keys next to \`$include\` need the included content to be an object, and ${describe(include.value)} holds ${kindOf(included)}: OpenClaw refuses to start.`,
      });
    }
    // Unknown contents: keep the `$include` key so that validation does not ask for what it would supply.
    entries.set(INCLUDE_KEY, this.process(include.value, frame, { source: frame.source, node: include.key }));
    return object;
  }

  /** Where a problem at `node` of the frame's file is reported in the edited document. */
  private anchor(node: JsonNode, frame: Frame): JsonNode {
    return frame.source.anchor ?? node;
  }

  /** "In ./a.json5 (included here): " for problems found in an included file. */
  private via(frame: Frame): string {
    return frame.source.chain.length > 0 ? `In ${frame.source.chain.map((p) => `\`${p}\``).join(" → ")} (included here): ` : "";
  }

  private resolveInclude(value: JsonNode, frame: Frame): MergedValue | Failure {
    if (value.type === "string") return this.loadFile(value, frame);
    if (value.type === "array") {
      let merged: MergedValue = { kind: "object", entries: new Map(), origin: { source: frame.source, node: value } };
      let failed: Failure | undefined;
      for (const item of value.children!) {
        const loaded: MergedValue | Failure =
          item.type === "string"
            ? this.loadFile(item, frame)
            : this.fail(frame, item, "include-invalid", `Each \`$include\` path must be a string, not ${describeType(item)}.`);
        if (loaded instanceof Failure) failed ??= loaded;
        else merged = deepMerge(merged, loaded);
      }
      return failed ?? merged;
    }
    return this.fail(frame, value, "include-invalid", `\`$include\` must be a path or an array of paths, not ${describeType(value)}.`);
  }

  private fail(frame: Frame, node: JsonNode, code: IncludeCode, message: string, related?: IncludeProblem["related"], warning = false): Failure {
    const problem: IncludeProblem = { code, node: this.anchor(node, frame), message: `${this.via(frame)}${message}`, ...(related ? { related } : {}), ...(warning ? { warning } : {}) };
    if (!related && frame.source.anchor) {
      // A problem inside an included file: point at the exact place there too.
      problem.related = { uri: fileUri(frame.source.file), doc: frame.source.doc, offset: node.offset, length: node.length, message };
    }
    this.problems.push(problem);
    return new Failure(problem);
  }

  private loadFile(node: JsonNode, frame: Frame): MergedValue | Failure {
    const written = node.value as string;
    const shown = `\`${written.length > 200 ? `${written.slice(0, 200)}…` : written}\``;
    if (written.includes("\0")) return this.fail(frame, node, "include-invalid", "An `$include` path must not contain NUL characters.");
    if (written.length >= MAX_INCLUDE_PATH_LENGTH) return this.fail(frame, node, "include-invalid", `The \`$include\` path is ${written.length} characters long: OpenClaw refuses paths of ${MAX_INCLUDE_PATH_LENGTH} or more.`);
    const resolved = path.normalize(path.isAbsolute(written) ? written : path.resolve(path.dirname(frame.source.file), written));
    if (resolved.length >= MAX_INCLUDE_PATH_LENGTH) return this.fail(frame, node, "include-invalid", `${shown} resolves to a path of ${resolved.length} characters: OpenClaw refuses paths of ${MAX_INCLUDE_PATH_LENGTH} or more.`);
    const rootsText = this.roots.length > 1 ? `the config folder ${this.configDir} or OPENCLAW_INCLUDE_ROOTS (${this.roots.slice(1).map((r) => r.dir).join(", ")})` : `the config folder ${this.configDir}`;
    const lexical = this.roots.find((root) => isInside(root.dir, resolved));
    if (!lexical) {
      return this.fail(frame, node, "include-outside-root", `${shown} resolves to ${resolved}, outside ${rootsText}: OpenClaw refuses to read it. Move the file into the config folder or add its folder to OPENCLAW_INCLUDE_ROOTS.`);
    }
    this.watched.add(resolved);
    const real = this.fs.realpath(resolved);
    if (real !== undefined) {
      const canonical = path.normalize(real);
      this.watched.add(canonical);
      if (!this.roots.some((root) => isInside(root.realDir, canonical))) {
        return this.fail(frame, node, "include-outside-root", `${shown} is a symlink (or inside one) that resolves to ${canonical}, outside ${rootsText}: OpenClaw refuses to read it.`);
      }
    }
    if (frame.visited.includes(resolved)) {
      const chain = [...frame.visited, resolved].map((file) => path.relative(this.configDir, file) || path.basename(file)).join(" → ");
      return this.fail(frame, node, "include-cycle", `Circular include: ${chain}. OpenClaw refuses to start.`);
    }
    if (frame.depth >= MAX_INCLUDE_DEPTH) {
      return this.fail(frame, node, "include-too-deep", `Includes nest more than ${MAX_INCLUDE_DEPTH} levels deep at ${shown}: OpenClaw refuses to start. Flatten the chain of included files.`);
    }
    if (++this.loads > MAX_INCLUDE_LOADS) {
      this.overLimit ??= this.fail(frame, node, "include-limit", `More than ${MAX_INCLUDE_LOADS} included files to read: the editor stops following \`$include\` here (OpenClaw would go on), so what the rest would add is not checked.`, undefined, true);
      return this.overLimit;
    }
    const doc = this.parsed.get(resolved) ?? this.read(resolved, node, frame, shown);
    if (doc instanceof Failure) return doc;
    this.parsed.set(resolved, doc);
    const syntax = doc.parse.errors[0];
    if (syntax || !doc.root) {
      const at = syntax ? doc.textDocument.positionAt(syntax.offset) : { line: 0, character: 0 };
      // The parser's text may quote a token of the file (a secret, perhaps): name only the kind.
      const what = !syntax ? "is empty" : syntax.code === "json5-unexpected-token" ? "has a syntax error" : `has a syntax error (${syntax.message.replace(/\.$/, "")})`;
      const message = `${shown} ${what} at line ${at.line + 1}, column ${at.character + 1}: OpenClaw cannot parse it and refuses to start.`;
      return this.fail(frame, node, "include-parse-error", message, {
        uri: doc.uri,
        doc,
        offset: syntax?.offset ?? 0,
        length: syntax?.length ?? 0,
        message: syntax?.message ?? "The file is empty.",
      });
    }
    const source: IncludeSource = { doc, file: resolved, chain: [...frame.source.chain, written], anchor: frame.source.anchor ?? node };
    return this.process(doc.root, { source, visited: [...frame.visited, resolved], depth: frame.depth + 1 });
  }

  private read(resolved: string, node: JsonNode, frame: Frame, shown: string): ConfigDocument | Failure {
    const read = this.fs.readFile(resolved, MAX_INCLUDE_FILE_BYTES);
    if (read.ok) return parsedInclude(resolved, read.text);
    switch (read.reason) {
      case "missing": {
        const hint = written(node).includes("${") ? " OpenClaw does not substitute ${VAR} in `$include` paths." : written(node).startsWith("~") ? " OpenClaw does not expand `~` in `$include` paths: write a path relative to this file." : "";
        return this.fail(frame, node, "include-not-found", `Included file ${shown} not found (${resolved}): OpenClaw refuses to start.${hint}`);
      }
      case "too-large":
        return this.fail(frame, node, "include-too-large", `Included file ${shown} is ${read.size !== undefined ? `${read.size} bytes` : "too large"}: OpenClaw reads at most ${MAX_INCLUDE_FILE_BYTES} bytes (2 MB) per file and refuses to start.`);
      case "not-a-file":
        return this.fail(frame, node, "include-unreadable", `${shown} (${resolved}) is not a regular file: OpenClaw only includes files.`);
      case "hardlinked":
        return this.fail(frame, node, "include-unreadable", `${shown} (${resolved}) has more than one hard link: OpenClaw refuses hard-linked include files. Copy the file instead.`);
      default:
        return this.fail(frame, node, "include-unreadable", `Cannot read ${shown} (${resolved})${read.detail ? `: ${read.detail}` : ""}: OpenClaw refuses to start.`);
    }
  }
}

/**
 * Included files parsed by earlier resolutions, by path, reused while their text is the same: the config
 * is validated on every edit, and its included files (up to 2 MB each) rarely change meanwhile.
 */
const parsedIncludes = new Map<string, ConfigDocument>();
const MAX_PARSED_INCLUDES = 64;

function parsedInclude(file: string, text: string): ConfigDocument {
  const cached = parsedIncludes.get(file);
  if (cached && cached.text === text) return cached;
  const doc = ConfigDocument.create(fileUri(file), text, 0, "json5");
  parsedIncludes.delete(file);
  parsedIncludes.set(file, doc);
  if (parsedIncludes.size > MAX_PARSED_INCLUDES) parsedIncludes.delete(parsedIncludes.keys().next().value!);
  return doc;
}

function written(node: JsonNode): string {
  return String(node.value);
}

function withKey(value: MergedValue, key: KeyOrigin | undefined): MergedValue {
  // The included content takes the place of the object: the key that held it stays the one written.
  if (!key) return value;
  return { ...value, origin: { ...value.origin, key } } as MergedValue;
}

function describe(value: JsonNode): string {
  return value.type === "string" ? `\`${String(value.value)}\`` : "the included files";
}

function describeType(node: JsonNode): string {
  return node.type === "object" ? "an object" : node.type === "array" ? "an array" : node.type === "null" ? "null" : `a ${node.type}`;
}

function kindOf(value: MergedValue): string {
  return value.kind === "array" ? "an array" : value.kind === "object" ? "an object" : describeType(value.node);
}

/**
 * Resolves every `$include` of `doc`, which is (or stands for) the config file `configPath`, and merges
 * the result. Without includes the value is just the document.
 */
export function resolveIncludes(doc: ConfigDocument, configPath: string, options: IncludeOptions): IncludeResolution {
  const file = path.normalize(path.resolve(configPath));
  const source: IncludeSource = { doc, file, chain: [] };
  const resolver = new IncludeResolver(options, file);
  const value = resolver.process(doc.root!, { source, visited: [file], depth: 0 });
  return { value, problems: resolver.problems, watchedFiles: [...resolver.watched], hasIncludes: hasIncludeDirective(doc) };
}
