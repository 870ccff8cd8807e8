import { GraphQLTestClient } from '@birge/server-testing';
import { Role, type Identity } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, ESIL, SEMEY, startRegistry, type RegistryHarness } from './support/registry-harness';

const STATE_BODY = `id kind name { kk ru en } region { code } district { code } parent { id } departments { id } address phone email website
  contactPoints { name position phone email personalDataHidden } notes personalDataHidden archivedAt version`;
const CREATE_BODY = `mutation($input: CreateStateBodyInput!) { createStateBody(input: $input) { ${STATE_BODY} } }`;
const UPDATE_BODY = `mutation($input: UpdateStateBodyInput!) { updateStateBody(input: $input) { ${STATE_BODY} } }`;
const BODIES = `query($filter: StateBodyFilter, $first: Int, $after: String) {
  stateBodies(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name { kk } } } pageInfo { hasNextPage endCursor } }
}`;
const CREATE_SPONSOR = `mutation($input: CreateSponsorInput!) { createSponsor(input: $input) { id kind name directions writesRecommendationLetters region { code } version } }`;
const UPDATE_SPONSOR = `mutation($input: UpdateSponsorInput!) { updateSponsor(input: $input) { id name archivedAt version } }`;
const SPONSORS = `query($filter: SponsorFilter) { sponsors(filter: $filter) { totalCount edges { node { name } } } }`;

const who = (identity: Identity) => identity;
const ASTANA_STAFF = who({ userId: 'staff-astana', role: Role.REGIONAL_STAFF, regionCode: ASTANA });
const ABAI_STAFF = who({ userId: 'staff-abai', role: Role.REGIONAL_STAFF, regionCode: ABAI_REGION });
const ANALYST = who({ userId: 'analyst-1', role: Role.ANALYST, regionCode: null });

const akimat = (kk: string, extra: Record<string, unknown> = {}) => ({
  kind: 'AKIMAT',
  regionCode: ASTANA,
  name: { kk, ru: `${kk} (ru)`, en: `${kk} (en)` },
  ...extra,
});

