import type { EntityManager } from 'typeorm';

/**
 * How long a bulk load waits for readers and writers of the table to finish before it gives up on
 * taking the table. Longer than PostgreSQL's deadlock_timeout (1 s): an autovacuum of the table
 * (after a large import rolled back, say) yields to a waiting lock only once that has passed, and
 * a load should not keep its indexes because of it.
 */
const LOCK_WAIT = '2s';

interface Definition {
  /** Quoted as SQL wants it (and qualified with its schema, for an index). */
  name: string;
  definition: string;
}

/**
 * A load that writes at least as many records as the table holds is cheaper without the table's
 * secondary indexes and foreign keys: PostgreSQL builds an index from sorted rows far faster than
 * it inserts the same entries one by one (100,000 organizations: about 1.3 s instead of 3 s), and
 * checks a foreign key with one join instead of one lookup per row.
 *
 * So, inside the load's transaction: take the table for the transaction (ACCESS EXCLUSIVE: readers
 * and writers wait until it commits, which is also why no row can slip past a dropped unique index),
 * drop every index but the primary key, and every foreign key the table holds; at the end build them
 * again from their own definitions, as they were. A rolled-back load leaves them untouched.
 *
 * When the table cannot be taken within LOCK_WAIT (a long report is reading it, say), `begin` gives
 * up and returns null, and the load goes on with the indexes in place.
 */
export class BulkLoad {
  private constructor(
    private readonly manager: EntityManager,
    private readonly table: string,
    private readonly indexes: Definition[],
    private readonly foreignKeys: Definition[],
    private readonly pausedTriggers: string[],
  ) {}

  /**
   * `table` and `pauseTriggers` are SQL names (the caller's own constants, not input).
   * `keep`: indexes (by name) the load leaves in place (partial indexes the loaded rows never enter cost
   * nothing to keep, and a scan to rebuild). `pauseTriggers`: triggers off until `finish`, for work
   * the caller does itself, for all the loaded rows at once.
   */
  static async begin(manager: EntityManager, table: string, options: { keep?: string[]; pauseTriggers?: string[] } = {}): Promise<BulkLoad | null> {
    const { keep = [], pauseTriggers = [] } = options;
    const [{ lock_timeout: previous }]: { lock_timeout: string }[] = await manager.query(`SELECT current_setting('lock_timeout') AS lock_timeout`);
    await manager.query(`SAVEPOINT bulk_load`);
    try {
      await manager.query(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
      await manager.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    } catch (error) {
      // 55P03 lock_not_available: someone holds the table longer than LOCK_WAIT.
      if ((error as { code?: string }).code !== '55P03') throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT bulk_load`);
      await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
      return null;
    }
    await manager.query(`RELEASE SAVEPOINT bulk_load`);
    await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
    const indexes: Definition[] = await manager.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid)
         AND c.relname <> ALL ($2::text[])
       ORDER BY c.relname`,
      [table, keep],
    );
    const foreignKeys: Definition[] = await manager.query(
      `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
      [table],
    );
    for (const key of foreignKeys) await manager.query(`ALTER TABLE ${table} DROP CONSTRAINT ${key.name}`);
    if (indexes.length) await manager.query(`DROP INDEX ${indexes.map((index) => index.name).join(', ')}`);
    for (const trigger of pauseTriggers) await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    return new BulkLoad(manager, table, indexes, foreignKeys, pauseTriggers);
  }

  /** Builds the indexes and foreign keys again (the foreign keys check every row once, here), and turns the paused triggers back on. */
  async finish(): Promise<void> {
    for (const trigger of this.pausedTriggers) await this.manager.query(`ALTER TABLE ${this.table} ENABLE TRIGGER ${trigger}`);
    // Room to sort an index's entries in memory; this transaction only.
    await this.manager.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const index of this.indexes) await this.manager.query(index.definition);
    for (const key of this.foreignKeys) await this.manager.query(`ALTER TABLE ${this.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  }
}
