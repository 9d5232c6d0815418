/**
 * Every diagnostic code the engine can report, in one list: what the `openclaw.rules` setting accepts,
 * and what test/unit/invariants.test.ts holds to a documentation page each (docs/rules/<page>.md).
 */
import { INCLUDE_CODES } from "./include/resolve";
import { JSON5_ERROR_CODES } from "./json5/ast";
import { ALL_RULES } from "./rules";
import { ruleCodes, type Rule } from "./rules/rule";

/** Reported by the engine itself, outside any rule (services/validation.ts, document.ts). */
export const ENGINE_CODES = ["file-too-large", "root-not-object"] as const;

export function allDiagnosticCodes(rules: readonly Rule[] = ALL_RULES): string[] {
  const codes = new Set<string>([...JSON5_ERROR_CODES, ...ENGINE_CODES, ...INCLUDE_CODES]);
  for (const rule of rules) for (const code of ruleCodes(rule)) codes.add(code);
  return [...codes];
}
