import { claimEvent, type EventBus } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.enum';

export const REQUEST_SUBMITTED_QUEUE = 'notifications.request-submitted';

/**
 * A submitted assistance request becomes one notification for the staff of its region. The event
 * is claimed in the same transaction as the insert, so a redelivery (a crash after commit, a
 * duplicate job) adds nothing; the unique (event_id, region_code) is the second guard.
 */
export class RequestSubmittedConsumer {
  constructor(private readonly dataSource: DataSource) {}

  async start(events: EventBus): Promise<void> {
    await events.consume<'assistance.request-submitted'>(REQUEST_SUBMITTED_QUEUE, async (event) => {
      await this.handle(event);
    });
  }

  /** @returns false when the event had been handled before. */
  handle(event: EventEnvelope<'assistance.request-submitted'>): Promise<boolean> {
    const { requestId, organizationId, regionCode } = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'notifications', event.eventId, REQUEST_SUBMITTED_QUEUE))) return false;
      // created_at is the time of insertion, not of the event: a late delivery then appears at the
      // head of the feed instead of behind cursors readers already hold.
      await manager.query(
        `INSERT INTO notifications.notification (event_id, kind, region_code, organization_id, assistance_request_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, region_code) DO NOTHING`,
        [event.eventId, NotificationKind.ASSISTANCE_REQUEST_SUBMITTED, regionCode, organizationId, requestId],
      );
      return true;
    });
  }
}
