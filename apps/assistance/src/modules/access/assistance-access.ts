import { assertRegionRead, assertRegionWrite, regionFilterFor } from '@birge/server-kit';
import { regionReadRestriction, type AccessRestriction, type Identity } from '@birge/shared-reference';
import { assertRegion } from '../common/region-code';
import type { SqlParams } from '../common/sql-params';

/** The scope name partners reach this subgraph by (`assistance:read`, `assistance:write`). */
export const ASSISTANCE_SCOPE = 'assistance' as const;

/**
 * The shared access policy (libs/shared/reference access-policy, kit region-access) applied to
 * assistance records. Every rule is the shared one; these only name the subgraph, so a service
 * reads `assertCanRead(identity, request.regionCode)` with the stored record's region.
 */
export function assertCanRead(identity: Identity | null, regionCode: string | null, what?: string): Identity {
  return assertRegionRead(identity, regionCode, ASSISTANCE_SCOPE, what);
}

/** Throws unless the caller may change records of the region (the stored record's region, never one the caller claims). */
export function assertCanWrite(identity: Identity | null, regionCode: string | null, what?: string): Identity {
  return assertRegionWrite(identity, regionCode, ASSISTANCE_SCOPE, what);
}

/** Why the caller may not read the region's records, or null (for fields that withhold instead of failing). */
export function readWithheld(identity: Identity | null, regionCode: string | null): AccessRestriction | null {
  return regionReadRestriction(identity, regionCode, ASSISTANCE_SCOPE);
}

/**
 * The SQL condition on a list's region: the requested region when the caller may read it (an
 * explicit filter on another region is refused, FORBIDDEN with reason OTHER_REGION, never
 * silently emptied), otherwise the regions the caller may read (regional staff: their own).
 * A requested code that is no region is BAD_USER_INPUT on `filter.regionCode`, for every caller.
 * Returns null when there is no filter and every region is readable.
 */
export function readableRegionCondition(identity: Identity | null, requested: string | null | undefined, column: string, params: SqlParams): string | null {
  if (requested) assertRegion(requested, 'filter.regionCode');
  const regions = regionFilterFor(identity, requested, ASSISTANCE_SCOPE);
  return regions === 'ALL' ? null : `${column} = ANY(${params.add(regions)}::text[])`;
}

/** The regions the caller may read without naming one: null for every region, else the list (regional staff: their own). */
export function readableRegionList(identity: Identity | null): string[] | null {
  const regions = regionFilterFor(identity, null, ASSISTANCE_SCOPE);
  return regions === 'ALL' ? null : regions;
}

/** The description of `withheld` on the connections that other subgraphs' entities carry. */
export const WITHHELD_LIST_DESCRIPTION =
  "Set when the list is empty because you may not read it: on an organization's lists, OTHER_REGION for staff of another region, " +
  'SIGN_IN_REQUIRED without signing in. Null otherwise; a root list refuses instead (FORBIDDEN with extensions.reason).';
