/**
 * Secret values never reach an output: outline details, diagnostic messages (Problems view, traces,
 * CLI), CLI code frames. Each case below was a leak found in review.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DocumentSymbol } from "vscode-languageserver-types";
import { ConfigDocument } from "../../server/src/core/document";
import { ALL_RULES } from "../../server/src/core/rules";
import { maskSecrets, secretSpans } from "../../server/src/core/secrets";
import { documentSymbols } from "../../server/src/core/services/documentSymbols";
import { validateDocument } from "../../server/src/core/services/validation";

const LOCAL_ENV = "hf-local-5ecret-value";
const MCP_ENV = "mcp-env-pl41n-value";
const ENCRYPT_KEY = "feishu-encrypt-v4lue";
const SERVICE_ACCOUNT = "svc-acct-inline-json";
const PASTED_KEY = "sk-proj-pasted-into-the-id-field-0123";

const CONFIG = `{
  models: { providers: { vllm: {
    baseUrl: "http://localhost:8000/v1",
    localService: { command: "vllm", env: { HF_HUB: "${LOCAL_ENV}" } },
    apiKey: { source: "file", provider: "filemain", id: "${PASTED_KEY}" },
    models: [{ id: "m", name: "M" }],
  } } },
  mcp: { servers: { db: { command: "db-mcp", env: { DB_DSN: "${MCP_ENV}" } } } },
  channels: { feishu: { encryptKey: "${ENCRYPT_KEY}" }, googlechat: { serviceAccount: "${SERVICE_ACCOUNT}" } },
}
`;
const SECRETS = [LOCAL_ENV, MCP_ENV, ENCRYPT_KEY, SERVICE_ACCOUNT, PASTED_KEY];

function allDetails(symbols: readonly DocumentSymbol[]): string[] {
  return symbols.flatMap((symbol) => [symbol.name, symbol.detail ?? "", ...allDetails(symbol.children ?? [])]);
}

describe("secrets in outputs", () => {
  const doc = ConfigDocument.create("file:///home/u/.openclaw/openclaw.json", CONFIG);

  it("the outline shows no secret value (localService.env, MCP env, encryptKey, serviceAccount)", () => {
    const shown = allDetails(documentSymbols(doc)).join("\n");
    for (const secret of SECRETS) assert.ok(!shown.includes(secret), `the outline shows ${secret}`);
    assert.ok(shown.includes("http://localhost:8000/v1"), "ordinary values still show");
  });

  it("a diagnostic message does not quote a secret written where an id belongs", () => {
    const diagnostics = validateDocument(doc, ALL_RULES);
    const secretRef = diagnostics.find((d) => d.code === "secret-ref-id");
    assert.ok(secretRef, "the malformed SecretRef id is reported");
    assert.match(secretRef.message as string, /<redacted>/);
    for (const d of diagnostics) for (const secret of SECRETS) assert.ok(!(d.message as string).includes(secret), `${d.code} quotes ${secret}`);
  });

  it("CLI masking covers the same values (one predicate for every output)", () => {
    const masked = maskSecrets(doc.text, secretSpans(doc));
    for (const secret of SECRETS) assert.ok(!masked.includes(secret), `the code frame would show ${secret}`);
    assert.equal(masked.length, doc.text.length);
    assert.ok(masked.includes('command: "vllm"') && masked.includes("HF_HUB:"), "names and ordinary values stay");
  });
});
