// `npm run package`: builds, then packs the extension into <repo>/openclaw-config-<version>.vsix with
// vsce and prints what went in. esbuild bundles every runtime dependency into dist/, so vsce runs
// with --no-dependencies and .vscodeignore keeps the package to the files that run.
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const vsce = path.join(root, "node_modules", "@vscode", "vsce", "vsce");

function run(args, options = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...options });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    throw new Error(`${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
  return result.stdout;
}

/** Builds (unless --no-build) and packs; returns the .vsix path and the packed file list. */
export function packageExtension({ build = true, quiet = false } = {}) {
  if (build) run([path.join(root, "scripts", "build.mjs"), "--bundles-only", "--minify"], { stdio: "inherit" });
  const files = run([vsce, "ls", "--no-dependencies"]).split("\n").filter(Boolean).sort();
  run([vsce, "package", "--no-dependencies", "--no-update-package-json", "--out", vsix]);
  if (!quiet) {
    console.log(`\n${path.relative(process.cwd(), vsix) || vsix}: ${(statSync(vsix).size / 1024).toFixed(1)} KiB, ${files.length} files`);
    for (const file of files) console.log(`  ${file}  ${(statSync(path.join(root, file)).size / 1024).toFixed(1)} KiB`);
  }
  return { vsix, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  packageExtension({ build: !process.argv.includes("--no-build") });
}
