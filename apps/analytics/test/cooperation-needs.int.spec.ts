import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const ASTANA = '710000000';
const ALMATY = '750000000';

/** What the gateway sends analytics for the registry's cooperation matches. */
const MATCHES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on CooperationMatch { forOrganizationId otherOrganizationId needsHidden needReasons { kind theme answeredBy explanation { kk ru en } } } } }`;

interface Match {
  forOrganizationId: string;
  otherOrganizationId: string;
  needsHidden: string | null;
  needReasons: { kind: string; theme: string; answeredBy: string | null; explanation: { kk: string; ru: string; en: string } }[] | null;
}

const ADMIN: Identity = { userId: 'admin', role: Role.REPUBLICAN_ADMIN, regionCode: null };
const ASTANA_STAFF: Identity = { userId: 'astana-staff', role: Role.REGIONAL_STAFF, regionCode: ASTANA };
const ALMATY_STAFF: Identity = { userId: 'almaty-staff', role: Role.REGIONAL_STAFF, regionCode: ALMATY };
const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const PARTNER_WITHOUT_ANALYTICS: Identity = { userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'k1' };

describe('analytics subgraph: the needs register behind cooperation matches', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  const ids = { care: randomUUID(), lawyers: randomUUID(), hall: randomUUID(), merged: randomUUID(), silver: randomUUID() };

  const matches = async (identity: Identity, pairs: [string, string][]) =>
    (
      await new GraphQLTestClient(subgraph.url, { identity }).data<{ _entities: Match[] }>(MATCHES, {
        representations: pairs.map(([forOrganizationId, otherOrganizationId]) => ({ __typename: 'CooperationMatch', forOrganizationId, otherOrganizationId })),
      })
    )._entities;

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const q = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params);
    const org = (id: string, categories: string[], directions: string[], mergedInto: string | null = null) =>
      q(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at, directions, categories, merged_into)
         VALUES ($1, 'NGO', $2, now(), $3, $4, $5)`,
        [id, ASTANA, directions, categories, mergedInto],
      );
    await org(ids.care, ['SILVER'], ['QAMQOR']);
    await org(ids.lawyers, ['PRO_BONO'], ['QAMQOR']);
    await org(ids.hall, [], ['QAMQOR', 'MEDIA']);
    await org(ids.silver, ['SILVER'], ['QAMQOR']);
    // A record merged into the care centre: the register still names it by its old id.
    await org(ids.merged, [], ['QAMQOR'], ids.care);
    const need = (theme: string, status: string, organizationIds: string[], region = ASTANA) =>
      q(
        `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, organization_ids, created_by, version)
         VALUES ($1, $2, 'MOVEMENT', 'narrative', '2026-01-10', $3, $4, 'admin', 1)`,
        [region, theme, status, organizationIds],
      );
    await need('PROJECT_AND_GRANT_SKILLS', 'OPEN', [ids.merged]);
    await need('NO_PLACE_TO_MEET', 'ESCALATED', [ids.care, ids.silver]);
    await need('NO_PLACE_TO_MEET', 'RESOLVED', [ids.hall]);
    await need('POPULATION_WARY', 'BEING_ADDRESSED', [ids.lawyers]);
    // Closed as no longer relevant, and another region's entry: neither counts.
    await need('FUNDING', 'NO_LONGER_RELEVANT', [ids.care]);
    await need('FUNDING', 'OPEN', [ids.care], ALMATY);
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  it("says what each organization's needs and the other's profile give, explained, for the region's staff", async () => {
    const [lawyers, hall, silver] = await matches(ASTANA_STAFF, [
      [ids.care, ids.lawyers],
      [ids.care, ids.hall],
      [ids.care, ids.silver],
    ]);
    expect(lawyers).toMatchObject({ forOrganizationId: ids.care, otherOrganizationId: ids.lawyers, needsHidden: null });
    // The merged record's open need is the care centre's; pro bono lawyers answer it.
    expect(lawyers.needReasons?.map(({ kind, theme, answeredBy }) => ({ kind, theme, answeredBy }))).toEqual([
      { kind: 'OTHER_ANSWERS_NEED', theme: 'PROJECT_AND_GRANT_SKILLS', answeredBy: 'PRO_BONO' },
    ]);
    expect(lawyers.needReasons?.[0].explanation.en).toBe('This organization faces “Organizations lack project and grant skills”; the other can help: Pro bono (professionals).');
    expect(lawyers.needReasons?.[0].explanation.kk).toContain('Pro bono');
    expect(hall.needReasons?.map(({ kind, theme }) => [kind, theme])).toEqual([['OTHER_RESOLVED_NEED', 'NO_PLACE_TO_MEET']]);
    expect(silver.needReasons?.map(({ kind, theme }) => [kind, theme])).toEqual([['SHARED_NEED', 'NO_PLACE_TO_MEET']]);
    // Seen from the lawyers: the care centre's need is one they answer; the hall (MEDIA) answers the lawyers' wary population.
    const [fromLawyers, lawyersAndHall] = await matches(ADMIN, [
      [ids.lawyers, ids.care],
      [ids.lawyers, ids.hall],
    ]);
    expect(fromLawyers.needReasons?.map(({ kind, theme }) => [kind, theme])).toEqual([['ANSWERS_OTHERS_NEED', 'PROJECT_AND_GRANT_SKILLS']]);
    expect(lawyersAndHall.needReasons?.map(({ kind, theme, answeredBy }) => [kind, theme, answeredBy])).toEqual([['OTHER_ANSWERS_NEED', 'POPULATION_WARY', 'MEDIA']]);
  });

  it("reads the register as the register is read: analysts see the themes, another region's staff get null and why, partners without analytics:read are refused", async () => {
    const [analyst] = await matches(ANALYST, [[ids.care, ids.lawyers]]);
    expect(analyst.needReasons).toHaveLength(1);
    expect(await matches(ALMATY_STAFF, [[ids.care, ids.lawyers]])).toEqual([
      { forOrganizationId: ids.care, otherOrganizationId: ids.lawyers, needsHidden: 'OTHER_REGION', needReasons: null },
    ]);
    // A partner key without analytics:read reaches no analytics field, references included.
    const refused = await new GraphQLTestClient(subgraph.url, { identity: PARTNER_WITHOUT_ANALYTICS }).request(MATCHES, {
      representations: [{ __typename: 'CooperationMatch', forOrganizationId: ids.care, otherOrganizationId: ids.lawyers }],
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });
  });

  it('gives no reasons for an organization analytics has not heard of', async () => {
    const unknown = randomUUID();
    const [match] = await matches(ADMIN, [[ids.care, unknown]]);
    expect(match).toEqual({ forOrganizationId: ids.care, otherOrganizationId: unknown, needsHidden: null, needReasons: [] });
  });
});
