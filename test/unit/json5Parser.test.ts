import assert from "node:assert/strict";
import { describe, it } from "node:test";
import JSON5 from "json5";
import { parseJson5 } from "../../server/src/core/json5/parser";
import { valueOf } from "../../server/src/core/document";

function parseBoth(text: string): { ours: ReturnType<typeof parseJson5>; theirs: { ok: true; value: unknown } | { ok: false } } {
  const ours = parseJson5(text);
  try {
    return { ours, theirs: { ok: true, value: JSON5.parse(text) } };
  } catch {
    return { ours, theirs: { ok: false } };
  }
}

describe("JSON5 parser: the whole language", () => {
  const valid: [string, unknown][] = [
    ["{a:1}", { a: 1 }],
    ["{'a':'b',}", { a: "b" }],
    ["[1,2,]", [1, 2]],
    ["{a:.5, b:5., c:+1, d:0x1F, e:-0xff, f:Infinity, g:-Infinity, h:NaN, i:1e3, j:-2.5E-2}", { a: 0.5, b: 5, c: 1, d: 31, e: -255, f: Infinity, g: -Infinity, h: NaN, i: 1000, j: -0.025 }],
    ["{$_k\\u0062:1, _:2, $:3, ünï:4, 你好:5}", { $_kb: 1, _: 2, $: 3, ünï: 4, 你好: 5 }],
    ['"line\\\ncontinued"', "linecontinued"],
    ["'\\x41\\u0042\\0\\b\\f\\n\\r\\t\\v\\'\\\"\\q'", "AB\0\b\f\n\r\t\v'\"q"],
    ["/* block */ {a:1} // line", { a: 1 }],
    ["{null: 1, true: 2, Infinity: 3}", { null: 1, true: 2, Infinity: 3 }],
    ["\uFEFF{\u00A0a\u2028:\u20091}", { a: 1 }],
    ["'\u2028'", "\u2028"],
    ["-0", -0],
  ];
  for (const [text, expected] of valid) {
    it(`parses ${JSON.stringify(text)}`, () => {
      const result = parseJson5(text);
      assert.deepEqual(result.errors, []);
      assert.deepEqual(valueOf(result.root), expected);
      assert.deepEqual(valueOf(result.root), JSON5.parse(text));
    });
  }

  it("keeps exact offsets for keys and values, and the quote style", () => {
    const text = `{ bare: 'single', "double": [1, {x: null}] }`;
    const root = parseJson5(text).root!;
    const [bare, double] = root.children!;
    assert.equal(text.slice(bare!.offset, bare!.offset + bare!.length), "bare: 'single'");
    const [key, value] = bare!.children!;
    assert.equal(key!.quote, undefined);
    assert.equal(text.slice(value!.offset, value!.offset + value!.length), "'single'");
    assert.equal(value!.quote, "'");
    assert.equal(double!.children![0]!.quote, '"');
    const inner = double!.children![1]!.children![1]!;
    assert.equal(text.slice(inner.offset, inner.offset + inner.length), "{x: null}");
    assert.equal(inner.parent, double!.children![1]);
  });

  it("collects comments with their kinds", () => {
    const { comments } = parseJson5("// one\n{ /* two */ a: 1 }");
    assert.deepEqual(comments, [
      { offset: 0, length: 6, kind: "line" },
      { offset: 9, length: 9, kind: "block" },
    ]);
  });
});

