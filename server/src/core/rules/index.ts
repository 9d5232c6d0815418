import { invalidCodexBaseUrl, legacyCodexBaseUrl } from "./codexBaseUrl";
import type { Rule } from "./rule";
import { schemaRule } from "./schemaRule";

/** Every OpenClaw rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [schemaRule, legacyCodexBaseUrl, invalidCodexBaseUrl];
