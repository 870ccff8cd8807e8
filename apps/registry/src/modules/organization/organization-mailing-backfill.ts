import type { EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import { mailingSnapshotsSql } from './organization-mailing';

/** The mark (in registry.notice_sent, the registry's "sent once" ledger) that the backfill ran. */
export const MAILING_BACKFILL_KEY = 'mailing-backfill:1';

/**
 * Sends notifications every organization's mailing snapshot once per installation, in one
 * transaction with the mark that it did. Organizations recorded before the registry published
 * these snapshots would otherwise be missing from notifications' copy until their next change
 * (counted in no announcement audience). Replicas starting together send it once: the mark's
 * primary key decides, and the one that loses the race rolls back nothing of its own.
 */
export async function backfillOrganizationMailing(dataSource: DataSource, events: EventBus): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const marked: unknown[] = await manager.query(
      `INSERT INTO registry.notice_sent (case_key, payload) VALUES ($1, '{}'::jsonb) ON CONFLICT (case_key) DO NOTHING RETURNING case_key`,
      [MAILING_BACKFILL_KEY],
    );
    if (!marked.length) return 0;
    return events.publishFromSql(manager, 'registry.organization-mailing-changed', mailingSnapshotsSql('SELECT id FROM registry.organization'));
  });
}
