import type { EntityManager } from 'typeorm';

/** Advisory lock class for "an organization's directory entry and its waiting requests". */
export const ORGANIZATION_LOCK_CLASS = 4201;

/**
 * Serializes a submission and the arrival of its organization's region (one by one or in an
 * import's batch): without it, a request committed while the registry's event is being applied
 * would be missed by both sides and keep a pending region. Locks are taken in id order, so two
 * batches never wait on each other crosswise; one organization is a batch of one. Held until the
 * transaction ends.
 */
export async function lockOrganizations(manager: EntityManager, organizationIds: readonly string[]): Promise<void> {
  if (!organizationIds.length) return;
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext(id::text)) FROM unnest($2::uuid[]) id ORDER BY id', [ORGANIZATION_LOCK_CLASS, organizationIds]);
}
