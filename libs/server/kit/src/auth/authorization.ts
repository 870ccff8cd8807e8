import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';

/** The caller's identity when it has one of `roles`; UNAUTHENTICATED without one, FORBIDDEN otherwise. */
export function requireRole(context: Pick<RequestContext, 'identity'>, ...roles: Role[]): Identity {
  if (!context.identity) throw new UnauthenticatedError();
  // An organization contact's portal link passes only where its role is named (the organizationPortal operations), never as "any signed-in caller".
  if (context.identity.role === Role.ORGANIZATION_CONTACT && !roles.includes(Role.ORGANIZATION_CONTACT)) {
    throw new ForbiddenError('An organization portal link opens only the organizationPortal operations', AccessRestriction.ORGANIZATION_PORTAL_ONLY);
  }
  if (roles.length === 1 && roles[0] === Role.ORGANIZATION_CONTACT && context.identity.role !== Role.ORGANIZATION_CONTACT) {
    throw new ForbiddenError("Only an organization's contact with a portal link acts here", AccessRestriction.ORGANIZATION_PORTAL_ONLY);
  }
  if (roles.length && !roles.includes(context.identity.role)) {
    // Republican administration (accounts, keys, the audit log) says so, like assertAdmin.
    const adminOnly = roles.length === 1 && roles[0] === Role.REPUBLICAN_ADMIN;
    throw adminOnly ? new ForbiddenError('Only a republican administrator may do this', AccessRestriction.ADMIN_ONLY) : new ForbiddenError();
  }
  return context.identity;
}

/**
 * type-graphql's auth checker for `@Authorized(...roles)`: the same codes as requireRole, so a
 * refusal reads the same whether a decorator or a service made it.
 */
export const roleAuthChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  requireRole(context, ...roles);
  return true;
};
