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
import { assistanceRequestState, eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ABAI, ASTANA, analyticsTestbed } from './support/analytics-testbed';

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
  const bed = analyticsTestbed({ events: true });
  let client: GraphQLTestClient;

  beforeAll(async () => {
    client = new GraphQLTestClient(bed.subgraph.url);
  });

  it('gives figures to any signed-in role and partners with analytics:read, and refuses anonymous callers and other partner keys', async () => {
    const as = (identity: Identity | null) => new GraphQLTestClient(bed.subgraph.url, { identity }).request<Overview>(OVERVIEW);
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

  const requestFacts = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.request_fact'))[0].n);
  const organizationFacts = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.organization_fact'))[0].n);

  const submit = (regionCode: string, status: AssistanceRequestStatus) => {
    const state = assistanceRequestState({ regionCode, type: AssistanceType.CONSULTATIVE, subtype: AssistanceSubtype.ORGANIZATION_REGISTRATION, status });
    const payload: AssistanceRequestSubmittedPayload = { ...state, state };
    return bed.events.publish('assistance.request-submitted', payload);
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
      await bed.events.publish('registry.organization-registered', {
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
    await bed.events.redeliver('analytics.request-figures', duplicated);

    await eventually(async () => ((await organizationFacts()) === 3 ? true : undefined));
    await eventually(async () => ((await requestFacts()) === 5 ? true : undefined));
    await eventually(async () => ((await bed.events.completed('analytics.request-figures', duplicated.eventId)) === 2 ? true : undefined));

    const { nationalOverview } = await client.data<Overview>(OVERVIEW);
    expect(nationalOverview.organizationCount).toBe(3);
    expect(nationalOverview.openRequestCount).toBe(3);
    const byCode = new Map(nationalOverview.regions.map((r) => [r.region.code, r]));
    expect(byCode.get(ABAI)).toMatchObject({ organizationCount: 2, openRequestCount: 2 });
    expect(byCode.get(ASTANA)).toMatchObject({ organizationCount: 1, openRequestCount: 0 });
    expect(byCode.get(SHYMKENT)).toMatchObject({ organizationCount: 0, openRequestCount: 1 });
    expect(nationalOverview.regions).toHaveLength(20);
  });

  it('answers the overview with one SQL statement over the per-region counts, never over the facts', async () => {
    const query = jest.spyOn(bed.subgraph.dataSource, 'query');
    try {
      await client.data<Overview>(OVERVIEW);
      expect(query.mock.calls.filter(([sql]: unknown[]) => /analytics\.region_figures/.test(String(sql)))).toHaveLength(1);
      expect(query.mock.calls.filter(([sql]: unknown[]) => /analytics\.(organization|request)_fact/.test(String(sql)))).toHaveLength(0);
    } finally {
      query.mockRestore();
    }
  });

  it('keeps the per-region counts equal to a count of the facts through inserts, moves, status changes, merges and deletes', async () => {
    const q = (sql: string, params: unknown[] = []) => bed.subgraph.dataSource.query(sql, params);
    const recount = async () =>
      q(`SELECT region_code AS "regionCode", sum(o)::int AS organizations, sum(r)::int AS open FROM (
           SELECT region_code, count(*) AS o, 0 AS r FROM analytics.organization_fact WHERE merged_into IS NULL GROUP BY region_code
           UNION ALL SELECT region_code, 0, count(*) FROM analytics.request_fact WHERE status IN ('NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY') GROUP BY region_code) f
         GROUP BY region_code HAVING sum(o) + sum(r) > 0 ORDER BY region_code`);
    const kept = async () =>
      q(`SELECT region_code AS "regionCode", organization_count AS organizations, open_request_count AS open FROM analytics.region_figures
         WHERE organization_count + open_request_count > 0 ORDER BY region_code`);
    // Set-based changes of many rows at once, as imports, merges and the rebuild make them.
    await q(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at)
             SELECT gen_random_uuid(), 'NGO', (ARRAY['${ABAI}', '${ASTANA}', '${SHYMKENT}'])[1 + i % 3], now() FROM generate_series(1, 30) i`);
    await q(`INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at)
             SELECT gen_random_uuid(), gen_random_uuid(), (ARRAY['${ABAI}', '${SHYMKENT}'])[1 + i % 2], 'CONSULTATIVE', 'ORGANIZATION_REGISTRATION',
                    (ARRAY['NEW', 'RESOLVED', 'IN_PROGRESS'])[1 + i % 3], now() FROM generate_series(1, 40) i`);
    await q(`UPDATE analytics.request_fact SET status = 'RESOLVED' WHERE status = 'NEW' AND region_code = '${ABAI}'`);
    await q(`UPDATE analytics.request_fact SET region_code = '${ASTANA}' WHERE status = 'IN_PROGRESS' AND region_code = '${SHYMKENT}'`);
    await q(
      `UPDATE analytics.organization_fact SET region_code = '${SHYMKENT}' WHERE organization_id IN (SELECT organization_id FROM analytics.organization_fact WHERE region_code = '${ABAI}' LIMIT 4)`,
    );
    await q(
      `UPDATE analytics.organization_fact SET merged_into = organization_id WHERE organization_id IN (SELECT organization_id FROM analytics.organization_fact WHERE region_code = '${ASTANA}' LIMIT 3)`,
    );
    await q(`DELETE FROM analytics.request_fact WHERE request_id IN (SELECT request_id FROM analytics.request_fact WHERE status = 'IN_PROGRESS' LIMIT 5)`);
    await q(`DELETE FROM analytics.organization_fact WHERE organization_id IN (SELECT organization_id FROM analytics.organization_fact WHERE merged_into IS NULL LIMIT 2)`);
    expect(await kept()).toEqual(await recount());
    const { nationalOverview } = await client.data<Overview>(OVERVIEW);
    const recounted: { organizations: number; open: number }[] = await recount();
    expect(nationalOverview.openRequestCount).toBe(recounted.reduce((sum, row) => sum + row.open, 0));
  });
});
