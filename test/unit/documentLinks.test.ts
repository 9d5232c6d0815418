import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigDocument } from "../../server/src/core/document";
import { documentLinks } from "../../server/src/core/services/documentLinks";

const TEXT = `// Docs: https://docs.openclaw.ai/gateway/configuration.
{
  $schema: "https://json-schema.org/draft-07/schema",
  $include: "./agents.json5",
  models: {
    $include: ["providers/openai.json5", "~/shared/keys.json5", "/etc/openclaw/base.json5", "\${HOME}/x.json5"],
    providers: { openai: { baseUrl: "https://api.openai.com/v1" } },
  },
  notes: { help: "https://docs.openclaw.ai/concepts/models", other: "https://example.com/page" },
}`;

describe("document links", () => {
  const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", TEXT);
  const links = documentLinks(doc);
  const covered = (l: (typeof links)[number]) => TEXT.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end));

  it("links $include paths relative to the file and absolute ones as they are; not ~ or ${VAR}, which OpenClaw does not expand", () => {
    const includes = links.filter((l) => l.tooltip === "Open the included file");
    assert.deepEqual(
      includes.map((l) => [covered(l), l.target]),
      [
        ["./agents.json5", "file:///home/u/.openclaw/agents.json5"],
        ["providers/openai.json5", "file:///home/u/.openclaw/providers/openai.json5"],
        ["/etc/openclaw/base.json5", "file:///etc/openclaw/base.json5"],
      ],
    );
  });

  it("links documentation URLs in comments and strings and $schema, not API endpoints", () => {
    const targets = links.filter((l) => l.tooltip !== "Open the included file").map((l) => l.target);
    assert.deepEqual(targets, ["https://docs.openclaw.ai/gateway/configuration", "https://json-schema.org/draft-07/schema", "https://docs.openclaw.ai/concepts/models"]);
  });

  it("does not resolve relative includes of an untitled document", () => {
    const untitled = ConfigDocument.create("untitled:Untitled-1", '{ $include: "a.json5" }');
    assert.deepEqual(documentLinks(untitled), []);
  });
});
