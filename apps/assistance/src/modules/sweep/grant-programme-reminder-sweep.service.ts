import { sweepInBatches, type EventBus } from '@birge/server-kit';
import { GRANT_PROGRAMME_CLOSING_SOON_DAYS, kazakhstanDay } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { PROGRAMME_COLUMNS, programmeEvent, toProgramme, type ProgrammeRow } from '../programme/grant-programme-row';

const BATCH = 200;

/**
 * Raises `assistance.grant-programme-closing-soon` once per programme and closing day, for the
 * programmes announced to their audience and open now that close within
 * GRANT_PROGRAMME_CLOSING_SOON_DAYS (Kazakhstan days): the audience told of it is reminded. The
 * mark (reminded_for = the closing day reminded) and the event are one transaction, so a sweep run
 * twice, or on two replicas, reminds once; moving the closing day later reminds the new one.
 */
export class GrantProgrammeReminderSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** @returns how many reminders were raised. */
  async run(now: Date = this.clock.now()): Promise<number> {
    const today = kazakhstanDay(now);
    return sweepInBatches(this.dataSource, BATCH, async (manager) => {
      const [rows]: [(ProgrammeRow & { daysLeft: number })[], number] = await manager.query(
        `WITH due AS (
             SELECT id FROM assistance.grant_programme
             WHERE announced_at IS NOT NULL AND opens_on <= $1::date AND closes_on BETWEEN $1::date AND $1::date + $2::int AND reminded_for IS DISTINCT FROM closes_on
             ORDER BY closes_on, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
           )
           UPDATE assistance.grant_programme p SET reminded_for = p.closes_on FROM due WHERE p.id = due.id
           RETURNING ${PROGRAMME_COLUMNS}, (p.closes_on - $1::date) AS "daysLeft"`,
        [today, GRANT_PROGRAMME_CLOSING_SOON_DAYS],
      );
      for (const row of rows) {
        await this.events.publish(manager, 'assistance.grant-programme-closing-soon', { ...programmeEvent(toProgramme(row)), daysLeft: row.daysLeft });
      }
      return rows.length;
    });
  }
}
