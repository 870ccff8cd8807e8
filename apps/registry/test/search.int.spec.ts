import { Role } from '@birge/shared-reference';
import { ABAI_REGION, ASTANA, CREATE, ESIL, SEMEY, startRegistry, type RegistryHarness } from './support/registry-harness';

const LIST = `query($filter: OrganizationFilter, $first: Int, $after: String, $orderBy: OrganizationOrder) {
  organizations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount edges { node { name } } pageInfo { hasNextPage endCursor }
  }
}`;
const FACETS = `query($filter: OrganizationFilter) { organizationFacets(filter: $filter) {
  total regions { value count } districts { value count } kinds { value count } directions { value count } categories { value count }
  modes { value count } statuses { value count } verificationStatuses { value count } contact { value count } } }`;

type Page = { organizations: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('registry: search, filters, sorting and facets', () => {
  let h: RegistryHarness;
  const names = async (variables: Record<string, unknown>) => (await h.client.data<Page>(LIST, variables)).organizations.edges.map((e) => e.node.name);

  beforeAll(async () => {
    h = await startRegistry();
    const orgs = [
      { name: 'Қамқор', nameRu: 'Камкор', kind: 'NGO', regionCode: ASTANA, districtCode: ESIL, directions: ['QAMQOR'], categories: ['SILVER'], modes: ['OFFLINE'] },
      {
        name: 'Жасыл Әлем',
        nameLatin: 'Jasyl Alem',
        kind: 'INITIATIVE_GROUP',
        regionCode: ASTANA,
        directions: ['TAZA_ALEM'],
        categories: ['CHILDREN'],
        modes: ['OFFLINE', 'AUTO'],
      },
      { name: 'Үміт іздеушілері', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: SEMEY, directions: ['UMIT'], modes: ['AUTO'] },
      { name: 'Айгерім', kind: 'INDEPENDENT_VOLUNTEER', regionCode: ABAI_REGION, directions: ['MEDIA'], categories: ['PRO_BONO'], modes: ['ONLINE'], status: 'DORMANT' },
      { name: 'Qamqorshy Astana', kind: 'NGO', regionCode: ASTANA, directions: ['QAMQOR', 'OTHER_SOCIAL'], modes: ['ONLINE'] },
    ];
    for (const input of orgs) await h.client.data(CREATE, { input });
    const [{ id }] = await h.subgraph.dataSource.query(`SELECT id FROM registry.organization WHERE name = 'Жасыл Әлем'`);
    await h.client.data(`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, {
      input: { organizationId: id, kind: 'MEETING', occurredOn: new Date().toISOString().slice(0, 10), toldAboutOffer: true },
    });
  });
  afterAll(() => h?.stop());

  it('finds "Қамқор" from "kamkor", "камкор", "QAMQOR" and a misspelling, across Kazakh, Russian and Latin names', async () => {
    for (const search of ['kamkor', 'камкор', 'QAMQOR', 'Қамқор', 'kamqor']) {
      expect(await names({ filter: { search }, orderBy: 'RELEVANCE' })).toEqual(expect.arrayContaining(['Қамқор', 'Qamqorshy Astana']));
    }
    expect((await names({ filter: { search: 'kamkor' }, orderBy: 'RELEVANCE' }))[0]).toBe('Қамқор');
    expect(await names({ filter: { search: 'umit' } })).toEqual(['Үміт іздеушілері']);
    expect(await names({ filter: { search: 'zhasyl alem' } })).toEqual(['Жасыл Әлем']);
    expect(await names({ filter: { search: 'Jasyl' } })).toEqual(['Жасыл Әлем']);
    expect(await names({ filter: { search: 'совсем другое' } })).toEqual([]);
  });

  it('filters on every dimension', async () => {
    expect(await names({ filter: { category: 'SILVER' } })).toEqual(['Қамқор']);
    expect((await names({ filter: { mode: 'AUTO' } })).sort()).toEqual(['Жасыл Әлем', 'Үміт іздеушілері']);
    expect(await names({ filter: { status: 'DORMANT' } })).toEqual(['Айгерім']);
    expect(await names({ filter: { regionCode: ABAI_REGION, kind: 'INITIATIVE_GROUP', districtCode: SEMEY } })).toEqual(['Үміт іздеушілері']);
    expect(await names({ filter: { contact: 'RECENT' } })).toEqual(['Жасыл Әлем']);
    expect((await names({ filter: { contact: 'NEVER' } })).length).toBe(4);
    expect(await names({ filter: { contact: 'STALE' } })).toEqual([]);
    expect(await names({ filter: { verificationStatus: 'VERIFIED' } })).toEqual([]);
    expect((await names({ filter: { verificationStatus: 'UNVERIFIED', direction: 'QAMQOR', search: 'kamkor' } })).sort()).toEqual(['Qamqorshy Astana', 'Қамқор']);
  });

  it('sorts by name with keyset pages that never repeat or skip', async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await h.client.data<Page>(LIST, { first: 2, after, orderBy: 'NAME' });
      all.push(...page.organizations.edges.map((e) => e.node.name));
      if (!page.organizations.pageInfo.hasNextPage) break;
      after = page.organizations.pageInfo.endCursor;
    }
    expect(all).toHaveLength(5);
    expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : 1)));
    expect(await names({ orderBy: 'OLDEST', first: 1 })).toEqual(['Қамқор']);
    const relevance = await h.client.request(LIST, { orderBy: 'RELEVANCE' });
    expect(relevance.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'orderBy', code: 'SEARCH_REQUIRED' });
  });

  it('counts facets under the filter', async () => {
    const data = await h.client.data<{ organizationFacets: Record<string, { value: string; count: number }[]> & { total: number } }>(FACETS, { filter: { regionCode: ASTANA } });
    const f = data.organizationFacets;
    expect(f.total).toBe(3);
    expect(f.kinds).toEqual([
      { value: 'NGO', count: 2 },
      { value: 'INITIATIVE_GROUP', count: 1 },
    ]);
    expect(f.directions).toEqual(
      expect.arrayContaining([
        { value: 'QAMQOR', count: 2 },
        { value: 'TAZA_ALEM', count: 1 },
      ]),
    );
    expect(f.modes).toEqual(
      expect.arrayContaining([
        { value: 'OFFLINE', count: 2 },
        { value: 'ONLINE', count: 1 },
        { value: 'AUTO', count: 1 },
      ]),
    );
    expect(f.contact).toEqual([
      { value: 'NEVER', count: 2 },
      { value: 'RECENT', count: 1 },
    ]);
    expect(f.verificationStatuses).toEqual([{ value: 'UNVERIFIED', count: 3 }]);
    expect(f.districts).toEqual([{ value: ESIL, count: 1 }]);
  });

  it('keeps the unfiltered facets (maintained counts) equal to counting every row, through edits, imports, deletes and folding', async () => {
    const search = h.subgraph.services.search;
    const ds = h.subgraph.dataSource;
    const admin = { userId: 'admin', role: Role.REPUBLICAN_ADMIN, regionCode: null };
    const same = async () => expect(await search.unfilteredFacets()).toEqual(await search.filteredFacets({}, admin));
    await same();
    const unfiltered = (await h.client.data<{ organizationFacets: { total: number; contact: unknown[] } }>(FACETS, {})).organizationFacets;
    expect(unfiltered.total).toBe(5);
    expect(unfiltered.contact).toEqual([
      { value: 'NEVER', count: 4 },
      { value: 'RECENT', count: 1 },
    ]);

    // Expired and stale: derived from dates at read time, not from the maintained counts.
    await ds.query(`UPDATE registry.organization SET verification_status = 'VERIFIED', verified_at = now() - interval '30 months' WHERE name = 'Қамқор'`);
    await ds.query(`UPDATE registry.organization SET verification_status = 'VERIFIED', verified_at = now() WHERE name = 'Айгерім'`);
    await ds.query(`UPDATE registry.organization SET last_contact_on = current_date - 800, directions = '{MEDIA,UMIT}', district_code = NULL WHERE name = 'Үміт іздеушілері'`);
    await same();
    expect((await search.unfilteredFacets()).verificationStatuses).toEqual(
      expect.arrayContaining([
        { value: 'EXPIRED', count: 1 },
        { value: 'VERIFIED', count: 1 },
      ]),
    );
    await h.subgraph.services.imports.import('name,kind,region_code,directions,categories\nЖаңа топ,INITIATIVE_GROUP,' + ASTANA + ',BILIM,CHILDREN;SILVER\n', null);
    await ds.query(`DELETE FROM registry.organization WHERE name = 'Qamqorshy Astana'`);
    await same();
    await search.foldFacetDeltas();
    expect(Number((await ds.query(`SELECT count(*) AS n FROM registry.organization_facet_delta`))[0].n)).toBeLessThan(40);
    await same();
  });
});
