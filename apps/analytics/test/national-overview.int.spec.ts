import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import {
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  OrganizationKind,
  REGION_CODES,
  Role,
  type Identity,
  type AssistanceRequestSubmittedPayload,
} from '@birge/shared-reference';
import { assistanceRequestState, createTestDatabase, eventually, GraphQLTestClient, TestEvents, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const ABAI = '100000000';
const ASTANA = '710000000';
const SHYMKENT = '790000000';

const OVERVIEW = `{
  nationalOverview { organizationCount openRequestCount regions { region { code } organizationCount openRequestCount } }
}`;

interface Overview {
  nationalOverview: {
    organizationCount: number;
    openRequestCount: number;
    regions: { region: { code: string }; organizationCount: number; openRequestCount: number }[];
  };
}

describe('analytics subgraph: national overview', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let client: GraphQLTestClient;
  let events: TestEvents;

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    client = new GraphQLTestClient(subgraph.url);
    events = await TestEvents.start(db.url, subgraph.dataSource);
  });

  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop();
    await db?.drop();
  });

  it('gives figures to any signed-in role and partners with analytics:read, and refuses anonymous callers and other partner keys', async () => {
    const as = (identity: Identity | null) => new GraphQLTestClient(subgraph.url, { identity }).request<Overview>(OVERVIEW);
    const analyst = await as({ userId: 'analyst', role: Role.ANALYST, regionCode: null });
    expect(analyst.errors).toBeUndefined();
    expect(typeof analyst.data?.nationalOverview.organizationCount).toBe('number');
    const staff = await as({ userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: ASTANA });
    expect(staff.data?.nationalOverview.regions.length).toBeGreaterThan(0);
    const partner = await as({ userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['analytics:read'], keyId: 'key' });
    expect(partner.errors).toBeUndefined();

    const anonymous = await as(null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.nationalOverview ?? null).toBeNull();
    const registryPartner = await as({ userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'key' });
    expect(registryPartner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });
  });

  const requestFacts = async () => Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.request_fact'))[0].n);
  const organizationFacts = async () =>
    Number((await subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.organization_fact'))[0].n);

  const submit = (regionCode: string, status: AssistanceRequestStatus) => {
    const state = assistanceRequestState({ regionCode, type: AssistanceType.CONSULTATIVE, subtype: AssistanceSubtype.ORGANIZATION_REGISTRATION, status });
    const payload: AssistanceRequestSubmittedPayload = { ...state, state };
    return events.publish('assistance.request-submitted', payload);
  };

  it('lists all 20 regions in official order with zeros before any event', async () => {
    const data = await client.data<Overview>(OVERVIEW);
    expect(data.nationalOverview.organizationCount).toBe(0);
    expect(data.nationalOverview.openRequestCount).toBe(0);
    expect(data.nationalOverview.regions.map((r) => r.region.code)).toEqual([...REGION_CODES]);
    expect(data.nationalOverview.regions.every((r) => r.organizationCount === 0 && r.openRequestCount === 0)).toBe(true);
  });

  it('counts organizations and only the open requests, per region and in total, once per event', async () => {
    for (const regionCode of [ABAI, ABAI, ASTANA]) {
      await events.publish('registry.organization-registered', {
        organizationId: randomUUID(),
        name: 'Team',
        kind: OrganizationKind.NGO,
        regionCode,
        districtCode: null,
      });
    }
    const duplicated = await submit(ABAI, AssistanceRequestStatus.NEW);
    await submit(ABAI, AssistanceRequestStatus.IN_PROGRESS);
    await submit(ABAI, AssistanceRequestStatus.RESOLVED);
    await submit(SHYMKENT, AssistanceRequestStatus.WAITING_ON_STATE_BODY);
    await submit(SHYMKENT, AssistanceRequestStatus.DECLINED);
    await events.redeliver('analytics.request-figures', duplicated);

    await eventually(async () => ((await organizationFacts()) === 3 ? true : undefined));
    await eventually(async () => ((await requestFacts()) === 5 ? true : undefined));
    await eventually(async () => ((await events.completed('analytics.request-figures', duplicated.eventId)) === 2 ? true : undefined));

    const { nationalOverview } = await client.data<Overview>(OVERVIEW);
    expect(nationalOverview.organizationCount).toBe(3);
    expect(nationalOverview.openRequestCount).toBe(3);
    const byCode = new Map(nationalOverview.regions.map((r) => [r.region.code, r]));
    expect(byCode.get(ABAI)).toMatchObject({ organizationCount: 2, openRequestCount: 2 });
    expect(byCode.get(ASTANA)).toMatchObject({ organizationCount: 1, openRequestCount: 0 });
    expect(byCode.get(SHYMKENT)).toMatchObject({ organizationCount: 0, openRequestCount: 1 });
    expect(nationalOverview.regions).toHaveLength(20);
  });

  it('answers the overview with one SQL statement', async () => {
    const query = jest.spyOn(subgraph.dataSource, 'query');
    try {
      await client.data<Overview>(OVERVIEW);
      expect(query.mock.calls.filter(([sql]: unknown[]) => /analytics\.(organization|request)_fact/.test(String(sql)))).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
