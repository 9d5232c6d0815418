/**
 * Navigation requests over LSP on one large document: outline, folding, go to definition on a model
 * reference and find references of a provider. Figures for `npm run bench`, not assertions.
 */
import type { LspClient } from "../lsp/lspClient";

export interface NavigationStats {
  median: number;
  p95: number;
  n: number;
}

function summarize(samples: number[]): NavigationStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!, n: sorted.length };
}

function positionOf(text: string, needle: string, delta: number): { line: number; character: number } | undefined {
  const offset = text.indexOf(needle);
  if (offset < 0) return undefined;
  const before = text.slice(0, offset + delta);
  return { line: before.split("\n").length - 1, character: offset + delta - before.lastIndexOf("\n") - 1 };
}

export async function navigationLatency(client: LspClient, uri: string, text: string, n: number): Promise<Record<string, NavigationStats>> {
  await client.open(uri, text);
  await client.diagnosticsFor(uri, 1);
  const textDocument = { uri };
  const requests: Record<string, () => Promise<unknown>> = {
    documentSymbol: () => client.request("textDocument/documentSymbol", { textDocument }),
    foldingRange: () => client.request("textDocument/foldingRange", { textDocument }),
  };
  const modelRef = positionOf(text, 'primary: "', 12);
  if (modelRef) requests.definition = () => client.request("textDocument/definition", { textDocument, position: modelRef });
  const providerKey = positionOf(text, '"proxy-0"', 2);
  if (providerKey) {
    requests.references = () => client.request("textDocument/references", { textDocument, position: providerKey, context: { includeDeclaration: true } });
  }
  const out: Record<string, NavigationStats> = {};
  for (const [name, request] of Object.entries(requests)) {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await request();
      samples.push(performance.now() - start);
    }
    out[name] = summarize(samples);
  }
  await client.close(uri);
  return out;
}
