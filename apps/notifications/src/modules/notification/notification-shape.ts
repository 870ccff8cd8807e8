import type { NotificationKind } from './notification-kind.enum';

/**
 * Who an office-wide notification (no recipientId) is for: OFFICE, the region's staff and the
 * national roles (every region's); REGION, the region's staff only; REPUBLICAN, republican
 * administrators only (the region says where it happened).
 */
export type NotificationAudienceKind = 'OFFICE' | 'REGION' | 'REPUBLICAN';

/**
 * What one notification row says: what happened, to which records, for whom, and who did it.
 * `recipientId` set: for that user only; null: for the staff of the region (and national roles).
 */
export interface NotificationFacts {
  kind: NotificationKind;
  /** Null only for what belongs to no region (a national account, a partner key). */
  regionCode: string | null;
  /** OFFICE when omitted. */
  audience?: NotificationAudienceKind;
  /** The record concerned when it is not a request, booking or training: a need, a thread, a report, an account, a key. */
  subjectId?: string | null;
  districtCode?: string | null;
  /** What the message says beyond ids (a name, a status, days left, a period…); rendered in the reader's language. */
  detail?: Record<string, unknown>;
  organizationId?: string | null;
  assistanceRequestId?: string | null;
  bookingId?: string | null;
  trainingId?: string | null;
  assigneeId?: string | null;
  previousAssigneeId?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  recipientId: string | null;
  actorId: string | null;
}
