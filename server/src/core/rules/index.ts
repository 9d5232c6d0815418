import { invalidCodexBaseUrl, legacyCodexBaseUrl } from "./codexBaseUrl";
import type { Rule } from "./rule";

/** Every OpenClaw rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [legacyCodexBaseUrl, invalidCodexBaseUrl];
