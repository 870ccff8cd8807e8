import { OPEN_ASSISTANCE_STATUSES, type AssistanceSubtype } from '@birge/shared-reference';
import { sweepInBatches, type EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';

const BATCH = 500;

/**
 * Raises `assistance.request-overdue` once per request. Marking the request and publishing the
 * event happen in one transaction, and the mark excludes the request from every later sweep, so
 * neither a second sweep nor two processes sweeping at once can raise it twice (SKIP LOCKED).
 * The mark is not an edit: it does not bump the version users hold.
 */
export class OverdueSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** @returns how many requests were raised as overdue. */
  async run(now: Date = this.clock.now()): Promise<number> {
    return sweepInBatches(this.dataSource, BATCH, async (manager) => {
      // An UPDATE through TypeORM answers [rows, rowCount].
      const [rows]: [{ id: string; organization_id: string; region_code: string; subtype: string; due_at: Date; assignee_id: string | null }[], number] = await manager.query(
        `WITH due AS (
             SELECT id FROM assistance.assistance_request
             WHERE overdue_raised_at IS NULL AND status = ANY($2::text[]) AND due_at < $1 AND region_code IS NOT NULL
             ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
           )
           UPDATE assistance.assistance_request r SET overdue_raised_at = $1 FROM due WHERE r.id = due.id
           RETURNING r.id, r.organization_id, r.region_code, r.subtype, r.due_at, r.assignee_id`,
        [now, OPEN_ASSISTANCE_STATUSES],
      );
      for (const row of rows) {
        await this.events.publish(manager, 'assistance.request-overdue', {
          requestId: row.id,
          organizationId: row.organization_id,
          regionCode: row.region_code,
          subtype: row.subtype as AssistanceSubtype,
          dueAt: row.due_at.toISOString(),
          assigneeId: row.assignee_id,
        });
      }
      return rows.length;
    });
  }
}
