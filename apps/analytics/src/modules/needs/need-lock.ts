import { NotFoundError } from '@birge/server-kit';
import type { EntityManager } from 'typeorm';
import { NeedEntity } from './need.entity';
import { assertId } from './need-place';

/**
 * Reads an entry for change inside the caller's transaction, row-locked so two changes cannot
 * interleave; NOT_FOUND (field `id`) when there is none.
 */
export async function lockNeed(manager: EntityManager, id: string): Promise<NeedEntity> {
  assertId(id, 'id');
  const need = await manager.getRepository(NeedEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!need) throw new NotFoundError('Need', id, 'id');
  return need;
}
