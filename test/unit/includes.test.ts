import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { originAt, plainValue } from "../../server/src/core/include/merged";
import { resolveIncludes } from "../../server/src/core/include/resolve";
import { serializeMerged } from "../../server/src/core/include/serialize";
import type { JsonNode } from "../../server/src/core/json5/ast";
import { parseJson5 } from "../../server/src/core/json5/parser";
import { createLanguageService } from "../../server/src/core/languageService";
import { includeRootsFromEnv, nodeIncludeOptions } from "../../server/src/nodeIncludeFileSystem";
import type { Fix, OpenClawDiagnostic } from "../../server/src/core/types";

// Real files in real temp dirs (no mocks): the same node file system the server and the CLI use.
let dir: string;
let outside: string;

function write(relative: string, text: string | Buffer, base = dir): string {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function open(text: string, options = nodeIncludeOptions({})) {
  const file = write("openclaw.json", text);
  const doc = ConfigDocument.create(pathToFileURL(file).href, text);
  const service = createLanguageService({ includes: options });
  return { doc, diagnostics: service.validate(doc), service };
}

function errors(diagnostics: readonly OpenClawDiagnostic[]) {
  return diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
}

/** The text each diagnostic sits on, with its code. */
function placed(doc: ConfigDocument, diagnostics: readonly OpenClawDiagnostic[]): [string, string][] {
  return diagnostics.map((d) => [d.code, doc.text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end))]);
}

function resolve(text: string) {
  const file = write("openclaw.json", text);
  const doc = ConfigDocument.create(pathToFileURL(file).href, text);
  return resolveIncludes(doc, file, nodeIncludeOptions({}));
}

function merged(text: string): unknown {
  const resolved = resolve(text);
  assert.deepEqual(resolved.problems.map((p) => p.message), []);
  return plainValue(resolved.value);
}

