/** The registry import's database steps: timing them, the rows a statement wrote, the GIN pending lists merged at the end. */
import { performance } from 'node:perf_hooks';
import type { EntityManager } from 'typeorm';

/** Adds the milliseconds since the last lap (or since it was made) to `timings[step]`. */
export function lapTimer(timings: Record<string, number>): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + (now - last);
    last = now;
  };
}

/** Rows a data-modifying statement wrote, on the transaction's connection. */
export async function affectedRows(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('the import runs inside a transaction');
  return (await runner.query(sql, params, true)).affected ?? 0;
}

/**
 * New index entries wait in the GIN indexes' pending lists, which every search scans in full;
 * merged now, readers never pay for the import (and a bulk merge is cheaper than many small ones).
 */
export async function mergeGinPendingLists(manager: EntityManager, written: number, timings: Record<string, number>): Promise<void> {
  const started = performance.now();
  if (written) {
    await manager.query(`SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      WHERE i.indrelid = 'registry.organization'::regclass AND a.amname = 'gin'`);
  }
  timings['merge GIN pending lists'] = (timings['merge GIN pending lists'] ?? 0) + (performance.now() - started);
}
