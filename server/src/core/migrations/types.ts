import type { JsonNode } from "../json5/ast";
import type { EditSession } from "../edits/session";
import type { JsonPath } from "../types";

/**
 * One legacy key (or legacy value) OpenClaw's doctor migrates, as data. Paths are dot patterns:
 * `*` matches any object key, `[]` any array item (`agents.list[].embeddedPi`). Targets use `$1`,
 * `$2`... for what the wildcards matched.
 */
export type LegacyRule = RuleCommon &
  (
    | { kind: "remove" }
    /** A new key in the same object; OpenClaw keeps the new key when both exist. */
    | { kind: "rename"; to: string; map?: (value: unknown) => unknown }
    /** A new place (a full dot path ending with the new key); `merge` deep-merges objects the way
     *  OpenClaw's mergeMissing does (the existing value wins). */
    | { kind: "move"; to: string; merge?: boolean; map?: (value: unknown) => unknown }
    /** A value spelled the old way: `from` (a list of old values) becomes `to`. */
    | { kind: "value"; from: readonly unknown[]; to: unknown | ((value: unknown) => unknown) }
    /** A boolean whose meaning flipped with its name (`disabled: true` -> `enabled: false`). */
    | { kind: "invert"; to: string }
    /** A legacy key this extension reports but cannot migrate on its own; `why` says what to do. */
    | { kind: "manual"; why: string }
    /** Hand-written detection and fix (list-to-map, provider merges, model reference rewrites). */
    | { kind: "custom"; run: (ctx: CustomContext) => void }
  );

interface RuleCommon {
  /** The legacy location, a dot pattern (`custom` rules: informational). */
  path: string;
  /** Only when the legacy value satisfies this (e.g. a retired enum value). */
  when?: (value: unknown) => boolean;
  /** "warning" where OpenClaw 2026.9.6 still accepts the file; by default an error (OpenClaw rejects it). */
  severity?: "error" | "warning";
  /** Whether fix-all may apply the fix; false when it drops something the user may still want. */
  safe?: boolean;
  /** The diagnostic code, when not the kind's default (legacy-key; legacy-value for value rules). */
  code?: "legacy-key" | "legacy-value" | "legacy-codex-route";
  /** A sentence on what changed, from OpenClaw's own message. */
  note?: string;
  /** When the new key already exists, the legacy value replaces it (OpenClaw treats the old one as the effective value). */
  legacyWins?: boolean;
  /** The fix is safe only when this dot path exists (else it would create something OpenClaw drops). */
  requires?: string;
  /** After the fix, remove the legacy parents left empty, up to and including this dot path (as doctor
   *  deletes them); `true`: every emptied ancestor below the root. */
  prune?: string | true;
  /** A further step of the fix (e.g. the mode OpenClaw adds next to a moved value). */
  after?: (session: EditSession, match: PatternMatch) => boolean;
}

export interface MigrationEntry {
  /** OpenClaw's migration id in `LEGACY_CONFIG_MIGRATIONS`. */
  id: string;
  /** OpenClaw's description of the migration. */
  describe: string;
  /** The OpenClaw version that retired the old form, when its docs or changelog say so. */
  since?: string;
  rules: LegacyRule[];
  /** What part of OpenClaw's migration has no automatic fix here, and why (listed in the README). */
  gap?: string;
}

/** A found legacy key, ready to become a diagnostic. */
export interface LegacyFinding {
  entry: MigrationEntry;
  rule: LegacyRule;
  /** Overrides the rule's severity (custom rules). */
  severity?: "error" | "warning";
  /** Where the diagnostic goes: the legacy key, or the legacy value. */
  node: JsonNode;
  message: string;
  /** Builds the fix in a session; returns its title, or undefined when there is no fix. */
  fix?: FixPlan;
}

export interface FixPlan {
  title: string;
  safe: boolean;
  apply(session: EditSession): boolean;
}

export interface CustomContext {
  root: JsonNode;
  entry: MigrationEntry;
  rule: LegacyRule;
  report(node: JsonNode, message: string, fix?: FixPlan, severity?: "error" | "warning"): void;
}

export interface PatternMatch {
  path: JsonPath;
  /** The matched value node. */
  value: JsonNode;
  /** The property holding it (absent for array items). */
  property: JsonNode | undefined;
  captures: (string | number)[];
}
