import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import {
  expandSchema,
  findBundledFile,
  loadBundledSchema,
  loadBundledSchemaMeta,
  resolveRef,
  schemasAtPath,
  type JSONSchema,
} from "../../server/src/core/schema/schema";

const schema = loadBundledSchema();

function types(schemas: JSONSchema[]): string[] {
  return [...new Set(schemas.flatMap((s) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type])))].sort();
}

function allRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) allRefs(item, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else allRefs(value, out);
    }
  }
  return out;
}

describe("bundled schema", () => {
  it("loads once and is OpenClaw's draft-07 object schema with the recorded version", () => {
    assert.equal(loadBundledSchema(), schema);
    assert.equal(schema.$schema, "http://json-schema.org/draft-07/schema#");
    assert.equal(schema.type, "object");
    assert.equal(schema.additionalProperties, false);
    assert.ok(schema.properties?.models && schema.properties.agents && schema.properties.$schema);
    assert.equal(loadBundledSchemaMeta().openclawVersion, "2026.9.6");
  });

  it("has no dangling $ref (the 9 plugin refs are repaired to their local $defs)", () => {
    const refs = allRefs(schema);
    assert.ok(refs.length >= 9);
    for (const ref of refs) assert.ok(resolveRef(schema, ref) !== undefined, `dangling ${ref}`);
    assert.ok(refs.every((ref) => !ref.startsWith("#/$defs/")));
  });

  it("keeps only the root $schema keyword", () => {
    const nested = JSON.stringify(schema.properties).match(/"\$schema":"http/g);
    assert.equal(nested, null);
  });

  it("does not require fields that have a default (channel dmPolicy/groupPolicy)", () => {
    const telegram = schemasAtPath(schema, ["channels", "telegram"]);
    assert.ok(telegram.length > 0);
    for (const s of telegram) assert.ok(!(s.required ?? []).includes("dmPolicy"), "dmPolicy still required");
    const dmPolicy = schemasAtPath(schema, ["channels", "telegram", "dmPolicy"]);
    assert.ok(dmPolicy.some((s) => s.default === "pairing"));
  });

  it("carries OpenClaw's UI hints: help, sensitivity, docs links", () => {
    const apiKey = schemasAtPath(schema, ["models", "providers", "openai", "apiKey"]);
    assert.ok(apiKey.some((s) => s["x-sensitive"] === true), "apiKey is sensitive");
    assert.ok(apiKey.some((s) => typeof s.description === "string" && s.description.length > 10));
    assert.equal(schema.properties?.models && typeof schema.properties.models === "object" && schema.properties.models["x-docs-url"], "https://docs.openclaw.ai/concepts/models");
  });
});

describe("schemasAtPath", () => {
  it("follows properties and additionalProperties (provider ids are open)", () => {
    const baseUrl = schemasAtPath(schema, ["models", "providers", "my-proxy", "baseUrl"]);
    assert.deepEqual(types(baseUrl), ["string"]);
  });

  it("follows array items and flattens anyOf branches after the composing schema", () => {
    const ids = schemasAtPath(schema, ["models", "providers", "openai", "models", 0, "id"]);
    assert.deepEqual(types(ids), ["string"]);
    const apiKey = schemasAtPath(schema, ["models", "providers", "openai", "apiKey"]);
    assert.ok(apiKey[0]!.anyOf, "the composing schema comes first");
    assert.ok(types(apiKey).includes("string") && types(apiKey).includes("object"), "string or SecretRef");
  });

  it("resolves repaired $refs inside plugin config schemas", () => {
    const password = schemasAtPath(schema, ["plugins", "entries", "imap", "config", "accounts", "work", "password"]);
    assert.ok(password.length > 1);
    const secretRef = password.find((s) => s.properties?.source && s.properties.provider);
    assert.ok(secretRef, "the SecretRef branch is reachable through two $refs");
  });

  it("returns nothing for unknown keys and for an empty path returns the root", () => {
    assert.deepEqual(schemasAtPath(schema, ["noSuchSection"]), []);
    assert.deepEqual(schemasAtPath(schema, ["models", "noSuchKey", "x"]), []);
    assert.equal(schemasAtPath(schema, [])[0], schema);
  });

  it("handles patternProperties, tuple items and ref cycles on a small schema", () => {
    const small: JSONSchema = {
      type: "object",
      patternProperties: { "^x-": { type: "string" } },
      additionalProperties: { type: "number" },
      properties: { tuple: { type: "array", items: [{ type: "string" }, { type: "boolean" }], additionalItems: { type: "null" } }, loop: { $ref: "#/properties/loop" } },
    };
    assert.deepEqual(types(schemasAtPath(small, ["x-a"])), ["string"]);
    assert.deepEqual(types(schemasAtPath(small, ["other"])), ["number"]);
    assert.deepEqual(types(schemasAtPath(small, ["tuple", 1])), ["boolean"]);
    assert.deepEqual(types(schemasAtPath(small, ["tuple", 5])), ["null"]);
    assert.equal(expandSchema(small, { $ref: "#/properties/loop" }).length, 2);
  });
});

describe("schema pipeline post-processing (scripts/schema/postprocess.mjs)", () => {
  const load = async () => {
    const file = findBundledFile(path.join("scripts", "schema", "postprocess.mjs"));
    return (await import(pathToFileURL(file).href)) as {
      postprocess(raw: string, hints?: Record<string, unknown>): { schema: JSONSchema; report: { repairedRefs: unknown[]; relaxedRequired: string[] } };
      formatSchema(schema: JSONSchema): string;
    };
  };
  const raw = JSON.stringify({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: {
      channels: {
        type: "object",
        properties: {
          chat: {
            $schema: "http://json-schema.org/draft-07/schema#",
            type: "object",
            properties: { dmPolicy: { type: "string", default: "pairing" }, token: { type: "string" } },
            required: ["dmPolicy", "token"],
          },
        },
      },
      plugins: {
        type: "object",
        properties: {
          config: {
            $defs: { secret: { type: "string" } },
            type: "object",
            properties: { password: { $ref: "#/$defs/secret" } },
          },
        },
      },
      list: { type: "array", items: { type: "object", properties: { key: { type: "string" } } } },
    },
  });
  const hints = {
    "channels.chat.token": { label: "Chat Token", help: "Bot token.", sensitive: true },
    "plugins.config.password": { help: "Deprecated compatibility field." },
    "list[].key": { help: "Item key." },
    channels: { docsUrl: "https://docs.openclaw.ai/channels" },
  };

  it("repairs root-relative $defs refs, relaxes defaulted required fields, merges hints", async () => {
    const { postprocess } = await load();
    const { schema: out, report } = postprocess(raw, hints);
    const props = out.properties as Record<string, JSONSchema>;
    const plugins = props.plugins!.properties!.config as JSONSchema;
    assert.equal((plugins.properties!.password as JSONSchema).$ref, "#/properties/plugins/properties/config/$defs/secret");
    assert.equal(report.repairedRefs.length, 1);
    const chat = props.channels!.properties!.chat as JSONSchema;
    assert.deepEqual(chat.required, ["token"]);
    assert.equal(chat.$schema, undefined);
    const token = chat.properties!.token as JSONSchema;
    assert.equal(token.title, "Chat Token");
    assert.equal(token.description, "Bot token.");
    assert.equal(token["x-sensitive"], true);
    assert.equal(props.channels!["x-docs-url"], "https://docs.openclaw.ai/channels");
    assert.equal((plugins.properties!.password as JSONSchema).deprecated, true);
    assert.equal(((props.list!.items as JSONSchema).properties!.key as JSONSchema).description, "Item key.");
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    const { postprocess, formatSchema } = await load();
    assert.equal(formatSchema(postprocess(raw, hints).schema), formatSchema(postprocess(raw, hints).schema));
  });

  it("refuses a ref it cannot repair", async () => {
    const { postprocess } = await load();
    assert.throws(() => postprocess(JSON.stringify({ type: "object", properties: { a: { $ref: "#/$defs/nope" } } })), /Unresolvable/);
  });
});
