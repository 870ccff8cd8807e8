import { AssistanceSubtype } from './assistance-catalog';

/**
 * Default service levels: calendar days from submission to the due date, per sub-type. A front
 * office may set its own (assistance keeps the per-region table); these apply where it has not.
 */
export const DEFAULT_SERVICE_LEVEL_DAYS: Readonly<Record<AssistanceSubtype, number>> = {
  [AssistanceSubtype.STATE_BODY_LIAISON]: 30,
  [AssistanceSubtype.PREMISES_AND_EQUIPMENT]: 7,
  [AssistanceSubtype.TRAINING]: 30,
  [AssistanceSubtype.ORGANIZATION_REGISTRATION]: 21,
  [AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS]: 14,
  [AssistanceSubtype.GRANTS_AND_PROGRAMMES]: 5,
  [AssistanceSubtype.COOPERATION]: 10,
  [AssistanceSubtype.MEDIA_PUBLICITY]: 14,
  [AssistanceSubtype.MEDIA_INTEREST]: 14,
};

export const MAX_SERVICE_LEVEL_DAYS = 365;
