import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import type { Logger } from 'pino';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { LoaderRegistry } from '../loaders/loader-registry';

/** What every resolver receives. */
export interface RequestContext {
  requestId: string;
  /** The identity verified from the gateway's signed header; null when none came. */
  identity: Identity | null;
  logger: Logger;
  loaders: LoaderRegistry;
  /** Set when the gateway called on its own behalf (signed as an internal call), e.g. 'gateway'. */
  internalCaller?: string;
}

export function createRequestContext(requestId: string, identity: Identity | null, logger: Logger): RequestContext {
  return { requestId, identity, logger: logger.child({ requestId }), loaders: new LoaderRegistry() };
}

/** A signed-in caller: staff or a partner. An organization contact's portal link is not one (FORBIDDEN, ORGANIZATION_PORTAL_ONLY). */
export function requireIdentity(context: RequestContext): Identity {
  if (!context.identity) throw new UnauthenticatedError();
  if (context.identity.role === Role.ORGANIZATION_CONTACT) {
    throw new ForbiddenError('An organization portal link opens only the organizationPortal operations', AccessRestriction.ORGANIZATION_PORTAL_ONLY);
  }
  return context.identity;
}
