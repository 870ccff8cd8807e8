import { assertRegionWrite, ValidationError } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';

/** The rules every change of an organization record follows, whichever service makes it (edits, merges, checks, contacts, imports). */

export function assertOrganizationId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw ValidationError.field(field, 'INVALID_ID', 'is not an organization id (a UUID)');
}

/** Who a change is recorded as made by. */
export const actorOf = (identity: Identity | null): string => identity?.userId ?? 'anonymous';

/**
 * Refuses a change of a record unless the caller may write its region and, when the change
 * moves it, the region it moves to.
 */
export function assertWritable(identity: Identity | null, current: { id: string; regionCode: string }, newRegionCode?: string | null): void {
  assertRegionWrite(identity, current.regionCode, 'registry', `organization ${current.id}`);
  if (newRegionCode && newRegionCode !== current.regionCode) assertRegionWrite(identity, newRegionCode, 'registry', `moving organization ${current.id} to region ${newRegionCode}`);
}
