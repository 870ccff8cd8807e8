import { ForbiddenError, UnauthenticatedError } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';

/**
 * Who may work on a region's requests, trainings and premises: the republican administrator
 * everywhere, regional staff in their own region. Analysts and partner systems only read.
 */
export function assertStaffOf(identity: Identity | null, regionCode: string | null): Identity {
  if (!identity) throw new UnauthenticatedError();
  if (identity.role === Role.REPUBLICAN_ADMIN) return identity;
  if (identity.role !== Role.REGIONAL_STAFF) throw new ForbiddenError('Only front-office staff may do this');
  if (!identity.regionCode || identity.regionCode !== regionCode) {
    throw new ForbiddenError("Front-office staff may act only on their own region's records");
  }
  return identity;
}

/** Any signed-in caller acting for an organization (organizations have no logins of their own yet). */
export function assertSignedIn(identity: Identity | null): Identity {
  if (!identity) throw new UnauthenticatedError();
  return identity;
}
