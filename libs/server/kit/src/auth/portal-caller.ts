import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import type { RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import type { PortalLinkClaims } from './portal-token';

/** The identity the gateway forwards for an organization contact with a valid portal link. */
export function portalIdentity(claims: PortalLinkClaims): Identity {
  return {
    userId: `portal:${claims.contactEmail}`,
    role: Role.ORGANIZATION_CONTACT,
    regionCode: claims.regionCode,
    organizationId: claims.organizationId,
    portalLinkId: claims.linkId,
  };
}

/** What an `organizationPortal` operation acts with: the link, its organization and its contact. */
export interface PortalCaller {
  linkId: string;
  organizationId: string;
  regionCode: string | null;
  contactEmail: string;
  identity: Identity;
}

/**
 * The caller of an `organizationPortal` operation: an organization contact's portal link, nobody
 * else (staff act through the staff operations). UNAUTHENTICATED without a caller, FORBIDDEN
 * (ORGANIZATION_PORTAL_ONLY) for any other kind of caller.
 */
export function requirePortalCaller(context: Pick<RequestContext, 'identity'>): PortalCaller {
  const identity = context.identity;
  if (!identity) throw new UnauthenticatedError('Open the portal through the link the front office sent you');
  if (identity.role !== Role.ORGANIZATION_CONTACT || !identity.organizationId || !identity.portalLinkId) {
    throw new ForbiddenError('Only an organization contact with a portal link acts here', AccessRestriction.ORGANIZATION_PORTAL_ONLY);
  }
  return {
    linkId: identity.portalLinkId,
    organizationId: identity.organizationId,
    regionCode: identity.regionCode,
    contactEmail: identity.userId.replace(/^portal:/, ''),
    identity,
  };
}
