import { ForbiddenError } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';

/** Whose inbox is being read: the reader, and the region they see (null: every region). */
export interface NotificationAudience {
  userId: string;
  regionCode: string | null;
  /** A republican administrator: also reads what is for the republican office. */
  republican: boolean;
}

const NATIONAL_ROLES: readonly Role[] = [Role.REPUBLICAN_ADMIN, Role.ANALYST];

/**
 * Notifications are for front-office staff. A member with a region sees that region's; a national
 * role (no region) sees every region's. Partner systems have no inbox, and a regional staff
 * identity without a region is inconsistent: both are refused rather than shown everything.
 */
export function audienceOf(identity: Identity): NotificationAudience {
  if (identity.role === Role.PARTNER) throw new ForbiddenError('Partner systems have no notification inbox');
  const republican = identity.role === Role.REPUBLICAN_ADMIN;
  if (identity.regionCode) return { userId: identity.userId, regionCode: identity.regionCode, republican };
  if (!NATIONAL_ROLES.includes(identity.role)) throw new ForbiddenError('A regional staff member must belong to a region to read notifications');
  return { userId: identity.userId, regionCode: null, republican };
}
