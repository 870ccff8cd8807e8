import { GraphQLTestClient } from '@birge/server-testing';
import { Role, type Identity } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, CREATE, ESIL, startRegistry, type RegistryHarness } from './support/registry-harness';

const MATCHES = `query($id: ID!, $first: Int) { cooperationMatches(organizationId: $id, first: $first) {
  forOrganizationId otherOrganizationId organization { id name } score reasons { kind code } explanation { kk ru en } introducedOn } }`;
const INTRODUCE = `mutation($input: RecordIntroductionInput!) { recordIntroduction(input: $input) {
  id otherOrganization { id } introducedOn introducedBy note } }`;
const INTRODUCTIONS = `query($id: ID!) { organization(id: $id) { introductions { otherOrganization { id name } introducedOn introducedBy note } } }`;

const ASTANA_STAFF: Identity = { userId: 'staff-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const ABAI_STAFF: Identity = { userId: 'staff-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI_REGION };
const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };

interface Match {
  forOrganizationId: string;
  otherOrganizationId: string;
  organization: { id: string; name: string };
  score: number;
  reasons: { kind: string; code: string }[];
  explanation: { kk: string; ru: string; en: string };
  introducedOn: string | null;
}

describe('registry: cooperation matchmaking and introductions', () => {
  let h: RegistryHarness;
  let staff: GraphQLTestClient;
  const ids: Record<string, string> = {};
  const create = async (key: string, input: Record<string, unknown>) => {
    ids[key] = (await h.client.data<{ createOrganization: { id: string } }>(CREATE, { input: { kind: 'INITIATIVE_GROUP', regionCode: ASTANA, ...input } })).createOrganization.id;
  };
  const matches = async (id: string, first?: number) => (await staff.data<{ cooperationMatches: Match[] }>(MATCHES, { id, first })).cooperationMatches;

  beforeAll(async () => {
    h = await startRegistry();
    staff = new GraphQLTestClient(h.subgraph.url, { identity: ASTANA_STAFF });
    await create('care', { name: 'Қамқор жастары', districtCode: ESIL, directions: ['QAMQOR', 'BILIM'], modes: ['OFFLINE'], categories: ['CHILDREN'] });
    await create('sunrise', { name: 'Sunrise', districtCode: ESIL, directions: ['QAMQOR'], modes: ['OFFLINE', 'ONLINE'], categories: ['PRO_BONO'] });
    await create('readers', { name: 'Оқырмандар', directions: ['BILIM'] });
    await create('both', { name: 'Екі бағыт', directions: ['QAMQOR', 'BILIM'] });
    await create('animals', { name: 'Ayala Astana', districtCode: ESIL, directions: ['AYALA'] });
    await create('abai', { name: 'Abai care', regionCode: ABAI_REGION, directions: ['QAMQOR'] });
    await create('closed', { name: 'Closed care', directions: ['QAMQOR', 'BILIM'] });
    const closed = await h.client.data<{ organization: { version: number } }>(`query($id: ID!) { organization(id: $id) { version } }`, { id: ids.closed });
    await h.client.data(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      input: { id: ids.closed, version: closed.organization.version, status: 'CLOSED' },
    });
  });
  afterAll(() => h?.stop());

  it('finds active organizations of the same region with a shared direction, ranked by the documented rule, and explains each', async () => {
    const found = await matches(ids.care);
    // sunrise: QAMQOR 3 + Esil 2 + ONLINE 1 + PRO_BONO 1 = 7; both: 3 + 3 = 6; readers: 3. Not the animals' group, Abai's, nor the closed one.
    expect(found.map((m) => [m.organization.id, m.score])).toEqual([
      [ids.sunrise, 7],
      [ids.both, 6],
      [ids.readers, 3],
    ]);
    expect(found[0].reasons).toEqual([
      { kind: 'SHARED_DIRECTION', code: 'QAMQOR' },
      { kind: 'SAME_DISTRICT', code: ESIL },
      { kind: 'COMPLEMENTARY_MODE', code: 'ONLINE' },
      { kind: 'COMPLEMENTARY_CATEGORY', code: 'PRO_BONO' },
    ]);
    expect(found[0].explanation.en).toMatch(/^Both work on care homes and social-service centres in .+; Sunrise adds: Online, Pro bono \(professionals\)\.$/);
    expect(found[0].explanation.ru).toContain('«Sunrise» дополняет');
    expect(found[0].explanation.kk).toContain('бағытында жұмыс істейді');
    expect(found.every((m) => m.introducedOn === null)).toBe(true);
    // The pair is the match's key: the analytics subgraph adds the needs register's reasons by it.
    expect(found.map((m) => [m.forOrganizationId, m.otherOrganizationId])).toEqual(found.map((m) => [ids.care, m.organization.id]));
    expect((await matches(ids.care, 1)).map((m) => m.organization.id)).toEqual([ids.sunrise]);
    expect(await matches(ids.animals)).toEqual([]);
  });

  it('records an introduction once per pair, shows it on both organizations and on the match', async () => {
    const made = await staff.data<{ recordIntroduction: { otherOrganization: { id: string }; introducedOn: string; introducedBy: string; note: string } }>(INTRODUCE, {
      input: { organizationId: ids.care, otherOrganizationId: ids.sunrise, introducedOn: '2026-03-02', note: ' Met at the round table ' },
    });
    expect(made.recordIntroduction).toMatchObject({
      otherOrganization: { id: ids.sunrise },
      introducedOn: '2026-03-02',
      introducedBy: 'staff-astana',
      note: 'Met at the round table',
    });
    const seen = await staff.data<{ organization: { introductions: { otherOrganization: { id: string }; introducedOn: string }[] } }>(INTRODUCTIONS, { id: ids.sunrise });
    expect(seen.organization.introductions).toMatchObject([{ otherOrganization: { id: ids.care }, introducedOn: '2026-03-02' }]);
    expect((await matches(ids.care))[0]).toMatchObject({ organization: { id: ids.sunrise }, introducedOn: '2026-03-02' });
    const again = await staff.request(INTRODUCE, { input: { organizationId: ids.sunrise, otherOrganizationId: ids.care } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_INTRODUCED' });
    expect(await h.count('cooperation_introduction')).toBe(1);
  });

  it('refuses wrong introductions with coded errors naming the field, and callers who may not write', async () => {
    const error = async (input: Record<string, unknown>, client = staff) => (await client.request(INTRODUCE, { input })).errors?.[0].extensions;
    expect(await error({ organizationId: ids.care, otherOrganizationId: ids.abai })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'otherOrganizationId', code: 'OTHER_REGION' })],
    });
    expect(await error({ organizationId: ids.care, otherOrganizationId: ids.care })).toMatchObject({ fields: [expect.objectContaining({ code: 'SAME_ORGANIZATION' })] });
    expect(await error({ organizationId: ids.care, otherOrganizationId: ids.readers, introducedOn: '2999-01-01' })).toMatchObject({
      fields: [expect.objectContaining({ field: 'introducedOn', code: 'DATE_IN_FUTURE' })],
    });
    expect(await error({ organizationId: ids.care, otherOrganizationId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await error({ organizationId: ids.care, otherOrganizationId: ids.readers }, new GraphQLTestClient(h.subgraph.url, { identity: ABAI_STAFF }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_REGION',
    });
    expect(await error({ organizationId: ids.care, otherOrganizationId: ids.readers }, new GraphQLTestClient(h.subgraph.url, { identity: ANALYST }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'READ_ONLY_ROLE',
    });
    const badFirst = await staff.request(MATCHES, { id: ids.care, first: 50 });
    expect(badFirst.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
    expect((await new GraphQLTestClient(h.subgraph.url, { identity: null }).request(MATCHES, { id: ids.care })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.count('cooperation_introduction')).toBe(1);
  });
});
