import { enumOf, type EnumValue } from './enum-of';

/** Where an assistance request stands. The full workflow arrives with the assistance issue. */
export const AssistanceRequestStatus = enumOf(['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY', 'RESOLVED', 'DECLINED', 'WITHDRAWN']);
export type AssistanceRequestStatus = EnumValue<typeof AssistanceRequestStatus>;

/** Statuses in which a request still needs the front office's work. */
export const OPEN_ASSISTANCE_STATUSES: readonly AssistanceRequestStatus[] = [
  AssistanceRequestStatus.NEW,
  AssistanceRequestStatus.TRIAGED,
  AssistanceRequestStatus.IN_PROGRESS,
  AssistanceRequestStatus.WAITING_ON_STATE_BODY,
];
