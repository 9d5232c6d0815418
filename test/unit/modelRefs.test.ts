import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseModelRef, splitTrailingAuthProfile } from "../../server/src/core/openclaw/modelRefs";

describe("model refs (as OpenClaw parses them)", () => {
  it("splits at the first slash and lower-cases the provider", () => {
    assert.deepEqual(parseModelRef("OpenAI/gpt-5.4"), { provider: "openai", model: "gpt-5.4" });
    assert.deepEqual(parseModelRef("fal/fal-ai/flux/dev"), { provider: "fal", model: "fal-ai/flux/dev" });
    assert.deepEqual(parseModelRef("  sonnet "), { model: "sonnet" });
  });

  it("takes a trailing @profile off, but not version dates or quantization tags", () => {
    assert.deepEqual(parseModelRef("openai/gpt-5.4@work"), { provider: "openai", model: "gpt-5.4", profile: "work" });
    assert.deepEqual(splitTrailingAuthProfile("vertex/claude-3@20240620"), { model: "vertex/claude-3@20240620" });
    assert.deepEqual(splitTrailingAuthProfile("vertex/claude-3@20240620@team"), { model: "vertex/claude-3@20240620", profile: "team" });
    assert.deepEqual(splitTrailingAuthProfile("ollama/qwen3@q4_k_m"), { model: "ollama/qwen3@q4_k_m" });
    assert.deepEqual(splitTrailingAuthProfile("lmstudio/model@8bit@me"), { model: "lmstudio/model@8bit", profile: "me" });
  });

  it("rejects empty and half refs", () => {
    assert.equal(parseModelRef(""), undefined);
    assert.equal(parseModelRef("openai/"), undefined);
    assert.equal(parseModelRef("/gpt"), undefined);
  });
});
