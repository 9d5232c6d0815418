import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { completionContextAt } from "../../server/src/core/services/completionContext";

function at(source: string) {
  const offset = source.indexOf("|");
  return completionContextAt(source.slice(0, offset) + source.slice(offset + 1), offset);
}

describe("completion position analysis in half-typed documents", () => {
  const cases: [string, "key" | "value" | undefined, (string | number)[]][] = [
    ["{ |", "key", []],
    ["{ models: { providers: { p: { | } } } }", "key", ["models", "providers", "p"]],
    ["{ models: { providers: { p: { ba| } } } }", "key", ["models", "providers", "p"]],
    ["{ models: { providers: { p: { api: | } } } }", "value", ["models", "providers", "p", "api"]],
    ["{ models: { providers: { p: { api: 'op| } } } }", "value", ["models", "providers", "p", "api"]],
    ["{ models: { providers: { p: { models: [{ id: 'a' }, { | }] } } } }", "key", ["models", "providers", "p", "models", 1]],
    ["{ agents: { defaults: { model: { fallbacks: ['a', 'b', | ] } } } }", "value", ["agents", "defaults", "model", "fallbacks", 2]],
    // A missing comma between properties, a missing colon, a stray key: the structure before the cursor still decides.
    ["{ gateway: { mode: 'local'\n  po| } }", "key", ["gateway"]],
    ["{ gateway: { mode 'local',\n  | } }", "key", ["gateway"]],
    ["{ a: { b: [1, {c: 2}] }, d: { | } }", "key", ["d"]],
    ["{ a: 1 }|", undefined, []],
    ["{ /* | */ }", undefined, []],
    ["{ a: 1, b//note|\n }", undefined, []],
  ];
  for (const [source, kind, path] of cases) {
    it(`${JSON.stringify(source)} -> ${kind ?? "nothing"} ${path.join(".")}`, () => {
      const ctx = at(source);
      assert.equal(ctx?.kind, kind);
      if (ctx) assert.deepEqual(ctx.path, path);
    });
  }

  it("knows the keys the object has on both sides of the cursor, not the one being typed", () => {
    const ctx = at("{ gateway: { mode: 'local', po|, bind: 'lan', auth: { token: 'x' } }, other: 1 }");
    assert.deepEqual([...ctx!.existingKeys].sort(), ["auth", "bind", "mode"]);
    assert.equal(ctx!.prefix, "po");
  });

  it("reports the replaced range and whether a colon or comma is needed", () => {
    const text = "{ gateway: { mo|de: 'x' } }";
    const ctx = at(text)!;
    assert.deepEqual([ctx.replaceStart, ctx.replaceEnd], [13, 17]);
    assert.equal(ctx.colonFollows, true);
    assert.equal(at("{ gateway: { mo| : 'x' } }")!.colonFollows, true, "a colon after spaces");
    assert.equal(at("{ gateway: { mo| /* c */ : 'x' } }")!.colonFollows, true, "a colon after a comment");
    const next = at("{ gateway: {\n  |\n  mode: 'x' } }")!;
    assert.equal(next.commaAfter, true);
    assert.equal(next.commaBefore, undefined);
    const prev = at("{ gateway: {\n  mode: 'x'\n  | } }")!;
    assert.equal(prev.commaBefore, "{ gateway: {\n  mode: 'x'".length);
  });
});
