import { NotFoundError } from '@birge/server-kit';
import type { EntityManager } from 'typeorm';
import { staleVersion } from '../common/coded-errors';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { assertRequestId } from './assistance-request.service';

/**
 * Reads a request for change inside the caller's transaction, row-locked so two changes cannot
 * interleave. NOT_FOUND when it does not exist. With `expectedVersion`, a request changed since
 * the caller read it is refused with CONFLICT (STALE_VERSION) before anything is written.
 */
export async function lockRequest(manager: EntityManager, id: string, expectedVersion?: number): Promise<AssistanceRequestEntity> {
  assertRequestId(id);
  const request = await manager.getRepository(AssistanceRequestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw new NotFoundError('AssistanceRequest', id, 'id');
  if (expectedVersion !== undefined && request.version !== expectedVersion) {
    throw staleVersion('AssistanceRequest', id, expectedVersion, request.version);
  }
  return request;
}
