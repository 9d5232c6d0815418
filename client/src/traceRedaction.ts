/**
 * Trace redaction for the language client (no `vscode` import, so it is unit-testable).
 *
 * With `openclaw.trace.server: "verbose"` vscode-languageclient writes every message's params and
 * results to the trace channel, and `textDocument/didOpen` / `didChange` carry the whole document:
 * API keys, tokens and headers included. Traced text therefore goes through redactTrace(), which
 * replaces document text and edit text with their length. Structure (methods, URIs, ranges, codes,
 * versions) stays, which is what a trace is read for.
 */

/** JSON keys whose string values are document content or edit content. */
const CONTENT_KEYS = ["text", "newText", "insertText"];

// A JSON string literal: `"` then any escaped char or anything but `"` and `\`, then `"`.
// Works for both the pretty-printed (text format) and compact (json format: one JSON.stringify of
// the whole message) traces.
const CONTENT_VALUE = new RegExp(`("(?:${CONTENT_KEYS.join("|")})"\\s*:\\s*)"((?:[^"\\\\]|\\\\.)*)"`, "g");

export function redactTrace(traced: string): string {
  return traced.replace(CONTENT_VALUE, (_match, key: string, value: string) => `${key}"<${value.length} chars redacted>"`);
}
