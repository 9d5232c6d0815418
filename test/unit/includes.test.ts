import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { resolveIncludes } from "../../server/src/core/includes/resolve";
import { serialize } from "../../server/src/core/includes/tree";
import { createLanguageService } from "../../server/src/core/languageService";
import { includeRootsFromEnv, nodeIncludeOptions } from "../../server/src/nodeIncludeFileSystem";
import JSON5 from "json5";

let dir: string;
let outside: string;

function write(relative: string, text: string, base = dir): string {
  const file = path.join(base, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function open(text: string, options = nodeIncludeOptions({})) {
  const file = write("openclaw.json", text);
  const doc = ConfigDocument.create(pathToFileURL(file).href, text);
  return { doc, diagnostics: createLanguageService({ includes: options }).validate(doc) };
}

function errors(diagnostics: ReturnType<typeof open>["diagnostics"]) {
  return diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
}

function merged(text: string): unknown {
  const file = write("openclaw.json", text);
  const doc = ConfigDocument.create(pathToFileURL(file).href, text);
  const resolved = resolveIncludes(doc, file, nodeIncludeOptions({}));
  assert.deepEqual(resolved.problems, []);
  return JSON5.parse(serialize(resolved.root).text);
}

before(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-include-")));
  outside = realpathSync(mkdtempSync(path.join(os.tmpdir(), "openclaw-outside-")));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("$include merge semantics (as OpenClaw's src/config/includes.ts)", () => {
  it("one file replaces the object; sibling keys are merged over it (objects deep, arrays concatenated)", () => {
    write("agents.json5", `{ defaults: { workspace: "~/w", timeoutSeconds: 60 }, list: [1] }`);
    assert.deepEqual(merged(`{ agents: { $include: "./agents.json5", defaults: { timeoutSeconds: 5 }, list: [2] } }`), {
      agents: { defaults: { workspace: "~/w", timeoutSeconds: 5 }, list: [1, 2] },
    });
  });
  it("an array deep-merges its files in order, later files winning", () => {
    write("a.json5", `{ gateway: { port: 1, bind: "loopback" }, bindings: [{ agentId: "a" }] }`);
    write("b.json5", `{ gateway: { port: 2 }, bindings: [{ agentId: "b" }] }`);
    assert.deepEqual(merged(`{ $include: ["./a.json5", "./b.json5"] }`), {
      gateway: { port: 2, bind: "loopback" },
      bindings: [{ agentId: "a" }, { agentId: "b" }],
    });
  });
  it("resolves nested includes relative to the including file, and non-object content without siblings", () => {
    write("sub/list.json5", `["x", "y"]`);
    write("sub/tools.json5", `{ allow: { $include: "./list.json5" } }`);
    assert.deepEqual(merged(`{ tools: { $include: "./sub/tools.json5" } }`), { tools: { allow: ["x", "y"] } });
  });
  it("drops prototype keys in merges", () => {
    write("p.json5", `{ env: { vars: { A: "1" } } }`);
    assert.deepEqual(merged(`{ $include: "./p.json5", env: { vars: { B: "2" } } }`), { env: { vars: { A: "1", B: "2" } } });
  });
});

describe("$include problems are errors on the path string", () => {
  it("a missing file", () => {
    const { doc, diagnostics } = open(`{ agents: { $include: "./nope.json5" } }`);
    const [d] = errors(diagnostics);
    assert.equal(d!.code, "include-not-found");
    assert.equal(doc.text.slice(doc.offsetAt(d!.range.start), doc.offsetAt(d!.range.end)), `"./nope.json5"`);
    assert.equal(errors(diagnostics).length, 1, "nothing else is reported while an include is broken");
  });
  it("paths escaping the config directory: ../../etc/passwd, absolute paths, symlinks", () => {
    write("secret.json5", `{ }`, outside);
    symlinkSync(path.join(outside, "secret.json5"), path.join(dir, "link.json5"));
    for (const target of ["../../etc/passwd", "/etc/passwd", path.join(outside, "secret.json5"), "./link.json5"]) {
      const { diagnostics } = open(`{ $include: ${JSON.stringify(target)} }`);
      assert.deepEqual(errors(diagnostics).map((d) => d.code), ["include-outside-root"], target);
    }
  });
  it("allows OPENCLAW_INCLUDE_ROOTS, and absolute paths inside the config directory", () => {
    write("shared.json5", `{ gateway: { port: 18789 } }`, outside);
    const roots = includeRootsFromEnv({ OPENCLAW_INCLUDE_ROOTS: `${outside}${path.delimiter} ${path.delimiter}relative/dir` });
    assert.deepEqual(roots, [outside, path.resolve("relative/dir")]);
    assert.deepEqual(errors(open(`{ $include: ${JSON.stringify(path.join(outside, "shared.json5"))} }`, nodeIncludeOptions({ OPENCLAW_INCLUDE_ROOTS: outside })).diagnostics), []);
    write("inside.json5", `{ gateway: { port: 1 } }`);
    assert.deepEqual(errors(open(`{ $include: ${JSON.stringify(path.join(dir, "inside.json5"))} }`).diagnostics), []);
  });
  it("cycles, nesting deeper than 10, files over 2 MB, unparsable files, bad $include values", () => {
    write("c1.json5", `{ $include: "./c2.json5" }`);
    write("c2.json5", `{ $include: "./c1.json5" }`);
    assert.match(errors(open(`{ $include: "./c1.json5" }`).diagnostics)[0]!.message as string, /Circular include/);
    for (let i = 0; i < 12; i++) write(`deep${i}.json5`, `{ $include: "./deep${i + 1}.json5" }`);
    write("deep12.json5", `{}`);
    assert.match(errors(open(`{ $include: "./deep0.json5" }`).diagnostics)[0]!.message as string, /deeper than OpenClaw allows \(10 levels\)/);
    write("big.json5", `{ meta: { x: "${"a".repeat(2 * 1024 * 1024)}" } }`);
    assert.match(errors(open(`{ $include: "./big.json5" }`).diagnostics)[0]!.message as string, /larger than OpenClaw's limit of 2 MB/);
    write("broken.json5", `{ gateway: { port: } }`);
    assert.match(errors(open(`{ $include: "./broken.json5" }`).diagnostics)[0]!.message as string, /not valid JSON5 at line 1/);
    assert.deepEqual(errors(open(`{ $include: 42 }`).diagnostics).map((d) => d.code), ["include-invalid"]);
    assert.deepEqual(errors(open(`{ $include: ["./broken.json5", 7] }`).diagnostics).map((d) => d.code), ["include-invalid", "include-invalid"]);
    write("arr.json5", `[1]`);
    assert.match(errors(open(`{ agents: { $include: "./arr.json5", defaults: {} } }`).diagnostics)[0]!.message as string, /require the included content to be an object/);
  });
  it("a directory is not a file", () => {
    mkdirSync(path.join(dir, "adir"), { recursive: true });
    assert.deepEqual(errors(open(`{ $include: "./adir" }`).diagnostics).map((d) => d.code), ["include-invalid"]);
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
    assert.match(d!.message as string, /^In \.\/providers\.json5 \(line 2\): /);
    assert.equal(d!.data.path, "models.providers.acme");
    assert.match(d!.relatedInformation![0]!.location.uri, /providers\.json5$/);
    assert.equal(d!.relatedInformation![0]!.location.range.start.line, 1);
  });
  it("a problem written in the edited file stays on its own node, with its fixes", () => {
    write("agents2.json5", `{ entries: { main: {}, work: {} } }`);
    const text = `{\n  agents: { $include: "./agents2.json5" },\n  bindings: [{ agentId: "wrok", match: { channel: "telegram" } }],\n  channels: { telegarm: {} },\n}\n`;
    const { doc, diagnostics } = open(text);
    const found = errors(diagnostics).map((d) => [d.code, doc.text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end))]);
    assert.deepEqual(found, [
      ["unknown-agent-id", `"wrok"`],
      ["unknown-channel", "telegarm"],
    ]);
    assert.ok(errors(diagnostics)[1]!.data.fixes?.length, "the rename fix of the document's own finding is kept");
  });
  it("values supplied by an include satisfy the rules (no false alarm on the raw file)", () => {
    write("acme.json5", `{ baseUrl: "https://llm.example.com/v1", models: [{ id: "m", name: "M" }] }`);
    write("agents3.json5", `{ entries: { work: {} } }`);
    const text = `{ models: { providers: { acme: { $include: "./acme.json5", api: "openai-completions" } } }, agents: { $include: "./agents3.json5" }, talk: { agentId: "work" } }`;
    assert.deepEqual(errors(open(text).diagnostics), []);
  });
  it("without a file reader, includes are left alone", () => {
    const text = `{ agents: { $include: "./nope.json5" } }`;
    const doc = ConfigDocument.create("file:///nowhere/openclaw.json", text);
    assert.deepEqual(errors(createLanguageService().validate(doc)), []);
  });
  it("${VAR} placeholders are never errors", () => {
    const text = `{ agents: { entries: { main: {} }, defaults: { heartbeat: { agentId: "\${AGENT}", target: "\${TARGET}" } } }, talk: { agentId: "\${TALK_AGENT}" } }`;
    assert.deepEqual(errors(open(text).diagnostics), []);
  });
});
