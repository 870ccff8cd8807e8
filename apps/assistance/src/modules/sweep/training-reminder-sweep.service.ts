import { sweepInBatches, type EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';

const BATCH = 500;
const HOUR_MS = 3600_000;

interface DueReminder {
  id: string;
  training_id: string;
  organization_id: string;
  participants: number;
  region_code: string;
  topic: string;
  starts_at: Date;
  registered_count: number;
}

/**
 * Raises `assistance.training-reminder` once per REGISTERED place of a scheduled training that
 * starts within `hours`. As in the overdue sweep, marking the place and publishing happen in one
 * transaction and the mark excludes it from later sweeps (SKIP LOCKED for concurrent ones). A
 * place promoted from the waiting list later is reminded by the next sweep; moving the training's
 * start clears the marks (updateTraining), so the new time is reminded too.
 */
export class TrainingReminderSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly hours: number,
  ) {}

  /** @returns how many reminders were raised. */
  async run(now: Date = this.clock.now()): Promise<number> {
    const horizon = new Date(now.getTime() + this.hours * HOUR_MS);
    return sweepInBatches(this.dataSource, BATCH, async (manager) => {
      const [rows]: [DueReminder[], number] = await manager.query(
        `WITH due AS (
             SELECT r.id FROM assistance.training_registration r JOIN assistance.training t ON t.id = r.training_id
             WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL AND t.status = 'SCHEDULED' AND t.starts_at > $1 AND t.starts_at <= $2
             ORDER BY t.starts_at, r.queue_seq LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED
           )
           UPDATE assistance.training_registration r SET reminded_at = $1 FROM due, assistance.training t
           WHERE r.id = due.id AND t.id = r.training_id
           RETURNING r.id, r.training_id, r.organization_id, r.participants, t.region_code, t.topic, t.starts_at,
             (SELECT coalesce(sum(participants), 0)::int FROM assistance.training_registration x WHERE x.training_id = r.training_id AND x.status = 'REGISTERED')
               AS registered_count`,
        [now, horizon],
      );
      for (const row of rows) {
        await this.events.publish(manager, 'assistance.training-reminder', {
          trainingId: row.training_id,
          registrationId: row.id,
          organizationId: row.organization_id,
          participants: row.participants,
          regionCode: row.region_code,
          topic: row.topic,
          startsAt: row.starts_at.toISOString(),
          registeredCount: row.registered_count,
        });
      }
      return rows.length;
    });
  }
}
