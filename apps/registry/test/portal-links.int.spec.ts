import { DEV_PORTAL_LINK_SECRET, portalIdentity, verifyPortalToken } from '@birge/server-kit';
import { GraphQLTestClient } from '@birge/server-testing';
import { Role, type Identity, type PortalLinkIssuedPayload } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, CONSENTING_GROUP, startRegistry, type RegistryHarness } from './support/registry-harness';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const ISSUE = `mutation($input: IssueOrganizationPortalLinkInput!) { issueOrganizationPortalLink(input: $input) {
  url link { id organizationId contactEmail contactName language issuedBy expiresAt status } } }`;
const LINKS = `query($id: ID!) { organizationPortalLinks(organizationId: $id) { id status revokedBy } }`;
const REVOKE = `mutation($id: ID!) { revokeOrganizationPortalLink(id: $id) { id status revokedAt revokedBy } }`;
const STATE = `query($id: ID!) { _portalLinkState(linkId: $id) }`;

const ASTANA_STAFF: Identity = { userId: 'staff-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const ABAI_STAFF: Identity = { userId: 'staff-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI_REGION };
const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };

describe("registry: organizations' portal links", () => {
  let h: RegistryHarness;
  let staff: GraphQLTestClient;
  let organizationId: string;

  beforeAll(async () => {
    h = await startRegistry({ PORTAL_PAGE_URL: 'https://birge.example.kz/#/portal' });
    staff = new GraphQLTestClient(h.subgraph.url, { identity: ASTANA_STAFF });
    organizationId = (await staff.data<{ createOrganization: { id: string } }>(CREATE, { input: CONSENTING_GROUP })).createOrganization.id;
  });
  afterAll(() => h?.stop());

  it('issues a signed, expiring link for a consenting contact and e-mails it through notifications in the same transaction', async () => {
    const before = Date.now();
    const { issueOrganizationPortalLink: issued } = await staff.data<{
      issueOrganizationPortalLink: { url: string; link: Record<string, unknown> & { id: string; expiresAt: string } };
    }>(ISSUE, {
      input: { organizationId, contactEmail: ' ALIYA@example.kz ', language: 'ru', validDays: 7 },
    });
    expect(issued.link).toMatchObject({ organizationId, contactEmail: 'aliya@example.kz', contactName: 'Әлия', language: 'ru', issuedBy: 'staff-astana', status: 'ACTIVE' });
    const expires = new Date(issued.link.expiresAt).getTime();
    expect(expires - before).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(expires - before).toBeLessThan(7 * 86_400_000 + 60_000);

    expect(issued.url.startsWith('https://birge.example.kz/#/portal?token=')).toBe(true);
    const token = decodeURIComponent(issued.url.split('token=')[1]);
    const check = await verifyPortalToken(token, DEV_PORTAL_LINK_SECRET);
    expect(check).toMatchObject({ valid: true, claims: { linkId: issued.link.id, organizationId, regionCode: ASTANA, contactEmail: 'aliya@example.kz' } });
    // Another secret never accepts it.
    expect(await verifyPortalToken(token, 'x'.repeat(40))).toEqual({ valid: false, reason: 'bad-signature' });

    const jobs: { name: string; data: { payload: PortalLinkIssuedPayload } }[] = await h.subgraph.dataSource.query(
      `SELECT name, data FROM pgboss.job WHERE data->'payload'->>'linkId' = $1`,
      [issued.link.id],
    );
    expect(jobs.map((job) => job.name)).toEqual(['notifications.portal-link-email']);
    expect(jobs[0].data.payload).toMatchObject({ email: 'aliya@example.kz', language: 'ru', url: issued.url, organizationName: 'Аялы жүрек', actorId: 'staff-astana' });
  });

  it('refuses a contact without consent or unknown, with the field and a code, and stores nothing', async () => {
    const before = await h.count('portal_link');
    const noConsent = await staff.request(ISSUE, { input: { organizationId, contactEmail: 'bolat@example.kz' } });
    expect(noConsent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contactEmail', code: 'NO_CONSENT' }] });
    const unknown = await staff.request(ISSUE, { input: { organizationId, contactEmail: 'nobody@example.kz' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'contactEmail', code: 'UNKNOWN_CONTACT' }] });
    const tooLong = await staff.request(ISSUE, { input: { organizationId, contactEmail: 'aliya@example.kz', validDays: 365 } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'validDays', code: 'OUT_OF_RANGE' }] });
    expect(await h.count('portal_link')).toBe(before);
  });

  it("leaves another region's staff, analysts and portal callers out", async () => {
    const other = await new GraphQLTestClient(h.subgraph.url, { identity: ABAI_STAFF }).request(ISSUE, { input: { organizationId, contactEmail: 'aliya@example.kz' } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const analyst = await new GraphQLTestClient(h.subgraph.url, { identity: ANALYST }).request(LINKS, { id: organizationId });
    expect(analyst.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
    const [{ id }] = (await staff.data<{ organizationPortalLinks: { id: string }[] }>(LINKS, { id: organizationId })).organizationPortalLinks;
    const portal = new GraphQLTestClient(h.subgraph.url, { identity: portalIdentity({ linkId: id, organizationId, regionCode: ASTANA, contactEmail: 'aliya@example.kz' }) });
    const asContact = await portal.request(ISSUE, { input: { organizationId, contactEmail: 'aliya@example.kz' } });
    expect(asContact.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_PORTAL_ONLY' });
    // Nor does a portal link open any staff operation that admits "any signed-in caller".
    const organizations = await portal.request(`{ organizations(first: 1) { totalCount } }`);
    expect(organizations.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_PORTAL_ONLY' });
  });

  it('revokes a link at once: listed as revoked, and the gateway hears REVOKED', async () => {
    const [{ id }] = (await staff.data<{ organizationPortalLinks: { id: string }[] }>(LINKS, { id: organizationId })).organizationPortalLinks;
    const gateway = new GraphQLTestClient(h.subgraph.url, { identity: null, internalCaller: 'gateway' });
    expect((await gateway.data<{ _portalLinkState: string }>(STATE, { id }))._portalLinkState).toBe('ACTIVE');
    // Only the gateway's own calls may ask.
    expect((await staff.request(STATE, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const revoked = await staff.data<{ revokeOrganizationPortalLink: { status: string; revokedBy: string } }>(REVOKE, { id });
    expect(revoked.revokeOrganizationPortalLink).toMatchObject({ status: 'REVOKED', revokedBy: 'staff-astana' });
    expect((await gateway.data<{ _portalLinkState: string }>(STATE, { id }))._portalLinkState).toBe('REVOKED');
    expect((await gateway.data<{ _portalLinkState: string }>(STATE, { id: '00000000-0000-4000-8000-000000000000' }))._portalLinkState).toBe('UNKNOWN');
  });
});
