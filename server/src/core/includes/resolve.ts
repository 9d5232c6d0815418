/**
 * `$include` resolution with OpenClaw's semantics (src/config/includes.ts): a string or an array of strings,
 * relative to the including file; confined to the directory of the edited config or an allowed root, both
 * lexically and after resolving symlinks; 2 MB per file; nesting at most 10; no cycles. One file replaces
 * the object holding `$include`; an array deep-merges its files in order; sibling keys are merged over the
 * included content. Problems are collected (OpenClaw stops at the first); each is placed on a node of the
 * edited document: the `$include` value, or for a problem inside an included file, the `$include` string in
 * the edited document that led there.
 */
import path from "node:path";
import { ConfigDocument, propertyNode } from "../document";
import type { JsonNode } from "../json5/ast";
import { MAX_INCLUDE_DEPTH, MAX_INCLUDE_FILE_BYTES, MAX_INCLUDE_PATH_LENGTH, type IncludeOptions } from "./fileSystem";
import { deepMerge, type IncludeSource, type Origin, type Val } from "./tree";

export type IncludeProblemCode = "include-not-found" | "include-outside-root" | "include-invalid";

export interface IncludeProblem {
  code: IncludeProblemCode;
  /** The node of the edited document the problem is reported on. */
  node: JsonNode;
  message: string;
}

export interface ResolvedIncludes {
  root: Val;
  problems: IncludeProblem[];
  /** Every included file read (absolute paths), for watching. */
  files: string[];
}

