import { assertRegionRead, assertRegionWrite, regionFilterFor } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import { NEEDS_SCOPE } from '../needs/need-access';

/**
 * Reports are a region's operational records: republican administrators read and review every
 * region's, regional staff fill their own region's, analysts and partners with analytics:read read
 * every region's without the free text (the kit's @PersonalData guard withholds it).
 */
export function assertCanReadReport(identity: Identity | null, regionCode: string, what?: string): Identity {
  return assertRegionRead(identity, regionCode, NEEDS_SCOPE, what);
}

/** Filling (open, save, submit) and commenting: the report's region's staff and republican administrators. */
export function assertCanFillReport(identity: Identity | null, regionCode: string, what?: string): Identity {
  return assertRegionWrite(identity, regionCode, NEEDS_SCOPE, what);
}

/** The regions a list is narrowed to: the requested one when readable (else FORBIDDEN), or all the caller reads. */
export function readableReportRegions(identity: Identity | null, requested: string | null | undefined): 'ALL' | string[] {
  return regionFilterFor(identity, requested, NEEDS_SCOPE);
}
