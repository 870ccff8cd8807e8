import type { EventBus } from '@birge/server-kit';
import type { EntityManager } from 'typeorm';

/**
 * Tells analytics what a training counts now (assistance.training-changed), in the transaction of
 * the change. It locks the training row first, so two changes of one training are told in the
 * order they commit, and `changedAt` (the database's clock, after the lock) orders them for the consumer.
 */
export async function publishTrainingFigures(events: EventBus, manager: EntityManager, trainingId: string): Promise<void> {
  const [row]: {
    regionCode: string;
    startsAt: Date;
    status: string;
    seats: number;
    registeredParticipants: number;
    attendedParticipants: number;
    changedAt: Date;
  }[] = await manager.query(
    `WITH locked AS (SELECT id, region_code, starts_at, status, capacity FROM assistance.training WHERE id = $1 FOR UPDATE)
     SELECT l.region_code AS "regionCode", l.starts_at AS "startsAt", l.status, l.capacity AS seats,
            coalesce((SELECT sum(participants) FROM assistance.training_registration WHERE training_id = l.id AND status = 'REGISTERED'), 0)::int
              AS "registeredParticipants",
            coalesce((SELECT sum(coalesce(attended_participants, participants)) FROM assistance.training_registration
                      WHERE training_id = l.id AND status = 'REGISTERED' AND attendance = 'ATTENDED'), 0)::int AS "attendedParticipants",
            clock_timestamp() AS "changedAt"
     FROM locked l`,
    [trainingId],
  );
  if (!row) throw new Error(`training ${trainingId} vanished inside its own transaction`);
  await events.publish(manager, 'assistance.training-changed', {
    trainingId,
    regionCode: row.regionCode,
    startsAt: new Date(row.startsAt).toISOString(),
    status: row.status,
    seats: row.seats,
    registeredParticipants: row.registeredParticipants,
    attendedParticipants: row.attendedParticipants,
    changedAt: new Date(row.changedAt).toISOString(),
  });
}
