import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';

/** The caller's identity when it has one of `roles`; UNAUTHENTICATED without one, FORBIDDEN otherwise. */
export function requireRole(context: Pick<RequestContext, 'identity'>, ...roles: Role[]): Identity {
  if (!context.identity) throw new UnauthenticatedError();
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
