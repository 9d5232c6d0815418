/**
 * Which values must never be shown (outline details, hovers, CLI code frames and messages, logs):
 * OpenClaw's secrets are API keys, tokens, passwords, request headers and environment variables.
 * Judged by the key names on the path (a whole `headers` or `env` object is secret, at any depth: MCP
 * servers, localService and sandboxes have env blocks), by OpenClaw's own redaction rule
 * (sensitivePaths.ts) and, as a last net, by values that look like credentials wherever they sit.
 * `isSecretAt` is the one answer every output asks; over-matching only hides a harmless value.
 */
import { dotPath } from "../document";
import type { JsonPath } from "../types";
import { isSensitiveConfigPath } from "./sensitivePaths";

const SECRET_KEY =
  /(api[-_]?key|apikey|token|secret|passw(or)?d|passphrase|credential|cookie|authorization|bearer|key$|^keys$|headers?$|^env$|^pin$|^otp$|serviceaccount)/i;

/** A key whose value (and everything below it) is secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * Whether the value at the path is secret: any key on it names a secret, it is under `env`, or
 * OpenClaw's own redaction rule (`isSensitiveConfigPath`) says so.
 */
export function isSecretPath(path: JsonPath): boolean {
  return path.some((segment) => typeof segment === "string" && isSecretKey(segment)) || isSensitiveConfigPath(dotPath(path));
}

/** Whether the value at `path` (and `value` itself, when given) must never be shown. */
export function isSecretAt(path: JsonPath, value?: unknown): boolean {
  return isSecretPath(path) || (typeof value === "string" && looksLikeSecretValue(value));
}

/** Where a value sits, for walks that track secrecy as they descend (no path copies per node). */
export interface SecretPlace {
  /** The dot-path so far (`models.providers.openai.apiKey`, `x[0]`); "" at the root. */
  dotted: string;
  /** The value here, and everything below it, is secret. */
  secret: boolean;
}

export const ROOT_PLACE: SecretPlace = { dotted: "", secret: false };

/** The place of a child: the same verdict as isSecretPath on the child's full path. */
export function childPlace(parent: SecretPlace, segment: string | number): SecretPlace {
  const dotted = typeof segment === "number" ? `${parent.dotted}[${segment}]` : parent.dotted === "" ? segment : `${parent.dotted}.${segment}`;
  const secret =
    parent.secret ||
    (typeof segment === "string" && isSecretKey(segment)) ||
    isSensitiveConfigPath(dotted);
  return { dotted, secret };
}

/** Values that are credentials whatever their key: provider key prefixes, JWTs, URLs with a password. */
export function looksLikeSecretValue(value: string): boolean {
  const v = value.trim();
  if (/^(sk-|sk_|rk_|pk_live|xox[abpr]-|ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|AIza|ya29\.|AKIA|hf_|gsk_|eyJ[A-Za-z0-9_-]{8,}\.)/.test(v)) return true;
  if (/^bearer\s+\S/i.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i.test(v)) return true;
  // A long unbroken run of base64/hex-like characters with digits and letters mixed: a raw token.
  return /^[A-Za-z0-9_\-+/=]{32,}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !v.includes("/");
}