before(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-include-")));
  outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-outside-")));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

// Expected values below were produced by OpenClaw 2026.9.6's own resolveConfigIncludes on the same files.
describe("$include merge semantics (as OpenClaw's src/config/includes.ts)", () => {
  it("a single file replaces the object that holds $include", () => {
    write("gw.json5", `// comments: JSON5\n{ port: 18789, bind: 'loopback', }`);
    assert.deepEqual(merged(`{ gateway: { $include: "./gw.json5" } }`), { gateway: { port: 18789, bind: "loopback" } });
  });
  it("one file replaces the object; sibling keys are merged over it (objects deep, arrays concatenated)", () => {
    write("agents.json5", `{ defaults: { workspace: "~/w", timeoutSeconds: 60 }, list: [1] }`);
    assert.deepEqual(merged(`{ agents: { $include: "./agents.json5", defaults: { timeoutSeconds: 5 }, list: [2] } }`), {
      agents: { defaults: { workspace: "~/w", timeoutSeconds: 5 }, list: [1, 2] },
    });
  });
  it("an array deep-merges its files in order, later files winning, then the siblings", () => {
    write("a.json5", "{a: 1, list: [1], o: {x: 1}}");
    write("b.json5", "{b: 2, list: [2], o: {y: 2}}");
    assert.deepEqual(merged(`{ $include: ["./a.json5", "./b.json5"], list: [3], o: { x: 9 } }`), { a: 1, list: [1, 2, 3], o: { x: 9, y: 2 }, b: 2 });
  });
  it("arrays of array files concatenate; a scalar file may replace an object without siblings", () => {
    write("arr.json5", "[1, 2]");
    write("scalar.json5", "42");
    assert.deepEqual(merged(`{ k: { $include: ["./arr.json5", "./arr.json5"] }, s: { $include: "./scalar.json5" } }`), { k: [1, 2, 1, 2], s: 42 });
  });
  it("resolves nested includes relative to the including file, in objects and in array items", () => {
    write("sub/list.json5", `["x", "y"]`);
    write("sub/tools.json5", `{ allow: { $include: "./list.json5" } }`);
    write("item.json5", `{ id: "main" }`);
    assert.deepEqual(merged(`{ tools: { $include: "./sub/tools.json5" }, list: [{ $include: "./item.json5" }] }`), {
      tools: { allow: ["x", "y"] },
      list: [{ id: "main" }],
    });
  });
  it("sibling $includes inside siblings resolve too; prototype keys are dropped in merges", () => {
    write("p.json5", `{ env: { vars: { A: "1" } } }`);
    write("q.json5", `{ B: "2" }`);
    assert.deepEqual(merged(`{ $include: "./p.json5", env: { vars: { $include: "./q.json5" } }, constructor: 1 }`), { env: { vars: { A: "1", B: "2" } } });
  });
  it("keeps where every merged value was written (provenance)", () => {
    write("prov.json5", `{\n  gateway: { port: 1, bind: "lan" },\n}`);
    const resolved = resolve(`{ $include: "./prov.json5", gateway: { port: 2 } }`);
    const port = originAt(resolved.value, ["gateway", "port"])!;
    assert.equal(port.source.chain.length, 0, "the sibling override is written in the edited file");
    assert.equal(port.node.value, 2);
    const bind = originAt(resolved.value, ["gateway", "bind"])!;
    assert.deepEqual(bind.source.chain, ["./prov.json5"]);
    assert.equal(bind.source.doc.nodeRange(bind.node).start.line, 1);
    assert.equal(bind.key!.node.value, "bind");
    assert.ok(resolved.watchedFiles.includes(path.join(dir, "prov.json5")));
  });
  it("the merged text's tree, built while serializing, is the tree the JSON5 parser builds from that text", () => {
    write("tree.json5", `{ a: [1, -2.5, "x\\"y", null, true, {}], 'b': { c: [] }, n: Infinity, m: NaN, }`);
    const { text, root } = serializeMerged(resolve(`{ $include: "./tree.json5", d: { e: 'f' } }`).value);
    const strip = (node: JsonNode | undefined): unknown => node && { ...node, parent: undefined, children: node.children?.map(strip) };
    assert.deepEqual(strip(root), strip(parseJson5(text).root));
    assert.deepEqual(parseJson5(text).errors, []);
  });
  it("nests 10 levels deep but not 11", () => {
    for (let i = 1; i <= 11; i++) write(`d${i}.json5`, i < 11 ? `{ $include: "./d${i + 1}.json5", l${i}: 1 }` : `{ l11: 1 }`);
    assert.deepEqual(Object.keys(merged(`{ $include: "./d2.json5" }`) as object).length, 10);
    const { doc, diagnostics } = open(`{ $include: "./d1.json5" }`);
    assert.deepEqual(placed(doc, errors(diagnostics).filter((d) => d.code.startsWith("include-"))), [["include-too-deep", `"./d1.json5"`]]);
    assert.match(diagnostics[0]!.message as string, /`\.\/d1\.json5` → .* → `\.\/d10\.json5` \(included here\): Includes nest more than 10 levels deep at `\.\/d11\.json5`/);
    assert.match(diagnostics[0]!.relatedInformation![0]!.location.uri, /d10\.json5$/);
  });
  it("reads exactly 2 MB but refuses 2 MB + 1 byte", () => {
    write("two.json5", `{}${" ".repeat(2 * 1024 * 1024 - 2)}`);
    assert.deepEqual(merged(`{ $include: "./two.json5" }`), {});
    write("big.json5", `{}${" ".repeat(2 * 1024 * 1024 - 1)}`);
    const { doc, diagnostics } = open(`{ $include: "./big.json5" }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["include-too-large", `"./big.json5"`]]);
    assert.match(diagnostics[0]!.message as string, /is 2097153 bytes: OpenClaw reads at most 2097152 bytes/);
  });
});

describe("$include problems are errors on the path string", () => {
  it("a missing file", () => {
    const { doc, diagnostics } = open(`{ agents: { $include: "./nope.json5" } }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["include-not-found", `"./nope.json5"`]]);
    assert.equal(diagnostics[0]!.data.path, "agents.$include");
  });
  it("`~` and ${VAR} are not expanded in $include paths (the message says so)", () => {
    assert.match(errors(open(`{ $include: "~/shared.json5" }`).diagnostics)[0]!.message as string, /does not expand `~`/);
    assert.match(errors(open(`{ $include: "./\${PROFILE}.json5" }`).diagnostics)[0]!.message as string, /does not substitute \$\{VAR\}/);
  });
  it("paths escaping the config directory: ../../etc/passwd, absolute paths, symlinks", () => {
    write("secret.json5", `{ }`, outside);
    symlinkSync(path.join(outside, "secret.json5"), path.join(dir, "link.json5"));
    symlinkSync(outside, path.join(dir, "linkdir"));
    for (const target of ["../../etc/passwd", "/etc/passwd", path.join(outside, "secret.json5"), "./link.json5", "./linkdir/secret.json5"]) {
      const { doc, diagnostics } = open(`{ $include: ${JSON.stringify(target)} }`);
      assert.deepEqual(placed(doc, errors(diagnostics)), [["include-outside-root", JSON.stringify(target)]], target);
    }
    assert.match(errors(open(`{ $include: "./link.json5" }`).diagnostics)[0]!.message as string, /symlink/);
  });
  it("nested includes stay confined to the edited config's folder", () => {
    write("sub/escape.json5", `{ $include: "../../x.json5" }`);
    const { doc, diagnostics } = open(`{ $include: "./sub/escape.json5" }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["include-outside-root", `"./sub/escape.json5"`]]);
  });
  it("allows OPENCLAW_INCLUDE_ROOTS (also behind a symlink), and absolute paths inside the config directory", () => {
    write("shared.json5", `{ gateway: { port: 18789 } }`, outside);
    const roots = includeRootsFromEnv({ OPENCLAW_INCLUDE_ROOTS: `${outside}${path.delimiter} ${path.delimiter}relative/dir${path.delimiter}${outside}`, HOME: "/home/u" });
    assert.deepEqual(roots, [outside, path.resolve("relative/dir")]);
    assert.deepEqual(includeRootsFromEnv({ OPENCLAW_INCLUDE_ROOTS: "~/shared", HOME: "/home/u" }), [path.join("/home/u", "shared")]);
    const allowed = nodeIncludeOptions({ OPENCLAW_INCLUDE_ROOTS: outside });
    assert.deepEqual(errors(open(`{ $include: ${JSON.stringify(path.join(outside, "shared.json5"))} }`, allowed).diagnostics), []);
    assert.deepEqual(errors(open(`{ $include: "../${path.basename(outside)}/shared.json5" }`, allowed).diagnostics), []);
    symlinkSync(path.join(outside, "shared.json5"), path.join(dir, "shared-link.json5"));
    assert.deepEqual(errors(open(`{ $include: "./shared-link.json5" }`, allowed).diagnostics), []);
    write("inside.json5", `{ gateway: { port: 1 } }`);
    assert.deepEqual(errors(open(`{ $include: ${JSON.stringify(path.join(dir, "inside.json5"))} }`).diagnostics), []);
  });
  it("cycles, including back to the edited file", () => {
    write("c1.json5", `{ $include: "./c2.json5" }`);
    write("c2.json5", `{ $include: "./c1.json5" }`);
    const { doc, diagnostics } = open(`{ $include: "./c1.json5" }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["include-cycle", `"./c1.json5"`]]);
    assert.match(diagnostics[0]!.message as string, /Circular include: openclaw\.json → c1\.json5 → c2\.json5 → c1\.json5/);
    write("self.json5", `{ $include: "./openclaw.json" }`);
    assert.deepEqual(errors(open(`{ $include: "./self.json5" }`).diagnostics).map((d) => d.code), ["include-cycle"]);
  });
  it("the same file twice is not a cycle", () => {
    write("shared-part.json5", `{ x: 1 }`);
    assert.deepEqual(merged(`{ a: { $include: "./shared-part.json5" }, b: { $include: "./shared-part.json5" } }`), { a: { x: 1 }, b: { x: 1 } });
  });
  it("unparsable and empty files: the place is in relatedInformation, no token text in the message", () => {
    write("broken.json5", `{\n  gateway: { token: sk-secret-value }\n}`);
    const { diagnostics } = open(`{ $include: "./broken.json5" }`);
    const [d] = errors(diagnostics);
    assert.equal(d!.code, "include-parse-error");
    assert.match(d!.message as string, /`\.\/broken\.json5` has a syntax error at line 2, column \d+/);
    assert.doesNotMatch(d!.message as string, /sk-secret/);
    assert.equal(d!.relatedInformation![0]!.location.range.start.line, 1);
    write("empty.json5", ``);
    assert.deepEqual(errors(open(`{ $include: "./empty.json5" }`).diagnostics).map((d) => d.code), ["include-parse-error"]);
  });
  it("bad $include values and array items", () => {
    write("ok.json5", `{}`);
    assert.deepEqual(errors(open(`{ $include: 42 }`).diagnostics).map((d) => d.code), ["include-invalid"]);
    const { doc, diagnostics } = open(`{ $include: ["./ok.json5", 7, "./broken.json5"] }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [
      ["include-invalid", "7"],
      ["include-parse-error", `"./broken.json5"`],
    ]);
    write("arr2.json5", `[1]`);
    const siblings = open(`{ agents: { $include: "./arr2.json5", defaults: {} } }`);
    assert.deepEqual(placed(siblings.doc, errors(siblings.diagnostics)), [["include-invalid", `"./arr2.json5"`]]);
    assert.match(siblings.diagnostics[0]!.message as string, /Sibling keys next to `\$include` need the included content to be an object/);
  });
  it("directories and hard-linked files are not read", () => {
    mkdirSync(path.join(dir, "adir"), { recursive: true });
    assert.deepEqual(errors(open(`{ $include: "./adir" }`).diagnostics).map((d) => d.code), ["include-unreadable"]);
    write("original.json5", `{}`);
    linkSync(path.join(dir, "original.json5"), path.join(dir, "hardlink.json5"));
    const hard = errors(open(`{ $include: "./hardlink.json5" }`).diagnostics);
    assert.deepEqual(hard.map((d) => d.code), ["include-unreadable"]);
    assert.match(hard[0]!.message as string, /hard link/);
  });
  it("a FIFO in the config folder is refused without blocking; a symlink to /dev/zero is outside the root", { skip: process.platform === "win32" }, () => {
    execFileSync("mkfifo", [path.join(dir, "pipe.json5")]);
    assert.deepEqual(errors(open(`{ $include: "./pipe.json5" }`).diagnostics).map((d) => d.code), ["include-unreadable"]);
    symlinkSync("/dev/zero", path.join(dir, "zero.json5"));
    assert.deepEqual(errors(open(`{ $include: "./zero.json5" }`).diagnostics).map((d) => d.code), ["include-outside-root"]);
  });
  it("a fan-out of includes (20 files per level, 10 levels) stops at 1000 reads with a warning, fast", () => {
    for (let level = 0; level < 10; level++) {
      const next = Array.from({ length: 20 }, () => `"./fan${level + 1}.json5"`).join(", ");
      write(`fan${level}.json5`, level < 9 ? `{ $include: [${next}] }` : `{ gateway: { port: 1 } }`);
    }
    const { doc, diagnostics } = open(`{ $include: "./fan0.json5" }`);
    assert.deepEqual(placed(doc, diagnostics), [["include-limit", `"./fan0.json5"`]]);
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Warning);
  });
  it("a broken include keeps what is written wrong elsewhere, but not findings about what may be missing", () => {
    const text = `{\n  agents: { $include: "./missing-agents.json5" },\n  bindings: [{ agentId: "work", match: { channel: "telegram" } }],\n  gateway: { prot: 1 },\n}\n`;
    const { doc, diagnostics } = open(text);
    assert.deepEqual(placed(doc, errors(diagnostics)), [
      ["include-not-found", `"./missing-agents.json5"`],
      ["unknown-key", "prot"],
    ]);
  });
  it("severity settings apply to include codes", () => {
    const { doc, service } = open(`{ $include: "./nope.json5" }`);
    assert.deepEqual(service.validate(doc, { severities: { "include-not-found": "off" } }), []);
    assert.equal(service.validate(doc, { severities: { "include-not-found": "warning" } })[0]!.severity, DiagnosticSeverity.Warning);
  });
});

describe("the merged config is validated and problems are reported where they are written", () => {
  it("a problem inside an included file sits on the $include string, naming the file, line and path", () => {
    write("providers.json5", `{\n  acme: { api: "openai-completions" },\n}\n`);
    const text = `{\n  models: { providers: { $include: "./providers.json5" } },\n}\n`;
    const { doc, diagnostics } = open(text);
    const [d] = errors(diagnostics);
    assert.equal(d!.code, "custom-provider-incomplete");
    assert.equal(doc.text.slice(doc.offsetAt(d!.range.start), doc.offsetAt(d!.range.end)), `"./providers.json5"`);
    assert.match(d!.message as string, /^In \.\/providers\.json5 \(line 2, at `models\.providers\.acme`\): /);
    assert.equal(d!.data.path, "models.providers.acme");
    assert.equal(d!.data.fixes, undefined, "fixes would edit another file");
    assert.match(d!.relatedInformation![0]!.location.uri, /providers\.json5$/);
    assert.equal(d!.relatedInformation![0]!.location.range.start.line, 1);
  });
  it("schema problems in an included file (unknown key at its root, wrong type) go on the $include string", () => {
    write("gw2.json5", `{\n  prot: 1,\n  port: "x",\n}`);
    const { doc, diagnostics } = open(`{ gateway: { $include: "./gw2.json5" } }`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [
      ["unknown-key", `"./gw2.json5"`],
      ["invalid-type", `"./gw2.json5"`],
    ]);
    assert.match(diagnostics[0]!.message as string, /line 2, at `gateway\.prot`/);
    assert.equal(diagnostics[1]!.relatedInformation![0]!.location.range.start.line, 2);
  });
  it("quick fixes of a value written in an included file edit that file, in its style; fix-all leaves them out", () => {
    write("fixme.json5", `{\n  defaults: { timeoutSecond: 600 },\n  entries: { main: { 'model': 'x' } },\n}\n`);
    write("gwfix.json5", `{ bind: 'loopbak' }`);
    const { doc, diagnostics, service } = open(`{ agents: { $include: "./fixme.json5" }, gateway: { $include: "./gwfix.json5" } }`);
    const agentsUri = pathToFileURL(path.join(dir, "fixme.json5")).href;
    const rename = diagnostics.find((d) => d.code === "unknown-key")!;
    const [fix] = rename.data.fixes!;
    assert.equal(fix!.title, "Rename `timeoutSecond` to `timeoutSeconds` in ./fixme.json5");
    assert.equal(fix!.uri, agentsUri);
    assert.deepEqual(fix!.edits, [{ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 27 } }, newText: "timeoutSeconds" }]);
    assert.equal(rename.data.fixes!.some((f: Fix) => /^Remove/.test(f.title)), false, "removing a property in another file is not mapped");
    const enumFix = diagnostics.find((d) => d.code === "invalid-enum")!.data.fixes!.find((f: Fix) => f.isPreferred)!;
    assert.equal(enumFix.title, 'Change to "loopback" in ./gwfix.json5');
    assert.deepEqual(enumFix.edits, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, newText: "c" }], "the smallest edit, in that file");
    write("codex.json5", `{\n  // my Codex route\n  'openai-codex': { baseUrl: 'https://chatgpt.com/backend-api', api: 'openai-chatgpt-responses', models: [] },\n}\n`);
    const codex = open(`{ models: { providers: { $include: "./codex.json5" } } }`).diagnostics.find((d) => d.code === "legacy-codex-base-url")!;
    const codexFix = codex.data.fixes!.find((f: Fix) => f.isPreferred)!;
    assert.match(codexFix.title, /\/codex.* in \.\/codex\.json5$/);
    assert.deepEqual(codexFix.edits.map((e: { range: { start: { line: number; character: number } }; newText: string }) => [e.range.start.line, e.range.start.character, e.newText]), [[2, 61, "/codex"]]);
    const [action] = service.codeActions(doc, [rename]);
    assert.deepEqual(Object.keys(action!.edit!.changes!), [agentsUri]);
    assert.equal(service.fixAll(doc, diagnostics), undefined);
  });
  it("a problem two includes deep names the chain and sits on the edited file's $include", () => {
    write("outer.json5", `{ gateway: { $include: "./inner.json5" } }`);
    write("inner.json5", `{ port: "x" }`);
    const { doc, diagnostics } = open(`{\n  $include: "./outer.json5",\n}`);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["invalid-type", `"./outer.json5"`]]);
    assert.match(diagnostics[0]!.message as string, /^In \.\/outer\.json5 → \.\/inner\.json5 \(line 1, at `gateway\.port`\)/);
  });
  it("a problem written in the edited file stays on its own node, with its fixes", () => {
    write("agents2.json5", `{ ownership: "explicit", entries: { main: {}, work: {} } }`);
    const text = `{\n  agents: { $include: "./agents2.json5" },\n  bindings: [{ agentId: "wrok", match: { channel: "telegram" } }],\n  channels: { telegarm: {} },\n}\n`;
    const { doc, diagnostics } = open(text);
    assert.deepEqual(placed(doc, errors(diagnostics)), [
      ["unknown-agent-id", `"wrok"`],
      ["unknown-channel", "telegarm"],
    ]);
    assert.ok(errors(diagnostics)[1]!.data.fixes?.length, "the rename fix of the document's own finding is kept");
  });
  it("a sibling key overriding an included value is judged where it is written", () => {
    write("gw3.json5", `{ gateway: { port: 1, mode: "local" } }`);
    const text = `{ $include: "./gw3.json5", gateway: { port: "nope" } }`;
    const { doc, diagnostics } = open(text);
    assert.deepEqual(placed(doc, errors(diagnostics)), [["invalid-type", `"nope"`]]);
  });
  it("values supplied by an include satisfy the rules (no false alarm on the raw file)", () => {
    write("acme.json5", `{ baseUrl: "https://llm.example.com/v1", models: [{ id: "m", name: "M" }] }`);
    write("agents3.json5", `{ entries: { work: {} } }`);
    const text = `{ models: { providers: { acme: { $include: "./acme.json5", api: "openai-completions" } } }, agents: { $include: "./agents3.json5" }, talk: { agentId: "work" } }`;
    assert.deepEqual(errors(open(text).diagnostics), []);
  });
  it("reports which files the document depends on, found or not", () => {
    write("dep.json5", `{ $include: "./dep-missing.json5" }`);
    const { doc, service } = open(`{ $include: "./dep.json5" }`);
    assert.deepEqual([...service.includedFiles(doc)].sort(), [path.join(dir, "dep-missing.json5"), path.join(dir, "dep.json5")]);
  });
  it("without a file reader, includes are left alone", () => {
    const text = `{ agents: { $include: "./nope.json5" } }`;
    const doc = ConfigDocument.create("file:///nowhere/openclaw.json", text);
    assert.deepEqual(errors(createLanguageService().validate(doc)), []);
  });
  it("${VAR} placeholders are never errors", () => {
    const text = `{ agents: { entries: { main: {} }, defaults: { heartbeat: { agentId: "\${AGENT}", target: "\${TARGET}" } } }, talk: { agentId: "\${TALK_AGENT}" }, gateway: { bind: "\${BIND}", mode: "\${MODE}" } }`;
    assert.deepEqual(errors(open(text).diagnostics), []);
  });
});
