import { accessError, type RequestContext } from '@birge/server-kit';
import { AccessRestriction, personalDataRestriction, Role, type Identity } from '@birge/shared-reference';
import type { MiddlewareFn } from 'type-graphql';

/**
 * Who takes part in a region's feedback threads: the region's own front-office staff and the
 * republican administrators, nobody else. The channel is correspondence between two offices,
 * free text throughout, so it is not one of the region's records analysts or partners read:
 * analysts are refused with PERSONAL_DATA_HIDDEN_FOR_ROLE, partner keys with MISSING_SCOPE (no
 * scope reaches it), staff of another region with OTHER_REGION. Reading and writing follow the
 * same rule. Returns why not, or null when allowed.
 */
export function feedbackRestriction(identity: Identity | null, regionCode: string | null): AccessRestriction | null {
  // Those who may see the region's personal data, except that no partner scope reaches the channel.
  if (identity?.role === Role.PARTNER) return AccessRestriction.MISSING_SCOPE;
  return personalDataRestriction(identity, regionCode);
}

/** Throws unless the caller takes part in the region's threads (the stored thread's region, never one the caller claims). */
export function assertFeedbackParticipant(identity: Identity | null, regionCode: string | null, what?: string): Identity {
  const restriction = feedbackRestriction(identity, regionCode);
  if (restriction) throw accessError(restriction, what);
  return identity as Identity;
}

/** The regions a list of threads is narrowed to: the requested one when allowed (else FORBIDDEN), or all the caller takes part in. */
export function feedbackRegionsFor(identity: Identity | null, requested: string | null | undefined): 'ALL' | string[] {
  if (requested) {
    assertFeedbackParticipant(identity, requested, `region ${requested}`);
    return [requested];
  }
  const actor = assertFeedbackParticipant(identity, identity?.regionCode ?? null);
  return actor.role === Role.REPUBLICAN_ADMIN ? 'ALL' : [actor.regionCode as string];
}

/** Which side of the channel a participant writes from. */
export function sideOf(identity: Identity): 'REGION' | 'REPUBLICAN_OFFICE' {
  return identity.role === Role.REPUBLICAN_ADMIN ? 'REPUBLICAN_OFFICE' : 'REGION';
}

/**
 * Root fields of the channel: the role half of the rule, asked for the caller's own region,
 * before the arguments are even checked. Which region a thread is in is decided afterwards, in
 * the services, with the stored thread's region.
 */
export const FeedbackParticipants: MiddlewareFn<RequestContext> = ({ context }, next) => {
  assertFeedbackParticipant(context.identity, context.identity?.regionCode ?? null);
  return next();
};
