import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification-kind.enum';

/**
 * What one notification row says: what happened, to which records, for whom, and who did it.
 * `recipientId` set: for that user only; null: for the staff of the region (and national roles).
 */
export interface NotificationFacts {
  kind: NotificationKind;
  regionCode: string;
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

/**
 * Who a request's notification is for: its assignee while it has one, the region's staff while it
 * has none. A request someone is responsible for is their business, not the whole office's.
 */
export const requestRecipient = (assigneeId: string | null | undefined): string | null => assigneeId ?? null;

/**
 * Writes one event's notification, unless its only recipient is the person who acted (nobody is
 * told about their own action). The unique (event_id, region_code) keeps a redelivered event single
 * even without its processed_event claim. @returns whether a row was written.
 */
export async function insertNotification(manager: EntityManager, eventId: string, facts: NotificationFacts): Promise<boolean> {
  if (facts.recipientId !== null && facts.recipientId === facts.actorId) return false;
  // created_at is the time of insertion, not of the event: a late delivery then appears at the
  // head of the feed instead of behind cursors readers already hold.
  const rows: unknown[] = await manager.query(
    `INSERT INTO notifications.notification
       (event_id, kind, region_code, organization_id, assistance_request_id, booking_id, training_id, assignee_id,
        previous_assignee_id, from_status, to_status, recipient_id, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (event_id, region_code) DO NOTHING RETURNING id`,
    [
      eventId,
      facts.kind,
      facts.regionCode,
      facts.organizationId ?? null,
      facts.assistanceRequestId ?? null,
      facts.bookingId ?? null,
      facts.trainingId ?? null,
      facts.assigneeId ?? null,
      facts.previousAssigneeId ?? null,
      facts.fromStatus ?? null,
      facts.toStatus ?? null,
      facts.recipientId,
      facts.actorId,
    ],
  );
  return rows.length === 1;
}
