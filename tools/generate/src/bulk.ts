import type { EntityManager } from 'typeorm';
import { BulkLoad } from '../../../apps/registry/src/modules/import/bulk-load';
import type { GenerateContext } from './context';

/**
 * Runs `write` (which adds about `rows` rows to `table`) the way the registry's import loads a big
 * file (BulkLoad): when that is at least as many rows as the table holds, the table's secondary
 * indexes and foreign keys are set aside in the transaction and built again from their own
 * definitions at the end (sorting a million entries once is far cheaper than inserting them one by
 * one). A table somebody holds (npm start serving it) is written with its indexes in place.
 */
export async function bulkWrite<T>(ctx: GenerateContext, table: string, rows: number, write: () => Promise<T>): Promise<T> {
  const { rows: counted } = await ctx.client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  if (rows < counted[0].n) return write();
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