describe("JSON5 parser: errors and recovery", () => {
  const cases: [string, string, number][] = [
    ["{a:01}", "json5-invalid-number", 3],
    ["{a:1 b:2}", "json5-missing-comma", 4],
    ["{a: tru}", "json5-unexpected-token", 4],
    ["{", "json5-unclosed-object", 0],
    ["[1,,2]", "json5-unexpected-token", 3],
    ["{a:1}/*", "json5-unterminated-comment", 5],
    ["'abc", "json5-unterminated-string", 0],
    ['{"a"}', "json5-missing-colon", 4],
    ['{a:"\\1"}', "json5-invalid-escape", 4],
    ["{1:2}", "json5-invalid-key", 1],
    ["", "json5-empty", 0],
    ["{\\u0030:1}", "json5-invalid-identifier", 1],
    ["{a:1}}", "json5-unexpected-token", 5],
    ["{a:[1,2}", "json5-unclosed-array", 3],
    ["{a: #}", "json5-invalid-character", 4],
  ];
  for (const [text, code, offset] of cases) {
    it(`reports one ${code} for ${JSON.stringify(text)}`, () => {
      const { errors } = parseJson5(text);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.equal(errors[0]!.code, code);
      assert.equal(errors[0]!.offset, offset);
      assert.throws(() => JSON5.parse(text));
    });
  }

  it("recovers: properties after an error are still in the tree", () => {
    const text = `{\n  a: 1\n  b: {c: tru},\n  models: { providers: { x: { baseUrl: "u" } } }\n}`;
    const { root, errors } = parseJson5(text);
    assert.equal(errors.length, 2);
    const keys = root!.children!.map((p) => p.children![0]!.value);
    assert.deepEqual(keys, ["a", "b", "models"]);
    assert.deepEqual((valueOf(root) as { models: unknown }).models, { providers: { x: { baseUrl: "u" } } });
  });

  it("keeps a half-typed key as a property without a value", () => {
    const { root } = parseJson5("{ models: { prov } }");
    const models = root!.children![0]!.children![1]!;
    const half = models.children![0]!;
    assert.equal(half.type, "property");
    assert.equal(half.children!.length, 1);
    assert.equal(half.children![0]!.value, "prov");
  });

  it("skips nesting deeper than the limit without recursing, in linear time", () => {
    const depth = 100_000;
    const text = "[".repeat(depth) + "]".repeat(depth);
    const { errors } = parseJson5(text);
    assert.deepEqual(errors.map((e) => e.code), ["json5-too-deep"]);
    const unclosed = parseJson5("{a:" + "[".repeat(depth));
    assert.ok(unclosed.errors.some((e) => e.code === "json5-too-deep"));
  });

  it("never throws on garbage", () => {
    const samples = ["\u0000\u0001", "\uD800", "}}}]]]", "'\\", "{'\\u", "0x", "+-1", "{a:-Infinityx}", "\\", "{\\u", "/", "{a:'\r'}"];
    for (const text of samples) {
      const { errors } = parseJson5(text);
      assert.ok(errors.length > 0, text);
      assert.throws(() => JSON5.parse(text));
    }
  });
});

describe("JSON5 parser: differential against the json5 package", () => {
  // A deterministic generator (seeded LCG), so a failure reproduces by its seed.
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  function generate(r: () => number, depth: number): string {
    const pick = <T>(items: T[]): T => items[Math.floor(r() * items.length)]!;
    const ws = () => pick(["", " ", "\n  ", "\t", " /* c */ ", " // c\n", "\r\n"]);
    const str = (): string => {
      const quote = pick(['"', "'"]);
      const body = pick(["", "a", "x y", "\\n", "\\u00e9", "\\x41", "it\\'s", 'say \\"hi\\"', "\\\n", "ü€😀", "\\/", "${VAR}"]);
      return quote + body + quote;
    };
    const num = () => pick(["0", "1", "-1", "+2", ".5", "5.", "1e3", "1E-2", "0x1f", "-0XAB", "Infinity", "-Infinity", "NaN", "3.25"]);
    const key = () => pick(["a", "$b", "_c", "baseUrl", "ünï", "\\u0061x", '"quoted key"', "'single'", "true", "null"]);
    if (depth <= 0 || r() < 0.3) return pick([str, num, () => pick(["true", "false", "null"])])();
    if (r() < 0.5) {
      const n = Math.floor(r() * 4);
      const items = Array.from({ length: n }, () => ws() + generate(r, depth - 1) + ws());
      return "[" + items.join(",") + (n > 0 && r() < 0.4 ? "," : "") + ws() + "]";
    }
    const n = Math.floor(r() * 4);
    const props = Array.from({ length: n }, () => ws() + key() + ws() + ":" + ws() + generate(r, depth - 1) + ws());
    return "{" + props.join(",") + (n > 0 && r() < 0.4 ? "," : "") + ws() + "}";
  }
  function mutate(r: () => number, text: string): string {
    const at = Math.floor(r() * (text.length + 1));
    const junk = ["", ",", ":", "{", "}", "[", "]", "'", '"', "\\", "/", "*", "0", "x", ".", "+", "-", "e", "\n", "a", " "];
    const op = Math.floor(r() * 3);
    if (op === 0) return text.slice(0, at) + text.slice(at + 1);
    const ch = junk[Math.floor(r() * junk.length)]!;
    if (op === 1) return text.slice(0, at) + ch + text.slice(at);
    return text.slice(0, at) + ch + text.slice(at + 1);
  }

  it("accepts exactly what json5 accepts and produces equal values (20,000 documents)", () => {
    let accepted = 0;
    let rejected = 0;
    for (let seed = 1; seed <= 10_000; seed++) {
      const r = rng(seed);
      const valid = generate(r, 4);
      for (const text of [valid, mutate(r, valid)]) {
        const { ours, theirs } = parseBoth(text);
        const ok = ours.errors.length === 0;
        assert.equal(ok, theirs.ok, `seed ${seed}: ${JSON.stringify(text)} ours=${JSON.stringify(ours.errors)}`);
        if (theirs.ok) {
          accepted++;
          assert.deepEqual(valueOf(ours.root), theirs.value, `seed ${seed}: ${JSON.stringify(text)}`);
        } else {
          rejected++;
        }
      }
    }
    // Both sides of the comparison were exercised.
    assert.ok(accepted > 10_000 && rejected > 1_000, `accepted ${accepted}, rejected ${rejected}`);
  });
});
