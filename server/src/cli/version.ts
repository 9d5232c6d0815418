/**
 * `--version`: the package version and the OpenClaw version the bundled schema was generated from,
 * both read next to the bundle at run time (dist/cli.js -> ../package.json, ../schemas/).
 */
import fs from "node:fs";
import path from "node:path";

/** The package root: dist/cli.js and out/server/src/cli/*.js both find package.json above them. */
export function packageRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export function packageVersion(root = packageRoot()): string {
  const version = readJson(path.join(root, "package.json"))?.version;
  return typeof version === "string" ? version : "unknown";
}

/** The OpenClaw version of the bundled schema, or undefined when no schema is bundled. */
export function schemaOpenclawVersion(root = packageRoot()): string | undefined {
  const version = readJson(path.join(root, "schemas", "openclaw-schema.meta.json"))?.openclawVersion;
  return typeof version === "string" ? version : undefined;
}

export function versionText(root = packageRoot()): string {
  const schema = schemaOpenclawVersion(root);
  return `openclaw-config ${packageVersion(root)}\nOpenClaw schema: ${schema ?? "not bundled"}\n`;
}
