import { invalidCodexBaseUrl, legacyCodexBaseUrl } from "./codexBaseUrl";
import { unknownAgentId } from "./agentReferences";
import { customProviderIncomplete } from "./customProvider";
import { deprecatedField } from "./deprecatedField";
import { unknownHeartbeatTarget } from "./heartbeatTarget";
import { unknownModelProvider } from "./modelReferences";
import type { Rule } from "./rule";
import { legacyKeys } from "./legacyKeys";
import { schemaRule } from "./schemaRule";
import { unknownChannel } from "./unknownChannel";

/** Every OpenClaw rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  schemaRule,
  legacyCodexBaseUrl,
  invalidCodexBaseUrl,
  customProviderIncomplete,
  unknownChannel,
  unknownAgentId,
  unknownHeartbeatTarget,
  unknownModelProvider,
  legacyKeys,
  deprecatedField,
];
