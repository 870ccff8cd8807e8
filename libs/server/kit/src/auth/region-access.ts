import { AccessRestriction, adminRestriction, readableRegions, regionReadRestriction, regionWriteRestriction, type Identity, type ScopedSubgraph } from '@birge/shared-reference';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';

const MESSAGES: Record<AccessRestriction, string> = {
  [AccessRestriction.SIGN_IN_REQUIRED]: 'Sign in to do this',
  [AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE]: 'Your role does not see personal data',
  [AccessRestriction.OTHER_REGION]: "This belongs to another region; front-office staff work with their own region's records",
  [AccessRestriction.READ_ONLY_ROLE]: 'Your role may only read',
  [AccessRestriction.MISSING_SCOPE]: 'The API key has no scope for this',
  [AccessRestriction.ADMIN_ONLY]: 'Only a republican administrator may do this',
  [AccessRestriction.ORGANIZATION_PORTAL_ONLY]: "An organization's portal link opens only that organization's portal",
};

/** The error for a restriction: UNAUTHENTICATED when nobody signed in, FORBIDDEN with the reason otherwise. */
export function accessError(restriction: AccessRestriction, what?: string): Error {
  if (restriction === AccessRestriction.SIGN_IN_REQUIRED) return new UnauthenticatedError();
  return new ForbiddenError(what ? `${MESSAGES[restriction]}: ${what}` : MESSAGES[restriction], restriction);
}

/** Throws unless the caller may read the region's operational records (see regionReadRestriction). */
export function assertRegionRead(identity: Identity | null, regionCode: string | null, subgraph: ScopedSubgraph, what?: string): Identity {
  const restriction = regionReadRestriction(identity, regionCode, subgraph);
  if (restriction) throw accessError(restriction, what);
  return identity as Identity;
}

/** Throws unless the caller may change the region's records (see regionWriteRestriction). */
export function assertRegionWrite(identity: Identity | null, regionCode: string | null, subgraph: ScopedSubgraph, what?: string): Identity {
  const restriction = regionWriteRestriction(identity, regionCode, subgraph);
  if (restriction) throw accessError(restriction, what);
  return identity as Identity;
}

/** Throws unless the caller is a republican administrator (see adminRestriction). */
export function assertAdmin(identity: Identity | null, what?: string): Identity {
  const restriction = adminRestriction(identity);
  if (restriction) throw accessError(restriction, what);
  return identity as Identity;
}

/**
 * The regions a list of operational records is narrowed to: the requested region when the
 * caller may read it (refused with FORBIDDEN when not, never silently emptied), otherwise every
 * region the caller may read ('ALL' or a list).
 */
export function regionFilterFor(identity: Identity | null, requested: string | null | undefined, subgraph: ScopedSubgraph): 'ALL' | string[] {
  if (requested) {
    assertRegionRead(identity, requested, subgraph, `region ${requested}`);
    return [requested];
  }
  const restriction = regionReadRestriction(identity, null, subgraph);
  // Regional staff are refused "no region" by the policy but may list their own region.
  if (restriction && restriction !== AccessRestriction.OTHER_REGION) throw accessError(restriction);
  return readableRegions(identity);
}
