/**
 * Benchmark inputs: the docs' full-reference example, and synthetic configs of a given size built
 * from it (many providers with models, in the same JSON5 style: bare keys, comments, trailing commas).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");

export function fullReference(): string {
  return readFileSync(path.join(FIXTURES, "official/full-reference.json5"), "utf8");
}

function provider(i: number): string {
  const models = [0, 1, 2]
    .map(
      (m) => `          {
            id: "model-${i}-${m}",
            name: "Model ${i}.${m}", // shown in pickers
            contextWindow: ${32000 + m * 1000},
            maxTokens: 8192,
            input: ["text"],
          },`,
    )
    .join("\n");
  return `      // provider ${i}: a self-hosted proxy
      "proxy-${i}": {
        baseUrl: "https://llm-${i}.example.internal/v1",
        api: "openai-completions",
        apiKey: "\${PROXY_${i}_KEY}",
        models: [
${models}
        ],
      },`;
}

/** The full-reference example with `providers` synthetic providers added under models.providers. */
export function syntheticConfig(providers: number): string {
  const base = fullReference();
  const blocks = Array.from({ length: providers }, (_, i) => provider(i)).join("\n");
  const at = base.indexOf("{", base.indexOf("providers:")) + 1;
  if (at <= 0) throw new Error("full-reference example has no models.providers");
  return base.slice(0, at) + "\n" + blocks + base.slice(at);
}

/** A synthetic config of at least `lines` lines. */
export function syntheticByLines(lines: number): string {
  const perProvider = provider(0).split("\n").length;
  const baseLines = fullReference().split("\n").length;
  return syntheticConfig(Math.max(0, Math.ceil((lines - baseLines) / perProvider)));
}

/** A synthetic config of at least `bytes` bytes. */
export function syntheticByBytes(bytes: number): string {
  const perProvider = provider(0).length + 1;
  return syntheticConfig(Math.max(0, Math.ceil((bytes - fullReference().length) / perProvider)));
}