interface Root {
  dir: string;
  realDir: string;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function describe(node: JsonNode): string {
  return node.type === "array" ? "array" : node.type === "property" ? "property" : node.type;
}

export function resolveIncludes(doc: ConfigDocument, configPath: string, options: IncludeOptions): ResolvedIncludes {
  const fs = options.fs;
  const realOr = (dir: string) => path.normalize(fs.realpath(dir) ?? dir);
  const configDir = path.normalize(path.dirname(configPath));
  const roots: Root[] = [
    { dir: configDir, realDir: realOr(configDir) },
    ...(options.roots ?? []).filter((r) => r.length > 0 && path.isAbsolute(r)).map((r) => ({ dir: path.normalize(r), realDir: realOr(path.normalize(r)) })),
  ];
  const problems: IncludeProblem[] = [];
  const files = new Set<string>();
  const main: IncludeSource = { doc, file: path.normalize(configPath) };

  const fail = (source: IncludeSource, node: JsonNode, code: IncludeProblemCode, message: string): void => {
    // Inside an included file the problem goes on the `$include` of the edited document that led there.
    if (source.anchor) problems.push({ code, node: source.anchor, message: `In ${source.display}: ${message}` });
    else problems.push({ code, node, message });
  };

  const emptyObject = (origin: Origin): Val => ({ kind: "object", entries: new Map(), origin });

  function process(node: JsonNode, source: IncludeSource, key: JsonNode | undefined, visited: string[], depth: number): Val {
    const origin: Origin = { source, node, ...(key ? { key } : {}) };
    if (node.type === "array") return { kind: "array", items: node.children!.map((item) => process(item, source, undefined, visited, depth)), origin };
    if (node.type !== "object") return { kind: "scalar", node, origin };
    if (propertyNode(node, "$include")) return processInclude(node, source, origin, visited, depth);
    const entries = new Map<string, Val>();
    for (const property of node.children!) {
      const [k, value] = property.children!;
      if (value) entries.set(String(k!.value), process(value, source, k, visited, depth));
    }
    return { kind: "object", entries, origin };
  }

  function processInclude(node: JsonNode, source: IncludeSource, origin: Origin, visited: string[], depth: number): Val {
    const includeProperty = propertyNode(node, "$include")!;
    const includeValue = includeProperty.children![1];
    const siblings = new Map<string, Val>();
    for (const property of node.children!) {
      const [k, value] = property.children!;
      if (value && k!.value !== "$include") siblings.set(String(k!.value), process(value, source, k, visited, depth));
    }
    let included: Val;
    if (!includeValue) included = emptyObject(origin);
    else if (includeValue.type === "string") included = loadFile(includeValue, source, origin, visited, depth);
    else if (includeValue.type === "array") {
      included = emptyObject(origin);
      for (const item of includeValue.children!) {
        if (item.type !== "string") {
          fail(source, item, "include-invalid", `Invalid $include array item: expected a file path string, got ${describe(item)}.`);
          continue;
        }
        included = deepMerge(included, loadFile(item, source, origin, visited, depth));
      }
    } else {
      fail(source, includeValue, "include-invalid", `Invalid $include value: expected a file path string or an array of them, got ${describe(includeValue)}.`);
      included = emptyObject(origin);
    }
    if (siblings.size === 0) return { ...included, origin };
    if (included.kind !== "object") {
      fail(source, includeValue ?? includeProperty, "include-invalid", "Sibling keys next to $include require the included content to be an object.");
      included = emptyObject(origin);
    }
    return deepMerge(included, { kind: "object", entries: siblings, origin });
  }

  function loadFile(pathNode: JsonNode, source: IncludeSource, origin: Origin, visited: string[], depth: number): Val {
    const includePath = pathNode.value as string;
    const empty = emptyObject(origin);
    if (includePath.includes("\0")) return fail(source, pathNode, "include-invalid", "An include path must not contain null bytes."), empty;
    if (includePath.length >= MAX_INCLUDE_PATH_LENGTH) return fail(source, pathNode, "include-invalid", `The include path is longer than OpenClaw allows (${MAX_INCLUDE_PATH_LENGTH} characters).`), empty;
    const resolved = path.normalize(path.isAbsolute(includePath) ? includePath : path.resolve(path.dirname(source.file), includePath));
    if (!roots.some((root) => isInside(root.dir, resolved))) {
      const where = roots.length > 1 ? `the config directory (${configDir}) or OPENCLAW_INCLUDE_ROOTS` : `the config directory (${configDir})`;
      return fail(source, pathNode, "include-outside-root", `"${includePath}" points outside ${where}: OpenClaw refuses to include it.`), empty;
    }
    const real = fs.realpath(resolved);
    if (real !== undefined && !roots.some((root) => isInside(root.realDir, path.normalize(real)))) {
      return fail(source, pathNode, "include-outside-root", `"${includePath}" is a symlink to ${real}, outside the config directory: OpenClaw refuses to include it.`), empty;
    }
    if (visited.includes(resolved)) {
      return fail(source, pathNode, "include-invalid", `Circular include: ${[...visited, resolved].map((f) => path.basename(f)).join(" -> ")}.`), empty;
    }
    if (depth >= MAX_INCLUDE_DEPTH) return fail(source, pathNode, "include-invalid", `Includes nest deeper than OpenClaw allows (${MAX_INCLUDE_DEPTH} levels) at "${includePath}".`), empty;
    const read = fs.readFile(resolved, MAX_INCLUDE_FILE_BYTES);
    if (!read.ok) {
      const message =
        read.reason === "missing"
          ? `Include file not found: "${includePath}" (${resolved}).`
          : read.reason === "too-large"
            ? `Include file "${includePath}" is larger than OpenClaw's limit of 2 MB.`
            : read.reason === "not-a-file"
              ? `"${includePath}" is not a regular file.`
              : `Cannot read include file "${includePath}"${read.detail ? `: ${read.detail}` : ""}.`;
      return fail(source, pathNode, read.reason === "missing" ? "include-not-found" : "include-invalid", message), empty;
    }
    files.add(resolved);
    const included = ConfigDocument.create(fileUri(resolved), read.text);
    const error = included.parse.errors[0];
    if (error || !included.root) {
      const at = error ? ` at line ${included.range(error.offset, 0).start.line + 1}: ${error.message}` : ": the file is empty";
      return fail(source, pathNode, "include-invalid", `Include file "${includePath}" is not valid JSON5${at}`), empty;
    }
    const nested: IncludeSource = {
      doc: included,
      file: resolved,
      display: source.anchor ? `${source.display} > ${includePath}` : includePath,
      anchor: source.anchor ?? pathNode,
    };
    return process(included.root, nested, undefined, [...visited, resolved], depth + 1);
  }

  const root = process(doc.root!, main, undefined, [main.file], 0);
  return { root, problems, files: [...files] };
}

/** A file: URI for an absolute path (POSIX or Windows), without touching the file system. */
export function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, "/");
  const withRoot = slashed.startsWith("/") ? slashed : `/${slashed}`;
  return `file://${withRoot.split("/").map((segment) => encodeURIComponent(segment).replace(/%3A/g, ":")).join("/")}`;
}
