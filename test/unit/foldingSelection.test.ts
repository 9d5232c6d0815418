import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FoldingRangeKind, type SelectionRange } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { foldingRanges } from "../../server/src/core/services/foldingRanges";
import { selectionRanges } from "../../server/src/core/services/selectionRanges";

const TEXT = [
  "// line comment one", // 0
  "// line comment two", // 1
  "{", // 2
  "  /* a block", // 3
  "     comment */", // 4
  "  models: {", // 5
  "    providers: [", // 6
  "      1, 2,", // 7
  "    ],", // 8
  "  }, // trailing", // 9
  "  // #region agents", // 10
  "  agents: { x: 1 },", // 11
  "  // #endregion", // 12
  "  // lone", // 13
  "}", // 14
].join("\n");

describe("folding ranges", () => {
  const doc = ConfigDocument.create("file:///x/openclaw.json", TEXT);
  const ranges = foldingRanges(doc);

  it("folds objects and arrays up to the line before their closing bracket", () => {
    const plain = ranges.filter((r) => r.kind === undefined).map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(plain, [
      [2, 13],
      [5, 8],
      [6, 7],
    ]);
  });

  it("folds comment blocks, runs of line comments and regions, not single comment lines", () => {
    const comments = ranges.filter((r) => r.kind === FoldingRangeKind.Comment).map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(comments, [
      [0, 1],
      [3, 4],
    ]);
    const regions = ranges.filter((r) => r.kind === FoldingRangeKind.Region).map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(regions, [[10, 12]]);
  });

  it("keeps the outermost ranges under a range limit, and folds an unclosed object to its end", () => {
    assert.deepEqual(
      foldingRanges(doc, 2).map((r) => [r.startLine, r.endLine]),
      [
        [2, 13],
        [5, 8],
      ],
    );
    const open = ConfigDocument.create("file:///x/openclaw.json", "{\n  a: {\n    b: 1,\n");
    assert.deepEqual(
      foldingRanges(open).map((r) => [r.startLine, r.endLine]),
      [
        [0, 3],
        [1, 3],
      ],
    );
  });
});

describe("selection ranges", () => {
  const text = "{\n  models: { providers: { openai: { baseUrl: 'https://x.example/v1' } } },\n}";
  const doc = ConfigDocument.create("file:///x/openclaw.json", text);
  const chain = (s: SelectionRange | undefined): string[] => {
    const out: string[] = [];
    for (; s; s = s.parent) out.push(text.slice(doc.offsetAt(s.range.start), doc.offsetAt(s.range.end)));
    return out;
  };

  it("expands literal content -> literal -> property -> object -> ... -> root", () => {
    const [result] = selectionRanges(doc, [doc.textDocument.positionAt(text.indexOf("x.example"))]);
    const steps = chain(result);
    assert.deepEqual(steps.slice(0, 4), ["https://x.example/v1", "'https://x.example/v1'", "baseUrl: 'https://x.example/v1'", "{ baseUrl: 'https://x.example/v1' }"]);
    assert.equal(steps.at(-1), text);
    for (let i = 1; i < steps.length; i++) assert.ok(steps[i]!.includes(steps[i - 1]!), "each range contains the previous one");
  });

  it("starts from a bare key and answers every requested position", () => {
    const results = selectionRanges(doc, [doc.textDocument.positionAt(text.indexOf("providers") + 2), { line: 0, character: 0 }]);
    assert.equal(results.length, 2);
    assert.deepEqual(chain(results[0]).slice(0, 2), ["providers", "providers: { openai: { baseUrl: 'https://x.example/v1' } }"]);
    assert.equal(chain(results[1]).at(-1), text);
  });
});
