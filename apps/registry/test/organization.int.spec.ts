import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import type { RegistryServices } from '../src/registry.context';
import { registrySubgraph } from '../src/registry.subgraph';

const ASTANA = '710000000';
const ABAI_REGION = '100000000';
const SEMEY = '101000000';

const CREATE = `mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind directions region { code } district { code } }
}`;
const LIST = `query List($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('registry subgraph: organizations', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<RegistryServices>;
  let client: GraphQLTestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(registrySubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    client = new GraphQLTestClient(subgraph.url);
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  const count = async () => Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM registry.organization'))[0].n);

  it('serves all 20 regions with their 228 districts and names in three languages', async () => {
    const data = await client.data<{ regions: { code: string; name: { kk: string; ru: string; en: string }; districts: { code: string }[] }[] }>(
      '{ regions { code name { kk ru en } districts { code } } }',
    );
    expect(data.regions).toHaveLength(20);
    expect(data.regions.flatMap((r) => r.districts)).toHaveLength(228);
    const astana = data.regions.find((r) => r.code === ASTANA);
    expect(astana?.name).toEqual({ kk: 'Астана', ru: 'Астана', en: 'Astana' });
  });

  it('creates an organization in a district of its region and publishes the event in the same transaction', async () => {
    const data = await client.data<{ createOrganization: { id: string; district: { code: string } } }>(CREATE, {
      input: { name: '  Семей   жастары ', kind: 'INITIATIVE_GROUP', regionCode: ABAI_REGION, districtCode: SEMEY, directions: ['BILIM'] },
    });
    expect(data.createOrganization).toMatchObject({ name: 'Семей жастары', district: { code: SEMEY } });
    const jobs = await subgraph.dataSource.query(`SELECT name, data FROM pgboss.job WHERE data->'payload'->>'organizationId' = $1 ORDER BY name`, [data.createOrganization.id]);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual([
      'analytics.organization-figures',
      'assistance.organization-directory',
      'notifications.organization-mailing',
      'notifications.organization-registered',
    ]);
    expect(jobs[0].data.payload).toMatchObject({ regionCode: ABAI_REGION, districtCode: SEMEY });
  });

  it('refuses bad input with a coded error per field and stores nothing', async () => {
    const before = await count();
    const empty = await client.request(CREATE, { input: { name: '', kind: 'NGO', regionCode: ASTANA, directions: [] } });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`)).toEqual(expect.arrayContaining(['name:REQUIRED', 'directions:REQUIRED']));

    const wrongDistrict = await client.request(CREATE, {
      input: { name: 'Қамқор', kind: 'NGO', regionCode: ASTANA, districtCode: SEMEY, directions: ['QAMQOR'] },
    });
    expect(wrongDistrict.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION' }],
    });

    const unknownRegion = await client.request(CREATE, { input: { name: 'Қамқор', kind: 'NGO', regionCode: '1', directions: ['QAMQOR'] } });
    expect(unknownRegion.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'regionCode', code: 'UNKNOWN_REGION' });
    expect(await count()).toBe(before);
  });

  it('pages through organizations with keyset cursors and filters', async () => {
    for (let i = 0; i < 5; i++) {
      await client.data(CREATE, { input: { name: `Astana team ${i}`, kind: 'NGO', regionCode: ASTANA, directions: i % 2 ? ['MEDIA'] : ['AYALA'] } });
    }
    type Page = { organizations: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const filter = { regionCode: ASTANA };
    const first = await client.data<Page>(LIST, { filter, first: 2 });
    expect(first.organizations.totalCount).toBe(5);
    expect(first.organizations.edges.map((e) => e.node.name)).toEqual(['Astana team 4', 'Astana team 3']);
    const second = await client.data<Page>(LIST, { filter, first: 2, after: first.organizations.pageInfo.endCursor });
    expect(second.organizations.edges.map((e) => e.node.name)).toEqual(['Astana team 2', 'Astana team 1']);
    const third = await client.data<Page>(LIST, { filter, first: 2, after: second.organizations.pageInfo.endCursor });
    expect(third.organizations.edges.map((e) => e.node.name)).toEqual(['Astana team 0']);
    expect(third.organizations.pageInfo.hasNextPage).toBe(false);

    const media = await client.data<Page>(LIST, { filter: { regionCode: ASTANA, direction: 'MEDIA' } });
    expect(media.organizations.edges.map((e) => e.node.name).sort()).toEqual(['Astana team 1', 'Astana team 3']);
    const byName = await client.data<Page>(LIST, { filter: { nameContains: 'TEAM 2' } });
    expect(byName.organizations.edges.map((e) => e.node.name)).toEqual(['Astana team 2']);
  });

  it('rejects a forged cursor and an out-of-range page size with codes', async () => {
    const forged = await client.request(LIST, { after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', code: 'INVALID_CURSOR' }] });
    const tooMany = await client.request(LIST, { first: 1000 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', code: 'OUT_OF_RANGE' }] });
  });

  it('resolves federation references for regions, districts and organizations in one batch each', async () => {
    const created = await client.data<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: 'Reference test', kind: 'NGO', regionCode: ASTANA, directions: ['SAGLYQ'] },
    });
    const data = await client.data<{ _entities: ({ code?: string; name?: unknown } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code } ... on District { code } ... on Organization { name } } }`,
      {
        r: [
          { __typename: 'Region', code: ASTANA },
          { __typename: 'District', code: SEMEY },
          { __typename: 'Organization', id: created.createOrganization.id },
          { __typename: 'Organization', id: '00000000-0000-0000-0000-000000000000' },
        ],
      },
    );
    expect(data._entities).toEqual([{ code: ASTANA }, { code: SEMEY }, { name: 'Reference test' }, null]);
  });
});
