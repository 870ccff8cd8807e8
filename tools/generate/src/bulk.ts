import type { EntityManager } from 'typeorm';
import { BulkLoad } from '../../../apps/registry/src/modules/import/bulk-load';
import type { GenerateContext } from './context';

/** How long the generator waits for the table (autovacuum, cancelled after deadlock_timeout, gives way). */
const LOCK_WAIT = '10s';

/**
 * Takes `table` for the transaction, waiting up to LOCK_WAIT: autovacuum, busy with the rows an
 * earlier run removed, gives way to a waiting lock only after a second, longer than BulkLoad
 * waits. False when somebody else holds the table that long.
 */
async function takeTable(ctx: GenerateContext, table: string): Promise<boolean> {
  const { rows } = await ctx.client.query<{ previous: string }>(`SELECT current_setting('lock_timeout') AS previous`);
  await ctx.client.query('SAVEPOINT generate_lock');
  try {
    await ctx.client.query(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
    await ctx.client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await ctx.client.query('RELEASE SAVEPOINT generate_lock');
    return true;
  } catch (error) {
    // 55P03 lock_not_available.
    if ((error as { code?: string }).code !== '55P03') throw error;
    await ctx.client.query('ROLLBACK TO SAVEPOINT generate_lock');
    return false;
  } finally {
    await ctx.client.query(`SELECT set_config('lock_timeout', $1, true)`, [rows[0].previous]);
  }
}

/**
 * Runs `write` (which adds about `rows` rows to `table`) the way the registry's import loads a big
 * file (BulkLoad): when that is at least as many rows as the table holds, the table's secondary
 * indexes and foreign keys are set aside in the transaction and built again from their own
 * definitions at the end (sorting a million entries once is far cheaper than inserting them one by
 * one). A table somebody holds (npm start serving it) is written with its indexes in place.
 */
export async function bulkWrite<T>(ctx: GenerateContext, table: string, rows: number, write: () => Promise<T>): Promise<T> {
  const { rows: counted } = await ctx.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  if (rows < counted[0].n || !(await takeTable(ctx, table))) return write();
  // BulkLoad asks only `query(sql, params)` of its manager, answered with the rows.
  const manager = { query: async (sql: string, params?: unknown[]) => (await ctx.client.query(sql, params)).rows } as unknown as EntityManager;
  const load = await BulkLoad.begin(manager, table);
  const result = await write();
  if (load) {
    ctx.progress(`indexing ${table}`, 0, 1);
    await load.finish();
    ctx.progress(`indexing ${table}`, 1, 1);
  }
  return result;
}