describe('registry: directory of state bodies and sponsors', () => {
  let h: RegistryHarness;
  let staff: GraphQLTestClient;
  beforeAll(async () => {
    h = await startRegistry();
    staff = new GraphQLTestClient(h.subgraph.url, { identity: ASTANA_STAFF });
  });
  afterAll(() => h?.stop());

  it('adds an akimat and its department, normalizes contacts, and tells assistance in the same transaction', async () => {
    const city = await staff.data<{ createStateBody: { id: string; version: number } }>(CREATE_BODY, {
      input: akimat('Астана қаласының әкімдігі', {
        phone: '8 7172 55 64 00',
        email: ' Akimat@Astana.kz ',
        website: 'https://astana.gov.kz',
        contactPoints: [{ name: 'Қабылдау бөлмесі', phone: '+7 7172 55 64 01' }],
      }),
    });
    expect(city.createStateBody).toMatchObject({
      phone: '+77172556400',
      email: 'akimat@astana.kz',
      region: { code: ASTANA },
      version: 1,
      contactPoints: [{ name: 'Қабылдау бөлмесі', phone: '+77172556401', personalDataHidden: null }],
    });
    const department = await staff.data<{ createStateBody: { parent: { id: string } } }>(CREATE_BODY, {
      input: akimat('Жастар саясаты басқармасы', { kind: 'DEPARTMENT', parentId: city.createStateBody.id, districtCode: ESIL }),
    });
    expect(department.createStateBody.parent.id).toBe(city.createStateBody.id);
    const again = await staff.data<{ stateBody: { departments: { id: string }[] } }>(`query($id: ID!) { stateBody(id: $id) { departments { id } } }`, {
      id: city.createStateBody.id,
    });
    expect(again.stateBody.departments).toHaveLength(1);
    const jobs = await h.subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE data->'payload'->>'entryId' = $1`, [city.createStateBody.id]);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(['assistance.directory-entries']);
    expect(jobs[0].data.payload).toMatchObject({ entryKind: 'STATE_BODY', regionCode: ASTANA, archived: false, version: 1, name: { kk: 'Астана қаласының әкімдігі' } });
  });

  it('names every wrong field with its code and stores nothing', async () => {
    const before = await h.count('state_body');
    const bad = await staff.request(CREATE_BODY, {
      input: akimat('Ә', { districtCode: SEMEY, phone: '123', email: 'nope', website: 'astana.kz', contactPoints: [{ position: 'Хатшы' }] }),
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'contactPoints.0:CONTACT_POINT_INCOMPLETE',
      'districtCode:DISTRICT_NOT_IN_REGION',
      'email:INVALID_EMAIL',
      'name.kk:TOO_SHORT',
      'phone:INVALID_PHONE',
      'website:INVALID_URL',
    ]);
    const otherRegionParent = await h.client.data<{ createStateBody: { id: string } }>(CREATE_BODY, { input: { ...akimat('Абай облысының әкімдігі'), regionCode: ABAI_REGION } });
    const crossParent = await staff.request(CREATE_BODY, { input: akimat('Бөлім', { parentId: otherRegionParent.createStateBody.id }) });
    expect(crossParent.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'parentId', code: 'PARENT_NOT_IN_REGION' });
    expect(await h.count('state_body')).toBe(before + 1);
  });

  it("lets a region's staff keep their own region only, analysts only read, and hides contact people from analysts", async () => {
    const abai = new GraphQLTestClient(h.subgraph.url, { identity: ABAI_STAFF });
    const refused = await abai.request(CREATE_BODY, { input: akimat('Бөгде әкімдік') });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const analyst = new GraphQLTestClient(h.subgraph.url, { identity: ANALYST });
    expect((await analyst.request(CREATE_BODY, { input: akimat('Талдаушы') })).errors?.[0].extensions?.reason).toBe('READ_ONLY_ROLE');
    const read = await analyst.data<{ stateBodies: { edges: { node: { id: string } }[] } }>(
      `{ stateBodies(filter: { regionCode: "${ASTANA}", kind: AKIMAT }) { edges { node { id } } } }`,
    );
    const id = read.stateBodies.edges[0].node.id;
    const one = await analyst.data<{ stateBody: { contactPoints: { name: string | null; personalDataHidden: string }[] } }>(
      `query($id: ID!) { stateBody(id: $id) { contactPoints { name personalDataHidden } } }`,
      { id },
    );
    expect(one.stateBody.contactPoints[0]).toEqual({ name: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
    const anonymous = new GraphQLTestClient(h.subgraph.url, { identity: null });
    expect((await anonymous.request(BODIES)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changes with optimistic locking, archives out of the list and back', async () => {
    const created = await staff.data<{ createStateBody: { id: string; version: number } }>(CREATE_BODY, { input: akimat('Есіл ауданының әкімдігі', { districtCode: ESIL }) });
    const { id } = created.createStateBody;
    const changed = await staff.data<{ updateStateBody: { version: number; address: string; archivedAt: string | null } }>(UPDATE_BODY, {
      input: { id, version: 1, address: 'Сарыарқа даңғылы, 1', archived: true },
    });
    expect(changed.updateStateBody).toMatchObject({ version: 2, address: 'Сарыарқа даңғылы, 1' });
    expect(changed.updateStateBody.archivedAt).not.toBeNull();
    const stale = await staff.request(UPDATE_BODY, { input: { id, version: 1, address: 'x' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const listed = await staff.data<{ stateBodies: { edges: { node: { id: string } }[] } }>(BODIES, { filter: { districtCode: ESIL, kind: 'AKIMAT' } });
    expect(listed.stateBodies.edges.map((e) => e.node.id)).not.toContain(id);
    const archivedToo = await staff.data<{ stateBodies: { edges: { node: { id: string } }[] } }>(BODIES, { filter: { districtCode: ESIL, includeArchived: true } });
    expect(archivedToo.stateBodies.edges.map((e) => e.node.id)).toContain(id);
    const back = await staff.data<{ updateStateBody: { archivedAt: string | null } }>(UPDATE_BODY, { input: { id, version: 2, archived: false } });
    expect(back.updateStateBody.archivedAt).toBeNull();
    const jobs = await h.subgraph.dataSource.query(`SELECT data FROM pgboss.job WHERE data->'payload'->>'entryId' = $1 ORDER BY (data->'payload'->>'version')::int`, [id]);
    expect(jobs.map((j: { data: { payload: { archived: boolean } } }) => j.data.payload.archived)).toEqual([false, true, false]);
  });

  it("pages through the region's bodies in order, and finds them by words of any language", async () => {
    for (const name of ['Б бөлімі', 'В бөлімі', 'Г бөлімі']) await staff.data(CREATE_BODY, { input: akimat(name, { kind: 'OTHER' }) });
    type Page = { stateBodies: { totalCount: number; edges: { node: { name: { kk: string } } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const first = await staff.data<Page>(BODIES, { filter: { regionCode: ASTANA, kind: 'OTHER' }, first: 2 });
    expect(first.stateBodies.totalCount).toBe(3);
    const second = await staff.data<Page>(BODIES, { filter: { regionCode: ASTANA, kind: 'OTHER' }, first: 2, after: first.stateBodies.pageInfo.endCursor });
    expect([...first.stateBodies.edges, ...second.stateBodies.edges].map((e) => e.node.name.kk)).toEqual(['Б бөлімі', 'В бөлімі', 'Г бөлімі']);
    expect(second.stateBodies.pageInfo.hasNextPage).toBe(false);
    const found = await staff.data<Page>(BODIES, { filter: { search: 'в БӨЛІМІ (RU)' } });
    expect(found.stateBodies.edges.map((e) => e.node.name.kk)).toEqual(['В бөлімі']);
  });

  it("keeps sponsors: the whole country's by the republican office, a region's by its staff; filters by region, direction and letters", async () => {
    const national = await staff.request(CREATE_SPONSOR, { input: { kind: 'FOUNDATION', name: 'Ұлттық қор' } });
    expect(national.errors?.[0].extensions?.reason).toBe('OTHER_REGION');
    await h.client.data(CREATE_SPONSOR, { input: { kind: 'NATIONAL_NETWORK_PARTNER', name: 'Ұлттық ерікті желісі серіктесі', writesRecommendationLetters: true } });
    const local = await staff.data<{ createSponsor: { id: string; region: { code: string } } }>(CREATE_SPONSOR, {
      input: { kind: 'BUSINESS', name: 'Astana Business', regionCode: ASTANA, directions: ['TAZA_ALEM'] },
    });
    expect(local.createSponsor.region.code).toBe(ASTANA);
    await h.client.data(CREATE_SPONSOR, { input: { kind: 'BUSINESS', name: 'Semey Business', regionCode: ABAI_REGION, directions: ['BILIM'] } });
    const inAstana = await staff.data<{ sponsors: { edges: { node: { name: string } }[] } }>(SPONSORS, { filter: { regionCode: ASTANA } });
    expect(inAstana.sponsors.edges.map((e) => e.node.name)).toEqual(['Astana Business', 'Ұлттық ерікті желісі серіктесі']);
    const ecology = await staff.data<{ sponsors: { edges: { node: { name: string } }[] } }>(SPONSORS, { filter: { direction: 'TAZA_ALEM' } });
    expect(ecology.sponsors.edges.map((e) => e.node.name)).toEqual(['Astana Business', 'Ұлттық ерікті желісі серіктесі']);
    const letters = await staff.data<{ sponsors: { totalCount: number } }>(SPONSORS, { filter: { writesRecommendationLetters: true } });
    expect(letters.sponsors.totalCount).toBe(1);
    const archived = await staff.data<{ updateSponsor: { archivedAt: string | null; version: number } }>(UPDATE_SPONSOR, {
      input: { id: local.createSponsor.id, version: 1, archived: true },
    });
    expect(archived.updateSponsor.version).toBe(2);
    const bad = await staff.request(UPDATE_SPONSOR, { input: { id: local.createSponsor.id, version: 2, name: ' ', email: 'x@' } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['email', 'name']);
  });

  it('resolves entries for other subgraphs by id', async () => {
    const created = await staff.data<{ createStateBody: { id: string } }>(CREATE_BODY, { input: akimat('Сілтеме әкімдігі') });
    const data = await h.client.data<{ _entities: { name?: { kk: string } }[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on StateBody { name { kk } } } }`, {
      r: [{ __typename: 'StateBody', id: created.createStateBody.id }],
    });
    expect(data._entities[0].name?.kk).toBe('Сілтеме әкімдігі');
  });
});
