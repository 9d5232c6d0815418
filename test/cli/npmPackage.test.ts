/**
 * The published package: `npm pack` the repository, install the tarball in an empty folder with
 * --omit=dev, and run both bins from there on this Node (20): no dev dependency, no repository file.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { LspClient, type Transport } from "../lsp/lspClient";
import { LEGACY_CONFIG, REPO_ROOT, cleanEnv } from "./cliRunner";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("npm package: pack, install with --omit=dev, run both bins", () => {
  let work: string;
  let installDir: string;
  let tarball: string;
  let packed: string[];

  before(() => {
    work = mkdtempSync(path.join(os.tmpdir(), "openclaw-npm-"));
    // --ignore-scripts: the tier runs on the bundles `npm test` just built (prepack would rebuild dist/
    // while the other CLI tests run it).
    const out = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: REPO_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(work, info!.filename);
    packed = info!.files.map((f) => f.path).sort();
    installDir = path.join(work, "project");
    execFileSync("mkdir", ["-p", installDir]);
    writeFileSync(path.join(installDir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    // --offline: the package has no dependencies, so the install must not need the registry at all.
    execFileSync(npm, ["install", tarball, "--omit=dev", "--offline", "--no-audit", "--no-fund", "--no-package-lock"], {
      cwd: installDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it("ships only what runs: bundles, bins, schema, docs; no sources, tests or source maps", () => {
    for (const file of ["bin/openclaw-config.js", "bin/openclaw-config-language-server.js", "dist/cli.js", "dist/server.js", "schemas/openclaw.schema.json", "schemas/openclaw-schema.meta.json", "README.md", "LICENSE", "package.json"]) {
      assert.ok(packed.includes(file), `${file} is packed`);
    }
    for (const file of packed) {
      assert.ok(!/^(server|client|test|scripts|out|node_modules|\.cache)\//.test(file) && !file.endsWith(".map") && !file.endsWith(".ts"), `${file} should not be packed`);
    }
  });

  it("installs no dependency at all (everything is bundled)", () => {
    const installed = readdirSync(path.join(installDir, "node_modules")).filter((name) => !name.startsWith("."));
    assert.deepEqual(installed, ["openclaw-config"]);
    const manifest = JSON.parse(readFileSync(path.join(installDir, "node_modules", "openclaw-config", "package.json"), "utf8"));
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
  });

  it("runs `openclaw-config` from node_modules/.bin: --version and a check with the bundled schema", () => {
    const bin = path.join(installDir, "node_modules", ".bin", "openclaw-config");
    const version = spawnSync(bin, ["--version"], { cwd: installDir, encoding: "utf8", env: cleanEnv(installDir) });
    assert.equal(version.status, 0, version.stderr);
    const meta = JSON.parse(readFileSync(path.join(REPO_ROOT, "schemas", "openclaw-schema.meta.json"), "utf8"));
    assert.match(version.stdout, new RegExp(`OpenClaw schema: ${meta.openclawVersion.replace(/\./g, "\\.")}`));

    writeFileSync(path.join(installDir, "openclaw.json"), LEGACY_CONFIG.replace("models: {", "modelz: 1,\n  models: {"));
    const check = spawnSync(bin, ["check", "--format", "json", "openclaw.json"], { cwd: installDir, encoding: "utf8", env: cleanEnv(installDir) });
    assert.equal(check.status, 1, check.stderr);
    const codes = (JSON.parse(check.stdout).files[0].diagnostics as { code: string }[]).map((d) => d.code);
    assert.ok(codes.includes("legacy-codex-base-url"), codes.join());
    assert.ok(codes.includes("unknown-key"), `the schema from the package reports modelz: ${codes.join()}`);
    const sarif = spawnSync(bin, ["check", "--format", "sarif", "openclaw.json"], { cwd: installDir, encoding: "utf8", env: cleanEnv(installDir) });
    const rules = JSON.parse(sarif.stdout).runs[0].tool.driver.rules as { id: string; help: { markdown: string } }[];
    assert.match(rules.find((r) => r.id === "unknown-key")!.help.markdown, /^# unknown-key\n/, "the rule docs ship in the package");
  });

  for (const transport of ["stdio", "ipc"] as Transport[]) {
    it(`runs \`openclaw-config-language-server --${transport === "ipc" ? "node-ipc" : "stdio"}\` from node_modules/.bin`, async () => {
      const serverPath = path.join(installDir, "node_modules", ".bin", "openclaw-config-language-server");
      const client = await LspClient.start(transport, { diagnosticsDebounceMs: 0 }, {}, { serverPath, env: cleanEnv(installDir) });
      try {
        const uri = `file://${installDir}/${transport}/openclaw.json`;
        await client.open(uri, LEGACY_CONFIG);
        const published = await client.diagnosticsFor(uri, 1);
        assert.ok(published.diagnostics.some((d) => d.code === "legacy-codex-base-url"));
      } finally {
        assert.equal(await client.stop(), 0);
      }
    });
  }
});
