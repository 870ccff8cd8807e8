import { claimEvent, type EventBus } from '@birge/server-kit';
import type { EventEnvelope, EventName, EventPayloads } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.enum';

/** What one notification row says about the records it concerns. */
interface NotificationFacts {
  regionCode: string;
  organizationId?: string | null;
  assistanceRequestId?: string | null;
  bookingId?: string | null;
  trainingId?: string | null;
  assigneeId?: string | null;
}

interface Route<N extends EventName> {
  event: N;
  queue: string;
  kind: NotificationKind;
  facts(payload: EventPayloads[N]): NotificationFacts;
}

const route = <N extends EventName>(r: Route<N>): Route<EventName> => r as unknown as Route<EventName>;

/** The assistance workflow's events and the notification each becomes, for the staff of its region. */
export const ASSISTANCE_NOTIFICATION_ROUTES: readonly Route<EventName>[] = [
  route({
    event: 'assistance.request-assigned',
    queue: 'notifications.request-assigned',
    kind: NotificationKind.ASSISTANCE_REQUEST_ASSIGNED,
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, assistanceRequestId: p.requestId, assigneeId: p.assigneeId }),
  }),
  route({
    event: 'assistance.request-status-changed',
    queue: 'notifications.request-status-changed',
    kind: NotificationKind.ASSISTANCE_REQUEST_STATUS_CHANGED,
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, assistanceRequestId: p.requestId }),
  }),
  route({
    event: 'assistance.request-overdue',
    queue: 'notifications.request-overdue',
    kind: NotificationKind.ASSISTANCE_REQUEST_OVERDUE,
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, assistanceRequestId: p.requestId }),
  }),
  route({
    event: 'assistance.booking-confirmed',
    queue: 'notifications.booking-confirmed',
    kind: NotificationKind.BOOKING_CONFIRMED,
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, bookingId: p.bookingId }),
  }),
  route({
    event: 'assistance.booking-cancelled',
    queue: 'notifications.booking-cancelled',
    kind: NotificationKind.BOOKING_CANCELLED,
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, bookingId: p.bookingId }),
  }),
  route({
    event: 'assistance.training-reminder',
    queue: 'notifications.training-reminder',
    kind: NotificationKind.TRAINING_REMINDER,
    // One reminder per registered organization: the notification names the organization to contact.
    facts: (p) => ({ regionCode: p.regionCode, organizationId: p.organizationId, trainingId: p.trainingId }),
  }),
];

/**
 * Turns the assistance workflow's events into notifications, once each: the event is claimed in
 * the transaction that inserts the notification, and (event_id, region_code) is unique, so a
 * redelivery after a crash between commit and acknowledgement adds nothing.
 */
export class AssistanceEventsConsumer {
  constructor(private readonly dataSource: DataSource) {}

  async start(events: EventBus): Promise<void> {
    for (const r of ASSISTANCE_NOTIFICATION_ROUTES) {
      await events.consume(r.queue, async (event) => {
        await this.handle(event);
      });
    }
  }

  /** @returns false when the event had been handled before (or is not one of these). */
  handle(event: EventEnvelope): Promise<boolean> {
    const r = ASSISTANCE_NOTIFICATION_ROUTES.find((candidate) => candidate.event === event.name);
    if (!r) return Promise.resolve(false);
    const facts = r.facts(event.payload);
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'notifications', event.eventId, r.queue))) return false;
      await manager.query(
        `INSERT INTO notifications.notification
           (event_id, kind, region_code, organization_id, assistance_request_id, booking_id, training_id, assignee_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (event_id, region_code) DO NOTHING`,
        [
          event.eventId,
          r.kind,
          facts.regionCode,
          facts.organizationId ?? null,
          facts.assistanceRequestId ?? null,
          facts.bookingId ?? null,
          facts.trainingId ?? null,
          facts.assigneeId ?? null,
        ],
      );
      return true;
    });
  }
}
