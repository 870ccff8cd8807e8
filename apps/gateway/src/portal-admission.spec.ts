import { DEV_PORTAL_LINK_SECRET, signPortalToken } from '@birge/server-kit';
import { Role, type PortalLinkState } from '@birge/shared-reference';
import { admitPortalLink } from './portal-admission';
import type { PortalLinkVerifier } from './portal-link-verifier';
import { RegistryUnavailableError } from './portal-link-verifier';
import { RateLimiter } from './rate-limiter';

const claims = {
  linkId: '6f1e4b6a-9d1c-4c56-9a57-1f6b7f0a2b11',
  organizationId: '0b7c1a8e-2f3d-4e5a-8b9c-0d1e2f3a4b5c',
  regionCode: '710000000',
  contactEmail: 'aliya@example.kz',
};
const links = (state: PortalLinkState | Error) =>
  ({
    state: async () => {
      if (state instanceof Error) throw state;
      return state;
    },
  }) as unknown as PortalLinkVerifier;
const options = (state: PortalLinkState | Error, perMinute = 30, burst = 10) => ({
  secret: DEV_PORTAL_LINK_SECRET,
  links: links(state),
  limiter: new RateLimiter(null),
  limit: { perMinute, burst },
});
const tokenFor = (expiresAt = new Date(Date.now() + 3_600_000)) => signPortalToken(claims, DEV_PORTAL_LINK_SECRET, expiresAt);

describe('portal link admission', () => {
  it('admits an active link as its organization contact, bound to the one organization', async () => {
    const admission = await admitPortalLink(await tokenFor(), options('ACTIVE'));
    expect(admission).toEqual({
      ok: true,
      identity: { userId: 'portal:aliya@example.kz', role: Role.ORGANIZATION_CONTACT, regionCode: '710000000', organizationId: claims.organizationId, portalLinkId: claims.linkId },
    });
  });

  it('refuses an expired token, a revoked or expired link, and a token not signed by the registry, each with its reason', async () => {
    const expired = await admitPortalLink(await signPortalToken(claims, DEV_PORTAL_LINK_SECRET, new Date(Date.now() - 1000), Date.now() - 7_200_000), options('ACTIVE'));
    expect(expired).toMatchObject({ ok: false, refusal: { status: 401, code: 'UNAUTHENTICATED', details: { reason: 'PORTAL_LINK_EXPIRED' } } });
    expect(await admitPortalLink(await tokenFor(), options('REVOKED'))).toMatchObject({ ok: false, refusal: { details: { reason: 'PORTAL_LINK_REVOKED' } } });
    expect(await admitPortalLink(await tokenFor(), options('EXPIRED'))).toMatchObject({ ok: false, refusal: { details: { reason: 'PORTAL_LINK_EXPIRED' } } });
    expect(await admitPortalLink(await tokenFor(), options('UNKNOWN'))).toMatchObject({ ok: false, refusal: { details: { reason: 'PORTAL_LINK_INVALID' } } });
    const forged = await signPortalToken(claims, 'another-secret-of-at-least-thirty-two-chars', new Date(Date.now() + 3_600_000));
    expect(await admitPortalLink(forged, options('ACTIVE'))).toMatchObject({ ok: false, refusal: { details: { reason: 'PORTAL_LINK_INVALID' } } });
    expect(await admitPortalLink('not.a.token', options('ACTIVE'))).toMatchObject({ ok: false, refusal: { details: { reason: 'PORTAL_LINK_INVALID' } } });
  });

  it('gives each link its own budget: 429 RATE_LIMITED past it, with Retry-After', async () => {
    const shared = options('ACTIVE', 60, 2);
    const token = await tokenFor();
    expect((await admitPortalLink(token, shared)).ok).toBe(true);
    expect((await admitPortalLink(token, shared)).ok).toBe(true);
    const third = await admitPortalLink(token, shared);
    expect(third).toMatchObject({ ok: false, refusal: { status: 429, code: 'RATE_LIMITED' } });
    expect(third.ok === false && third.refusal.headers?.['retry-after']).toMatch(/^\d+$/);
  });

  it('says the registry cannot answer rather than letting the link through', async () => {
    expect(await admitPortalLink(await tokenFor(), options(new RegistryUnavailableError('down')))).toMatchObject({
      ok: false,
      refusal: { status: 503, code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
