import { GraphQLTestClient } from '@birge/server-testing';
import { ASTANA, CREATE, ESIL, SEMEY, startRegistry, type RegistryHarness } from './support/registry-harness';

const LOG = `mutation Log($input: LogContactInput!) {
  logContact(input: $input) { id kind occurredOn staffUserId notes toldAboutOffer district { code } }
}`;
const CONTACTS = `query($id: ID!, $first: Int, $after: String) {
  organization(id: $id) { contacts(first: $first, after: $after) { totalCount edges { node { occurredOn kind } } pageInfo { hasNextPage endCursor } } }
}`;

describe('registry: contact log', () => {
  let h: RegistryHarness;
  let organizationId: string;
  beforeAll(async () => {
    h = await startRegistry();
    const created = await h.client.data<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: 'Есіл еріктілері', kind: 'INITIATIVE_GROUP', regionCode: ASTANA, districtCode: ESIL, directions: ['BILIM'] },
    });
    organizationId = created.createOrganization.id;
  });
  afterAll(() => h?.stop());

  it("logs a contact by the signed-in staff member, in the organization's district, and publishes the event with it", async () => {
    const data = await h.client.data<{ logContact: { id: string; district: { code: string }; staffUserId: string } }>(LOG, {
      input: { organizationId, kind: 'MEETING', occurredOn: '2026-01-15', notes: 'Кездесу', toldAboutOffer: true },
    });
    expect(data.logContact).toMatchObject({ staffUserId: 'demo-republican-admin', district: { code: ESIL }, toldAboutOffer: true });
    const jobs = await h.subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE data->'payload'->>'contactId' = $1`, [data.logContact.id]);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(['analytics.contact-coverage']);
    expect(jobs[0].data.payload).toMatchObject({ organizationId, regionCode: ASTANA, districtCode: ESIL, occurredOn: '2026-01-15', kind: 'MEETING' });
  });

  it('refuses a future date, a district of another region and an unknown organization, storing nothing and sending nothing', async () => {
    const before = await h.count('contact');
    const jobsBefore = Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'analytics.contact-coverage'`))[0].n);
    const bad = await h.client.request(LOG, { input: { organizationId, kind: 'CALL', occurredOn: '2999-01-01', districtCode: SEMEY, toldAboutOffer: false } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`).sort()).toEqual(['districtCode:DISTRICT_NOT_IN_REGION', 'occurredOn:DATE_IN_FUTURE']);
    const badDate = await h.client.request(LOG, { input: { organizationId, kind: 'CALL', occurredOn: '2026-02-30', toldAboutOffer: false } });
    expect(badDate.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'occurredOn', code: 'INVALID_DATE' });
    const unknown = await h.client.request(LOG, {
      input: { organizationId: '00000000-0000-0000-0000-000000000000', kind: 'CALL', occurredOn: '2026-01-01', toldAboutOffer: false },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await h.count('contact')).toBe(before);
    const jobsAfter = Number((await h.subgraph.dataSource.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'analytics.contact-coverage'`))[0].n);
    expect(jobsAfter).toBe(jobsBefore);
  });

  it('needs a signed-in staff member', async () => {
    const anonymous = new GraphQLTestClient(h.subgraph.url, { identity: null });
    const result = await anonymous.request(LOG, { input: { organizationId, kind: 'CALL', occurredOn: '2026-01-01', toldAboutOffer: false } });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("pages through an organization's contacts newest first", async () => {
    for (const day of ['2025-03-01', '2025-06-01', '2025-09-01']) {
      await h.client.data(LOG, { input: { organizationId, kind: 'CALL', occurredOn: day, toldAboutOffer: false } });
    }
    type Page = { organization: { contacts: { totalCount: number; edges: { node: { occurredOn: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const first = await h.client.data<Page>(CONTACTS, { id: organizationId, first: 2 });
    expect(first.organization.contacts.totalCount).toBe(4);
    expect(first.organization.contacts.edges.map((e) => e.node.occurredOn)).toEqual(['2026-01-15', '2025-09-01']);
    const second = await h.client.data<Page>(CONTACTS, { id: organizationId, first: 2, after: first.organization.contacts.pageInfo.endCursor });
    expect(second.organization.contacts.edges.map((e) => e.node.occurredOn)).toEqual(['2025-06-01', '2025-03-01']);
    expect(second.organization.contacts.pageInfo.hasNextPage).toBe(false);
  });

  it('loads the contacts of a whole list of organizations with one statement', async () => {
    for (let i = 0; i < 5; i++) {
      const org = await h.client.data<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: `Топ ${i}`, kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['BILIM'] },
      });
      await h.client.data(LOG, { input: { organizationId: org.createOrganization.id, kind: 'VISIT', occurredOn: '2026-01-01', toldAboutOffer: true } });
    }
    const query = jest.spyOn(h.subgraph.dataSource, 'query');
    try {
      const data = await h.client.data<{ organizations: { edges: { node: { contacts: { totalCount: number } } }[] } }>(
        '{ organizations(first: 10) { edges { node { name contacts(first: 3) { totalCount edges { node { kind district { code } } } } } } } }',
      );
      expect(data.organizations.edges.map((e) => e.node.contacts.totalCount)).toEqual([1, 1, 1, 1, 1, 4]);
      expect(query.mock.calls.filter(([sql]) => String(sql).includes('registry.contact'))).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
