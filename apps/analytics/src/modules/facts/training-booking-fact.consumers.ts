import { defineConsumer } from '@birge/server-kit';
import type { AssistanceBookingPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/** The kind of a booking whose event was queued before assistance sent it. */
const UNKNOWN_RESOURCE_KIND = 'NONE';

/**
 * A booking as confirmed, or as cancelled. A cancellation is final: a confirmation that arrives
 * after it (the two travel on separate queues) changes nothing.
 */
async function recordBooking(manager: EntityManager, p: AssistanceBookingPayload, status: 'CONFIRMED' | 'CANCELLED'): Promise<void> {
  await manager.query(
    `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status)
     SELECT $1, $2, $3, coalesce(o.merged_into, $4::uuid), $5, $6, $7, $8
     FROM (SELECT 1) one LEFT JOIN analytics.organization_fact o ON o.organization_id = $4::uuid
     ON CONFLICT (booking_id) DO UPDATE SET status = 'CANCELLED' WHERE EXCLUDED.status = 'CANCELLED'`,
    [p.bookingId, p.resourceId, p.resourceKind ?? UNKNOWN_RESOURCE_KIND, p.organizationId, p.regionCode, p.startsAt, p.endsAt, status],
  );
}

/** Trainings and bookings from assistance's events, each stored so that a late or repeated event changes nothing. */
export const trainingBookingFactConsumers = [
  defineConsumer({
    event: 'assistance.training-changed',
    handle: (manager, event) => {
      const p = event.payload;
      return manager.query(
        `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (training_id) DO UPDATE SET region_code = EXCLUDED.region_code, starts_at = EXCLUDED.starts_at, status = EXCLUDED.status,
           seats = EXCLUDED.seats, registered = EXCLUDED.registered, attended = EXCLUDED.attended, changed_at = EXCLUDED.changed_at
         WHERE analytics.training_fact.changed_at < EXCLUDED.changed_at`,
        [p.trainingId, p.regionCode, p.startsAt, p.status, p.seats, p.registeredParticipants, p.attendedParticipants, p.changedAt],
      );
    },
  }),
  defineConsumer({
    event: 'assistance.booking-confirmed',
    handle: (manager, event) => recordBooking(manager, event.payload, 'CONFIRMED'),
  }),
  defineConsumer({
    event: 'assistance.booking-cancelled',
    handle: (manager, event) => recordBooking(manager, event.payload, 'CANCELLED'),
  }),
];
