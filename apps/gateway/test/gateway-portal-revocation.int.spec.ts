import { DEV_PORTAL_LINK_SECRET, signPortalToken, type RunningHttpServer } from '@birge/server-kit';
import { startStandIn, testGateways, type StandIn } from './support/stand-ins';

const claims = {
  linkId: '6f1e4b6a-9d1c-4c56-9a57-1f6b7f0a2b11',
  organizationId: '0b7c1a8e-2f3d-4e5a-8b9c-0d1e2f3a4b5c',
  regionCode: '710000000',
  contactEmail: 'aliya@example.kz',
};
const SUBMIT = 'mutation { organizationPortalSubmitRequest(input: { type: CONSULTATIVE, subtype: GRANT_AND_REPORTING_DOCUMENTS, description: "Грантқа өтінім" }) { id } }';

/**
 * Revoking a portal link takes effect at once: a stand-in registry keeps the link's state, a
 * stand-in assistance answers the contact's operations; the request right after the revocation is
 * refused with PORTAL_LINK_REVOKED and never reaches assistance.
 */
describe('gateway: a revoked portal link', () => {
  let registry: StandIn;
  let assistance: StandIn;
  const gateways = testGateways();
  let gateway: RunningHttpServer;
  let linkState = 'ACTIVE';
  let submitted = 0;

  beforeAll(async () => {
    registry = await startStandIn(({ query }) => (query.includes('_portalLinkState') ? { data: { _portalLinkState: linkState } } : { data: null }));
    assistance = await startStandIn(() => {
      submitted += 1;
      return { data: { organizationPortalSubmitRequest: { id: `r-${submitted}` } } };
    });
    gateway = await gateways.start({
      INTERNAL_SECRET: 'gateway-portal-test-internal-secret',
      JWT_SECRET: 'gateway-portal-test-jwt-secret-of-32-chars',
      PORTAL_LINK_SECRET: DEV_PORTAL_LINK_SECRET,
      REGISTRY_URL: registry.url,
      ASSISTANCE_URL: assistance.url,
    });
  });

  afterAll(async () => {
    await gateways.closeAll();
    await Promise.all([registry.close(), assistance.close()]);
  });

  it('is refused with PORTAL_LINK_REVOKED on the very next assistance operation, which assistance never sees', async () => {
    const token = await signPortalToken(claims, DEV_PORTAL_LINK_SECRET, new Date(Date.now() + 3_600_000));
    const submit = async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Portal ${token}` },
        body: JSON.stringify({ query: SUBMIT }),
      });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
    };
    const before = await submit();
    expect(before.body).toEqual({ data: { organizationPortalSubmitRequest: { id: 'r-1' } } });

    linkState = 'REVOKED';
    const after = await submit();
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_REVOKED' });
    expect(submitted).toBe(1);
  });
});
