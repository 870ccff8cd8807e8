import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Records that `consumer` handled `eventId`, inside the consumer's own transaction. Returns false
 * when it was handled before, so a redelivered event changes nothing.
 */
export async function claimEvent(manager: EntityManager, schema: string, eventId: string, consumer: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO "${schema}".processed_event (event_id, consumer) VALUES ($1, $2)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [eventId, consumer],
  );
  return rows.length === 1;
}

/** The table claimEvent writes to; every consuming subgraph creates it in a migration. */
export async function createProcessedEventTable(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}".processed_event (
      event_id uuid NOT NULL,
      consumer text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (event_id, consumer)
    )`);
}
