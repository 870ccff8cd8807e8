import { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from '@birge/shared-reference';

export { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, AssistanceType };
