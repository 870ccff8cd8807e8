import { assertRegionRead, assertRegionWrite, requirePortalCaller } from '@birge/server-kit';
import type { AuthChecker } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { ASSISTANCE_SCOPE } from './assistance-access';

/** What a root field needs, given to `@Authorized(...)`. */
export enum Access {
  /** Any role that reads assistance: signed in, and a partner key with assistance:read. */
  READ = 'READ',
  /** A role that changes assistance: not analysts, a partner key only with assistance:write. */
  WRITE = 'WRITE',
  /** An organization's contact with a portal link, for its own organization (the organizationPortal operations); nobody else. */
  PORTAL = 'PORTAL',
}

/**
 * type-graphql's auth checker for `@Authorized(Access.READ | Access.WRITE)`: the role and scope
 * half of the shared policy, asked for the caller's own region (so only the role and the scope
 * decide). Which region a record is in is decided afterwards, in the services, with the stored
 * record's region. Refusals carry the policy's reason (READ_ONLY_ROLE, MISSING_SCOPE, ...).
 */
export const assistanceAuthChecker: AuthChecker<AssistanceContext, Access> = ({ context }, required) => {
  const { identity } = context;
  if (required.includes(Access.PORTAL)) {
    requirePortalCaller(context);
    return true;
  }
  const ownRegion = identity?.regionCode ?? null;
  if (required.includes(Access.WRITE)) assertRegionWrite(identity, ownRegion, ASSISTANCE_SCOPE);
  else assertRegionRead(identity, ownRegion, ASSISTANCE_SCOPE);
  return true;
};
