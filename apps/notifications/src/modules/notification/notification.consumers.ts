import { handleOnce, startEventConsumers, type EventBus, type EventConsumer } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { mailingConsumers } from '../announcement/mailing.consumers';
import { programmeConsumers } from '../announcement/programme.consumers';
import { portalConsumers } from '../portal/portal.consumers';
import { NotificationKind } from './notification-kind.enum';
import { analyticsConsumers } from './analytics.consumers';
import { identityConsumers } from './identity.consumers';
import { notifyOn, officeNotice, requestNotice } from './notification-facts';
import { registryConsumers } from './registry.consumers';

export const NOTIFICATIONS_SCHEMA = 'notifications';

/**
 * The assistance workflow's events, in the kit's one consumer shape: the kit claims the event id
 * in the transaction that writes the notification, so a redelivery adds nothing.
 *
 * Who is told: a request's events go to its assignee while it has one, to the region's staff
 * while it has none; bookings and reminders to the region's staff. Never to the actor.
 */
const assistanceConsumers: readonly EventConsumer[] = [
  notifyOn('assistance.request-submitted', (p) => requestNotice(NotificationKind.ASSISTANCE_REQUEST_SUBMITTED, p, null, { toStatus: p.status })),
  // The new assignee only; a request given back (unassigned) is for the whole office again.
  notifyOn('assistance.request-assigned', (p) => requestNotice(NotificationKind.ASSISTANCE_REQUEST_ASSIGNED, p, p.assigneeId, { previousAssigneeId: p.previousAssigneeId })),
  notifyOn('assistance.request-status-changed', (p) =>
    requestNotice(NotificationKind.ASSISTANCE_REQUEST_STATUS_CHANGED, p, p.state?.assigneeId, { fromStatus: p.from, toStatus: p.to }),
  ),
  // Raised by a scheduled sweep: nobody acted.
  notifyOn('assistance.request-overdue', (p) => requestNotice(NotificationKind.ASSISTANCE_REQUEST_OVERDUE, p, p.assigneeId)),
  notifyOn('assistance.booking-confirmed', (p) => officeNotice(NotificationKind.BOOKING_CONFIRMED, p, { bookingId: p.bookingId })),
  notifyOn('assistance.booking-cancelled', (p) => officeNotice(NotificationKind.BOOKING_CANCELLED, p, { bookingId: p.bookingId })),
  // One reminder per registered organization: the notification names the organization to contact.
  notifyOn('assistance.training-reminder', (p) => officeNotice(NotificationKind.TRAINING_REMINDER, p, { trainingId: p.trainingId })),
  notifyOn('assistance.request-rated', (p) => requestNotice(NotificationKind.ASSISTANCE_REQUEST_RATED, p, p.assigneeId, { detail: { score: p.score } })),
];

/**
 * Every event the inbox (and its email) is made of: the assistance workflow, the registry, the
 * analytics register, feedback and reports, and staff accounts (which also keep the recipients).
 */
export const notificationConsumers: readonly EventConsumer[] = [
  ...assistanceConsumers,
  ...registryConsumers,
  ...analyticsConsumers,
  ...identityConsumers,
  ...mailingConsumers,
  ...programmeConsumers,
  ...portalConsumers,
];

/** Subscribes the inbox's consumers, and handles one event as its queue's consumer would (tests, replays). */
export class NotificationEvents {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: readonly EventConsumer[] = notificationConsumers,
  ) {}

  start(events: EventBus): Promise<void> {
    return startEventConsumers(events, this.dataSource, NOTIFICATIONS_SCHEMA, this.consumers);
  }

  /** @returns false when the event had been handled before. */
  handle(event: EventEnvelope): Promise<boolean> {
    const consumer = this.consumers.find((candidate) => candidate.event === event.name);
    if (!consumer) throw new Error(`notifications does not consume ${event.name}`);
    return handleOnce(this.dataSource, NOTIFICATIONS_SCHEMA, consumer, event);
  }
}
