import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { EventName, EventPayloads } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import { queueEmails } from '../email/email-queue';
import type { NotificationKind } from './notification-kind.enum';
import type { NotificationFacts } from './notification-shape';

export type { NotificationAudienceKind, NotificationFacts } from './notification-shape';

/**
 * Who a request's notification is for: its assignee while it has one, the region's staff while it
 * has none. A request someone is responsible for is their business, not the whole office's.
 */
export const requestRecipient = (assigneeId: string | null | undefined): string | null => assigneeId ?? null;

/** An event of a region, as it names what the office is told: the organization concerned and who acted, when it has them. */
interface RegionEvent {
  regionCode: string;
  organizationId?: string;
  actorId?: string | null;
}

/**
 * The facts of a notification for the region's office about an event of the region: its region,
 * and the organization and the person who acted when the event names them; `more` says the rest.
 */
export function officeNotice(kind: NotificationKind, event: RegionEvent, more: Partial<NotificationFacts> = {}): NotificationFacts {
  return { kind, regionCode: event.regionCode, organizationId: event.organizationId ?? null, recipientId: null, actorId: event.actorId ?? null, ...more };
}

/** The facts of a notification about an assistance request: for `assigneeId` while it has one, for the office while it has none (requestRecipient). */
export function requestNotice(
  kind: NotificationKind,
  event: RegionEvent & { requestId: string },
  assigneeId: string | null | undefined,
  more: Partial<NotificationFacts> = {},
): NotificationFacts {
  return officeNotice(kind, event, { assistanceRequestId: event.requestId, assigneeId: assigneeId ?? null, recipientId: requestRecipient(assigneeId), ...more });
}

/**
 * Writes one event's notification, unless its only recipient is the person who acted (nobody is
 * told about their own action), and queues its emails in the same transaction. The unique
 * (event_id, region_code) keeps a redelivered event single even without its processed_event claim
 * (event_id alone for a notification without a region). @returns whether a row was written.
 */
export async function insertNotification(manager: EntityManager, eventId: string, facts: NotificationFacts): Promise<boolean> {
  if (facts.recipientId !== null && facts.recipientId === facts.actorId) return false;
  // created_at is the time of insertion, not of the event: a late delivery then appears at the
  // head of the feed instead of behind cursors readers already hold.
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO notifications.notification
       (event_id, kind, region_code, organization_id, assistance_request_id, booking_id, training_id, assignee_id,
        previous_assignee_id, from_status, to_status, recipient_id, actor_id, audience, subject_id, district_code, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT DO NOTHING RETURNING id`,
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
      facts.audience ?? 'OFFICE',
      facts.subjectId ?? null,
      facts.districtCode ?? null,
      JSON.stringify(facts.detail ?? {}),
    ],
  );
  if (rows.length !== 1) return false;
  await queueEmails(manager, rows[0].id, eventId, facts);
  return true;
}

/** A consumer whose whole work is one notification made from its event's payload, written in the transaction that claims the event. */
export function notifyOn<N extends EventName>(event: N, facts: (payload: EventPayloads[N]) => NotificationFacts): EventConsumer {
  return defineConsumer({
    event,
    handle: async (manager, { eventId, payload }) => {
      await insertNotification(manager, eventId, facts(payload));
    },
  });
}
