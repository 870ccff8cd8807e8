import { portalIdentity, verifyPortalToken, type HttpRefusal } from '@birge/server-kit';
import { PortalLinkRefusal, type Identity } from '@birge/shared-reference';
import type { RateLimit, RateLimiter } from './rate-limiter';
import { RegistryUnavailableError, type PortalLinkVerifier } from './portal-link-verifier';

export interface PortalAdmissionOptions {
  secret: string;
  links: PortalLinkVerifier;
  limiter: RateLimiter;
  limit: RateLimit;
}

export type PortalAdmission = { ok: true; identity: Identity } | { ok: false; refusal: HttpRefusal; identity: Identity | null };

const refused = (reason: PortalLinkRefusal, message: string, identity: Identity | null = null): PortalAdmission => ({
  ok: false,
  identity,
  refusal: { status: 401, code: 'UNAUTHENTICATED', message, details: { reason } },
});

/**
 * An organization contact presenting a portal link (`Authorization: Portal <token>`): the token
 * must be the registry's signature, unexpired, of a link the registry still holds active; each link
 * then gets its own request budget. Refusals carry extensions.reason PORTAL_LINK_EXPIRED,
 * PORTAL_LINK_REVOKED or PORTAL_LINK_INVALID, and 429 RATE_LIMITED past the budget.
 */
export async function admitPortalLink(token: string, options: PortalAdmissionOptions, now: number = Date.now()): Promise<PortalAdmission> {
  const check = await verifyPortalToken(token, options.secret, now);
  if (!check.valid) {
    return check.reason === 'expired'
      ? refused(PortalLinkRefusal.PORTAL_LINK_EXPIRED, 'This portal link has expired: ask the front office for a new one')
      : refused(PortalLinkRefusal.PORTAL_LINK_INVALID, 'This portal link is not valid: open the link from the e-mail again, or ask the front office for a new one');
  }
  const identity = portalIdentity(check.claims);
  let state;
  try {
    state = await options.links.state(check.claims.linkId);
  } catch (error) {
    if (!(error instanceof RegistryUnavailableError)) throw error;
    return {
      ok: false,
      identity,
      refusal: {
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: 'Portal links cannot be verified right now; try again shortly',
        details: { service: 'registry' },
        headers: { 'retry-after': '5' },
      },
    };
  }
  if (state === 'REVOKED') return refused(PortalLinkRefusal.PORTAL_LINK_REVOKED, 'This portal link has been revoked: ask the front office for a new one', identity);
  if (state === 'EXPIRED') return refused(PortalLinkRefusal.PORTAL_LINK_EXPIRED, 'This portal link has expired: ask the front office for a new one', identity);
  if (state !== 'ACTIVE') return refused(PortalLinkRefusal.PORTAL_LINK_INVALID, 'This portal link is not known', identity);
  const decision = await options.limiter.take(`portal:${check.claims.linkId}`, options.limit);
  if (!decision.allowed) {
    return {
      ok: false,
      identity,
      refusal: {
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests through this portal link: try again in ${decision.retryAfterSeconds} s`,
        details: { retryAfterSeconds: decision.retryAfterSeconds },
        headers: { 'retry-after': String(decision.retryAfterSeconds) },
      },
    };
  }
  return { ok: true, identity };
}
