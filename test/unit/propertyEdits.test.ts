import assert from "node:assert/strict";
import { describe, it } from "node:test";
import JSON5 from "json5";
import { ConfigDocument, nodeAtPath, propertyNode } from "../../server/src/core/document";
import { insertProperty, removeProperty, renameKey } from "../../server/src/core/edits/properties";
import { EditSession } from "../../server/src/core/edits/session";
import { applyOffsetEdits, diffOffsets } from "../../server/src/core/edits/textDiff";

const doc = (text: string) => ConfigDocument.create("file:///x/openclaw.json", text);

function removeAt(text: string, path: string[]): string {
  const d = doc(text);
  const property = propertyNode(nodeAtPath(d.root, path.slice(0, -1)), path[path.length - 1]!)!;
  return applyOffsetEdits(text, removeProperty(d, property));
}

function insertAt(text: string, path: string[], key: string, value: string): string {
  const d = doc(text);
  return applyOffsetEdits(text, insertProperty(d, nodeAtPath(d.root, path)!, key, value)!);
}

describe("removeProperty", () => {
  it("removes a property with the comment lines above it and its trailing comment", () => {
    const text = `{\n  a: 1,\n  // about b\n  /* more */\n  b: { c: 2 }, // trailing\n  d: 3,\n}\n`;
    assert.equal(removeAt(text, ["b"]), `{\n  a: 1,\n  d: 3,\n}\n`);
  });
  it("keeps a comment separated by a blank line (it describes the file, not the property)", () => {
    const text = `{\n  a: 1,\n  // section\n\n  b: 2,\n}\n`;
    assert.equal(removeAt(text, ["b"]), `{\n  a: 1,\n  // section\n\n}\n`);
  });
  it("removes the previous comma when the last property had none (no trailing comma appears)", () => {
    assert.equal(removeAt(`{\n  "a": 1,\n  "b": 2\n}`, ["b"]), `{\n  "a": 1\n}`);
  });
  it("removes a multi-line value entirely", () => {
    const text = `{\n  a: {\n    x: [\n      1,\n    ],\n  },\n  b: 2,\n}`;
    assert.equal(removeAt(text, ["a"]), `{\n  b: 2,\n}`);
  });
  it("handles inline objects", () => {
    assert.equal(removeAt(`{ a: 1, b: 2, c: 3 }`, ["b"]), `{ a: 1, c: 3 }`);
    assert.equal(removeAt(`{ a: 1, b: 2 }`, ["b"]), `{ a: 1 }`);
    assert.equal(removeAt(`{ x: { a: 1 } }`, ["x", "a"]), `{ x: {} }`);
  });
  it("keeps CRLF line endings intact", () => {
    assert.equal(removeAt(`{\r\n  a: 1,\r\n  b: 2,\r\n}\r\n`, ["a"]), `{\r\n  b: 2,\r\n}\r\n`);
  });
});

describe("insertProperty", () => {
  it("appends in the document's indentation, key style and trailing-comma habit", () => {
    assert.equal(insertAt(`{\n    a: 1,\n}`, [], "b", "2"), `{\n    a: 1,\n    b: 2,\n}`);
    assert.equal(insertAt(`{\n  "a": 1\n}`, [], "b", "2"), `{\n  "a": 1,\n  "b": 2\n}`);
    assert.equal(insertAt(`{\n\t'a': 'x',\n}`, [], "my-key", "'y'"), `{\n\t'a': 'x',\n\t'my-key': 'y',\n}`);
  });
  it("adds the missing comma after a last property followed by a comment", () => {
    assert.equal(insertAt(`{\n  a: 1 // one\n}`, [], "b", "2"), `{\n  a: 1, // one\n  b: 2\n}`);
  });
  it("opens an empty object on new lines, indented under its parent", () => {
    assert.equal(insertAt(`{\n  x: {},\n}`, ["x"], "b", "{\n  c: 1,\n}"), `{\n  x: {\n    b: {\n      c: 1,\n    },\n  },\n}`);
  });
  it("stays inline in an inline object", () => {
    assert.equal(insertAt(`{ a: 1 }`, [], "b", "2"), `{ a: 1, b: 2 }`);
    assert.equal(insertAt(`{ a: 1, }`, [], "b", "2"), `{ a: 1, b: 2, }`);
  });
});

