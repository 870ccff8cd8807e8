import { portalIdentity } from '@birge/server-kit';
import { GraphQLTestClient } from '@birge/server-testing';
import { Role, type Identity, type OrganizationMailingChangedPayload } from '@birge/shared-reference';
import { ASTANA, startRegistry, type RegistryHarness } from './support/registry-harness';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const ISSUE = `mutation($input: IssueOrganizationPortalLinkInput!) { issueOrganizationPortalLink(input: $input) { link { id } } }`;
const PORTAL = `{ organizationPortal { linkId contactEmail organization { id name description volunteerCount } profileProposals { id status description } } }`;
const PROPOSE = `mutation($input: ProposeProfileChangeInput!) { organizationPortalProposeProfileChange(input: $input) { id status description volunteerCount contactEmail } }`;
const DECIDE = `mutation($input: DecideProfileChangeInput!) { decideProfileChangeProposal(input: $input) { id status decisionNote } }`;
const UNSUBSCRIBE = `mutation { organizationPortalUnsubscribe { email revokedLinks } }`;

const ASTANA_STAFF: Identity = { userId: 'staff-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA };

describe("registry: an organization's contact acting through the portal link", () => {
  let h: RegistryHarness;
  let staff: GraphQLTestClient;
  const orgs: string[] = [];
  const portalFor = (linkId: string, organizationId: string, contactEmail = 'aliya@example.kz') =>
    new GraphQLTestClient(h.subgraph.url, { identity: portalIdentity({ linkId, organizationId, regionCode: ASTANA, contactEmail }) });
  const issue = async (organizationId: string) =>
    (await staff.data<{ issueOrganizationPortalLink: { link: { id: string } } }>(ISSUE, { input: { organizationId, contactEmail: 'aliya@example.kz' } }))
      .issueOrganizationPortalLink.link.id;

  beforeAll(async () => {
    h = await startRegistry();
    staff = new GraphQLTestClient(h.subgraph.url, { identity: ASTANA_STAFF });
    for (const name of ['Аялы жүрек', 'Жасыл қала']) {
      const created = await staff.data<{ createOrganization: { id: string } }>(CREATE, {
        input: { name, kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['AYALA'], contactPeople: [{ name: 'Әлия', emails: ['aliya@example.kz'], emailConsent: true }] },
      });
      orgs.push(created.createOrganization.id);
    }
  });
  afterAll(() => h?.stop());

  it('shows the organization and takes a profile proposal attributed to the contact; nothing changes until staff accept it', async () => {
    const linkId = await issue(orgs[0]);
    const portal = portalFor(linkId, orgs[0]);
    const proposed = await portal.data<{ organizationPortalProposeProfileChange: { id: string } }>(PROPOSE, {
      input: { description: 'Қарттарға апта сайын көмектесеміз', volunteerCount: 25, note: 'Жаңа еріктілер қосылды' },
    });
    expect(proposed.organizationPortalProposeProfileChange).toMatchObject({ status: 'PENDING', contactEmail: 'aliya@example.kz', volunteerCount: 25 });
    const before = await portal.data<{ organizationPortal: { organization: { description: string | null; volunteerCount: number | null }; profileProposals: unknown[] } }>(PORTAL);
    expect(before.organizationPortal.organization).toMatchObject({ id: orgs[0], description: null, volunteerCount: null });
    expect(before.organizationPortal.profileProposals).toHaveLength(1);

    const bad = await portal.request(PROPOSE, { input: { description: 'short', volunteerCount: -1 } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'description', code: 'TOO_SHORT' },
        { field: 'volunteerCount', code: 'OUT_OF_RANGE' },
      ],
    });

    const declineWithoutNote = await staff.request(DECIDE, { input: { id: proposed.organizationPortalProposeProfileChange.id, accept: false } });
    expect(declineWithoutNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note', code: 'REQUIRED' }] });
    const accepted = await staff.data<{ decideProfileChangeProposal: { status: string } }>(DECIDE, {
      input: { id: proposed.organizationPortalProposeProfileChange.id, accept: true },
    });
    expect(accepted.decideProfileChangeProposal.status).toBe('ACCEPTED');
    const again = await staff.request(DECIDE, { input: { id: proposed.organizationPortalProposeProfileChange.id, accept: true } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
    const after = await portal.data<{ organizationPortal: { organization: { description: string; volunteerCount: number } } }>(PORTAL);
    expect(after.organizationPortal.organization).toMatchObject({ description: 'Қарттарға апта сайын көмектесеміз', volunteerCount: 25 });
  });

  it('keeps a link to its own organization: a token naming another organization is refused', async () => {
    const linkId = await issue(orgs[0]);
    const forged = await portalFor(linkId, orgs[1]).request<{ organizationPortal: unknown }>(PORTAL);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_INVALID' });
    expect(forged.data?.organizationPortal ?? null).toBeNull();
    // Staff are not portal callers.
    expect((await staff.request(PORTAL)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANIZATION_PORTAL_ONLY' });
  });

  it('refuses a revoked link with PORTAL_LINK_REVOKED and an expired one with PORTAL_LINK_EXPIRED', async () => {
    const revoked = await issue(orgs[1]);
    await staff.data(`mutation($id: ID!) { revokeOrganizationPortalLink(id: $id) { id } }`, { id: revoked });
    const refused = await portalFor(revoked, orgs[1]).request(PROPOSE, { input: { volunteerCount: 3 } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_REVOKED' });

    const expired = await issue(orgs[1]);
    await h.subgraph.dataSource.query(`UPDATE registry.portal_link SET issued_at = now() - interval '2 days', expires_at = now() - interval '1 minute' WHERE id = $1`, [expired]);
    const late = await portalFor(expired, orgs[1]).request(PORTAL);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PORTAL_LINK_EXPIRED' });
    expect(await h.count('profile_change_proposal')).toBe(1);
  });

  it('unsubscribes: consent withdrawn (notifications told), every link of the contact to the organization revoked', async () => {
    const first = await issue(orgs[1]);
    await issue(orgs[1]);
    const done = await portalFor(first, orgs[1]).data<{ organizationPortalUnsubscribe: { email: string; revokedLinks: number } }>(UNSUBSCRIBE);
    expect(done.organizationPortalUnsubscribe).toEqual({ email: 'aliya@example.kz', revokedLinks: 2 });
    const [row] = await h.subgraph.dataSource.query(`SELECT contact_people FROM registry.organization WHERE id = $1`, [orgs[1]]);
    expect(row.contact_people[0]).toMatchObject({ emailConsent: false });
    const snapshots: { data: { payload: OrganizationMailingChangedPayload } }[] = await h.subgraph.dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = 'notifications.organization-mailing' AND data->'payload'->>'organizationId' = $1 ORDER BY created_on DESC LIMIT 1`,
      [orgs[1]],
    );
    expect(snapshots[0].data.payload.addresses).toEqual([]);
    expect((await portalFor(first, orgs[1]).request(UNSUBSCRIBE)).errors?.[0].extensions).toMatchObject({ reason: 'PORTAL_LINK_REVOKED' });
    // No new link for a contact who withdrew consent.
    const refused = await staff.request(ISSUE, { input: { organizationId: orgs[1], contactEmail: 'aliya@example.kz' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ fields: [{ field: 'contactEmail', code: 'NO_CONSENT' }] });
    // The other organization's consent is untouched.
    const [other] = await h.subgraph.dataSource.query(`SELECT contact_people FROM registry.organization WHERE id = $1`, [orgs[0]]);
    expect(other.contact_people[0]).toMatchObject({ emailConsent: true });
  });
});
