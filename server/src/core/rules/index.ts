import { invalidCodexBaseUrl, legacyCodexBaseUrl } from "./codexBaseUrl";
import { acpBindings } from "./acpBindings";
import { unknownAgentId } from "./agentReferences";
import { agentRoster } from "./agentRoster";
import { blankString } from "./blankString";
import { broadcastGroups } from "./broadcastGroups";
import { browserProfiles } from "./browserProfiles";
import { cloudWorkerProfile } from "./cloudWorkers";
import { customProviderIncomplete } from "./customProvider";
import { edgeAuthHeaders } from "./edgeAuthHeaders";
import { egressProxyHosts } from "./egressProxyHosts";
import { durationsAndSizes } from "./durationsAndSizes";
import { execSecretProvider } from "./execSecretProvider";
import { gatewayOrigins } from "./gatewayOrigins";
import { gatewayRoles } from "./gatewayRoles";
import { heartbeatSchedule } from "./heartbeatSchedule";
import { hookMappingSession } from "./hookMappings";
import { deprecatedField } from "./deprecatedField";
import { unknownHeartbeatTarget } from "./heartbeatTarget";
import { unknownModelProvider } from "./modelReferences";
import { modelRefFormat } from "./modelRefFormat";
import type { Rule } from "./rule";
import { legacyKeys } from "./legacyKeys";
import { pathsAndUrls } from "./pathsAndUrls";
import { sandboxSecurity } from "./sandboxSecurity";
import { schemaRule } from "./schemaRule";
import { secretRefIds } from "./secretRefIds";
import { talkProvider } from "./talkProvider";
import { toolPolicyConflict } from "./toolPolicy";
import { unknownChannel } from "./unknownChannel";
import { webSearchProvider } from "./webSearchProvider";

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
  agentRoster,
  talkProvider,
  acpBindings,
  browserProfiles,
  secretRefIds,
  webSearchProvider,
  durationsAndSizes,
  broadcastGroups,
  hookMappingSession,
  gatewayRoles,
  execSecretProvider,
  blankString,
  gatewayOrigins,
  toolPolicyConflict,
  heartbeatSchedule,
  sandboxSecurity,
  modelRefFormat,
  cloudWorkerProfile,
  pathsAndUrls,
  edgeAuthHeaders,
  egressProxyHosts,
];
