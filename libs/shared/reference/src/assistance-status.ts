/** Where an assistance request stands. The full workflow arrives with the assistance issue. */
export enum AssistanceRequestStatus {
  NEW = 'NEW',
  TRIAGED = 'TRIAGED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_ON_STATE_BODY = 'WAITING_ON_STATE_BODY',
  RESOLVED = 'RESOLVED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Statuses in which a request still needs the front office's work. */
export const OPEN_ASSISTANCE_STATUSES: readonly AssistanceRequestStatus[] = [
  AssistanceRequestStatus.NEW,
  AssistanceRequestStatus.TRIAGED,
  AssistanceRequestStatus.IN_PROGRESS,
  AssistanceRequestStatus.WAITING_ON_STATE_BODY,
];
