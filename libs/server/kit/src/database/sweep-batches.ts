import type { DataSource, EntityManager } from 'typeorm';

/**
 * A sweep's loop: runs `batch` in a transaction of its own, again and again, until one handles
 * fewer than `size` rows. A batch claims its rows with FOR UPDATE SKIP LOCKED, so two workers
 * never handle one twice. @returns how many rows the batches handled in all.
 */
export async function sweepInBatches(dataSource: DataSource, size: number, batch: (manager: EntityManager) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const handled = await dataSource.transaction(batch);
    total += handled;
    if (handled < size) return total;
  }
}
