import { assertRegionRead, assertRegionWrite, regionFilterFor, type RequestContext } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import type { MiddlewareFn } from 'type-graphql';

/** The scope partners read the register by (`analytics:read`; there is no analytics write scope). */
export const NEEDS_SCOPE = 'analytics' as const;

/**
 * The shared access policy applied to the needs register: a region's entries are its operational
 * records. Republican administrators read and change every region's; regional staff their own;
 * analysts and partners with analytics:read read every region's (the narrative and comments,
 * free text, withheld by the kit's @PersonalData guard).
 */
export function assertCanReadNeeds(identity: Identity | null, regionCode: string, what?: string): Identity {
  return assertRegionRead(identity, regionCode, NEEDS_SCOPE, what);
}

/** Throws unless the caller may change the region's entries (the stored entry's region, never one the caller claims). */
export function assertCanWriteNeeds(identity: Identity | null, regionCode: string, what?: string): Identity {
  return assertRegionWrite(identity, regionCode, NEEDS_SCOPE, what);
}

/** The regions a list is narrowed to: the requested one when readable (else FORBIDDEN), or all the caller reads. */
export function readableNeedRegions(identity: Identity | null, requested: string | null | undefined): 'ALL' | string[] {
  return regionFilterFor(identity, requested, NEEDS_SCOPE);
}

/**
 * Root fields that read the register: the role and scope half of the policy, asked for the
 * caller's own region, before the arguments are even checked. Which region a record is in is
 * decided afterwards, in the services, with the stored record's region.
 */
export const NeedReaders: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertRegionRead(context.identity, context.identity?.regionCode ?? null, NEEDS_SCOPE);
  return next();
};

/** Root fields that change the register: analysts hear READ_ONLY_ROLE before their input is looked at. */
export const NeedWriters: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertRegionWrite(context.identity, context.identity?.regionCode ?? null, NEEDS_SCOPE);
  return next();
};
