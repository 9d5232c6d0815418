// Bundles the client, the server and the CLI with esbuild, and compiles the tests with tsc.
// Usage: node scripts/build.mjs [--bundles-only] [--watch] [--minify]
// --minify (used by `npm run package`): minified bundles without source maps, for the .vsix.
import { build, context } from "esbuild";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Prefer ES module builds: jsonc-parser's UMD build loads its parts with a dynamic require esbuild cannot follow.
  mainFields: ["module", "main"],
  sourcemap: !args.has("--minify"),
  minify: args.has("--minify"),
  logLevel: "warning",
  absWorkingDir: root,
};

const entries = [
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", external: ["vscode"] },
  { entryPoints: ["server/src/server.ts"], outfile: "dist/server.js" },
  { entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
];

if (args.has("--watch")) {
  for (const entry of entries) {
    const ctx = await context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
  if (!args.has("--bundles-only")) {
    // Type-check everything and emit the tests (node:test and the VS Code mocha suite run from out/).
    const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], {
      cwd: root,
      stdio: "inherit",
    });
    if (tsc.status !== 0) {
      console.error("build: type errors (see above)");
      process.exit(1);
    }
  }
}