describe("renameKey", () => {
  it("keeps bare keys bare and quoted keys in their quotes", () => {
    const d = doc(`{ a: 1, 'b': 2, "c": 3 }`);
    const edits = ["a", "b", "c"].flatMap((k) => renameKey(d, propertyNode(d.root, k)!, `${k}2`));
    assert.equal(applyOffsetEdits(d.text, edits), `{ a2: 1, 'b2': 2, "c2": 3 }`);
    const e = doc(`{ a: 1 }`);
    assert.equal(applyOffsetEdits(e.text, renameKey(e, propertyNode(e.root, "a")!, "a-b")), `{ "a-b": 1 }`);
  });
});

describe("EditSession", () => {
  it("moves a property with its comments into a new nested object and prunes what became empty (keeping comments above it)", () => {
    const text = `{\n  // top\n  session: {\n    // idle time\n    idleMinutes: 30, // minutes\n  },\n  other: true,\n}\n`;
    const s = new EditSession(doc(text));
    assert.ok(s.move(["session", "idleMinutes"], ["agents", "defaults"], "idle"));
    s.pruneEmpty(["session"]);
    assert.equal(
      s.text,
      `{\n  // top\n  other: true,\n  agents: {\n    defaults: {\n      // idle time\n      idle: 30, // minutes\n    },\n  },\n}\n`,
    );
    assert.deepEqual(JSON5.parse(s.text), { other: true, agents: { defaults: { idle: 30 } } });
  });
  it("moves into the source's own parent", () => {
    const s = new EditSession(doc(`{\n  session: {\n    scope: "x",\n    idleMinutes: 30\n  }\n}`));
    assert.ok(s.move(["session", "idleMinutes"], ["session", "reset"], "idleMinutes"));
    assert.deepEqual(JSON5.parse(s.text), { session: { scope: "x", reset: { idleMinutes: 30 } } });
  });
  it("refuses to overwrite an existing key", () => {
    const s = new EditSession(doc(`{ a: 1, b: { a: 2 } }`));
    assert.equal(s.move(["a"], ["b"], "a"), false);
    assert.match(s.failed!, /already exists/);
  });
  it("reports its net change as small edits", () => {
    const text = `{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n}\n`;
    const s = new EditSession(doc(text));
    s.move(["a"], [], "z");
    const edits = diffOffsets(text, s.text);
    assert.equal(edits.length, 2);
    assert.equal(applyOffsetEdits(text, edits), s.text);
  });
});

describe("diffOffsets", () => {
  it("reproduces the new text for arbitrary edits", () => {
    const pairs: [string, string][] = [
      ["", "abc"],
      ["abc", ""],
      ["a\nb\nc\n", "a\nc\nb\n"],
      ["x\r\ny\r\n", "x\r\nz\r\ny\r\n"],
      ["one\ntwo\nthree", "zero\none\nthree\nfour"],
    ];
    for (const [a, b] of pairs) assert.equal(applyOffsetEdits(a, diffOffsets(a, b)), b);
  });
});

describe("array items", () => {
  it("appends in the array's layout and copies an item with its comments", () => {
    const text = `{\n  a: [\n    // first\n    { id: "x" }, // x\n  ],\n  b: [1, 2],\n  c: [],\n}\n`;
    const s = new EditSession(doc(text));
    assert.ok(s.copyItem(["a", 0], ["c"], ["// moved"]));
    assert.ok(s.append(["b"], "3"));
    assert.ok(s.append(["a"], '{ id: "y" }'));
    assert.equal(s.text, `{\n  a: [\n    // first\n    { id: "x" }, // x\n    { id: "y" },\n  ],\n  b: [1, 2, 3],\n  c: [\n    // moved\n    // first\n    { id: "x" }, // x\n  ],\n}\n`);
    assert.ok(s.removeItem(["a", 0]));
    assert.deepEqual(JSON5.parse(s.text).a, [{ id: "y" }]);
  });
});

describe("inline containers", () => {
  it("joins a generated multi-line value onto one line, or lays the container out when comments forbid it", () => {
    assert.equal(insertAt(`{ a: { b: 1 } }`, ["a"], "c", "{\n  d: true,\n}"), `{ a: { b: 1, c: { d: true } } }`);
    const s = new EditSession(doc(`{\n  a: { b: 1 },\n}`));
    assert.ok(s.insert(["a"], "c", "{\n  d: true, // why\n}"));
    assert.equal(s.text, `{\n  a: {\n    b: 1,\n    c: {\n      d: true, // why\n    },\n  },\n}`);
  });
});
