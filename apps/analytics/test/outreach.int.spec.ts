import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { ContactKind, findRegion, OrganizationKind, Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, eventually, GraphQLTestClient, TestEvents, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const ABAI = '100000000';
const ASTANA = '710000000';
const ABAI_DISTRICTS = findRegion(ABAI)?.districts.map((d) => d.code) ?? [];
const [D1, D2] = ABAI_DISTRICTS;

const FIGURES = 'organizationCount toldCount toldShare toldInPeriodCount lastToldOn';
const OUTREACH = `query($filter: OutreachFilter) { outreach(filter: $filter) {
  period { from to } ${FIGURES}
  regions { region { code } ${FIGURES} }
  districts { region { code } district { code } ${FIGURES} }
  months { month organizationCount toldCount toldShare newlyToldCount }
} }`;

interface Figures {
  organizationCount: number;
  toldCount: number;
  toldShare: number | null;
  toldInPeriodCount: number;
  lastToldOn: string | null;
}
interface Outreach extends Figures {
  period: { from: string; to: string };
  regions: (Figures & { region: { code: string } })[];
  districts: (Figures & { region: { code: string }; district: { code: string } })[];
  months: { month: string; organizationCount: number; toldCount: number; toldShare: number | null; newlyToldCount: number }[];
}

const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const SPRING = { from: '2026-01-01', to: '2026-03-31' };

describe('analytics subgraph: outreach, the share of organizations told what the front office offers', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  let events: TestEvents;
  const as = (identity: Identity | null) => new GraphQLTestClient(subgraph.url, { identity });
  const outreach = async (filter: Record<string, unknown>, identity: Identity = ANALYST) => (await as(identity).data<{ outreach: Outreach }>(OUTREACH, { filter })).outreach;
  const ids = { ngo1: randomUUID(), ngo2: randomUUID(), group: randomUUID(), volunteer: randomUUID(), noDistrict: randomUUID(), astana: randomUUID(), merged: randomUUID() };

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    events = await TestEvents.start(db.url, subgraph.dataSource);
    const q = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params);
    const org = (id: string, kind: string, region: string, district: string | null, registered: string, merged: string | null = null) =>
      q(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, merged_into) VALUES ($1, $2, $3, $4, $5, $6)`, [
        id,
        kind,
        region,
        district,
        registered,
        merged,
      ]);
    await org(ids.ngo1, 'NGO', ABAI, D1, '2026-01-10T10:00:00Z');
    await org(ids.ngo2, 'NGO', ABAI, D1, '2026-02-10T10:00:00Z');
    await org(ids.group, 'INITIATIVE_GROUP', ABAI, D2, '2026-03-05T10:00:00Z');
    // An independent volunteer is a person: told or not, outreach does not count them.
    await org(ids.volunteer, 'INDEPENDENT_VOLUNTEER', ABAI, D1, '2026-01-05T10:00:00Z');
    await org(ids.noDistrict, 'INITIATIVE_GROUP', ABAI, null, '2026-01-05T10:00:00Z');
    await org(ids.astana, 'NGO', ASTANA, null, '2025-12-20T10:00:00Z');
    await org(ids.merged, 'NGO', ABAI, D1, '2026-01-11T10:00:00Z', ids.ngo1);
    const contact = (organization: string, region: string, district: string | null, on: string, told: boolean) =>
      q(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
         VALUES ($1, $2, $3, $4, 'MEETING', $5, $6)`,
        [randomUUID(), organization, region, district, on, told],
      );
    await contact(ids.ngo1, ABAI, D1, '2026-01-20', true);
    await contact(ids.ngo1, ABAI, D1, '2026-03-02', true);
    await contact(ids.ngo2, ABAI, D1, '2026-02-15', false);
    await contact(ids.group, ABAI, D2, '2026-03-10', true);
    await contact(ids.volunteer, ABAI, D1, '2026-01-06', true);
    await contact(ids.noDistrict, ABAI, null, '2025-11-01', true);
    await contact(ids.astana, ASTANA, null, '2026-04-02', true);
  });

  afterAll(async () => {
    await events?.stop();
    await subgraph?.stop();
    await db?.drop();
  });

  it('counts, per region and district, the organizations and groups known by the end of the period and those told of the offer', async () => {
    const result = await outreach({ regions: [ABAI], period: SPRING });
    expect(result.period).toEqual(SPRING);
    // ngo1, ngo2, the group and the one without a district; not the volunteer nor the record merged away.
    expect(result).toMatchObject({ organizationCount: 4, toldCount: 3, toldInPeriodCount: 2, lastToldOn: '2026-03-10' });
    expect(result.toldShare).toBeCloseTo(3 / 4);
    expect(result.regions).toEqual([{ region: { code: ABAI }, organizationCount: 4, toldCount: 3, toldShare: 0.75, toldInPeriodCount: 2, lastToldOn: '2026-03-10' }]);
    // Every district of the region, in the official order; the one without a district counts in the region only.
    expect(result.districts.map((d) => d.district.code)).toEqual(ABAI_DISTRICTS);
    expect(result.districts[0]).toEqual({
      region: { code: ABAI },
      district: { code: D1 },
      organizationCount: 2,
      toldCount: 1,
      toldShare: 0.5,
      toldInPeriodCount: 1,
      lastToldOn: '2026-03-02',
    });
    expect(result.districts[1]).toMatchObject({ district: { code: D2 }, organizationCount: 1, toldCount: 1, toldShare: 1 });
    expect(result.districts[2]).toMatchObject({ organizationCount: 0, toldCount: 0, toldShare: null, lastToldOn: null });
  });

  it('gives the figures as they stood at the end of the period, and a monthly trend with first-time tellings', async () => {
    const january = await outreach({ regions: [ABAI], districts: [D1], period: { month: '2026-01' } });
    expect(january).toMatchObject({ organizationCount: 1, toldCount: 1, lastToldOn: '2026-01-20' });
    expect(january.districts.map((d) => d.district.code)).toEqual([D1]);

    const spring = await outreach({ regions: [ABAI], period: SPRING });
    expect(spring.months).toEqual([
      // The group without a district was told in November, before it was registered in January: it counts from January.
      { month: '2026-01', organizationCount: 2, toldCount: 2, toldShare: 1, newlyToldCount: 2 },
      { month: '2026-02', organizationCount: 3, toldCount: 2, toldShare: 2 / 3, newlyToldCount: 0 },
      { month: '2026-03', organizationCount: 4, toldCount: 3, toldShare: 0.75, newlyToldCount: 1 },
    ]);
  });

  it('is the insights measures TOLD_ORGANIZATIONS and OUTREACH_SHARE, by district and by month', async () => {
    const { insights } = await as(ANALYST).data<{ insights: { rows: { keys: { code: string }[]; values: { measure: string; value: number | null }[] }[] } }>(
      `query($filter: InsightFilter) { insights(measures: [ORGANIZATIONS, TOLD_ORGANIZATIONS, OUTREACH_SHARE], groupBy: [MONTH], filter: $filter) {
        rows { keys { code } values { measure value } } } }`,
      { filter: { regions: [ABAI], districts: [D1], organizationKinds: ['NGO', 'INITIATIVE_GROUP'], period: SPRING } },
    );
    expect(insights.rows.map((row) => [row.keys[0].code, ...row.values.map((v) => v.value)])).toEqual([
      ['2026-01', 1, 1, 1],
      ['2026-02', 2, 1, 0.5],
      ['2026-03', 2, 1, 0.5],
    ]);
  });

  it("takes a contact logged with toldAboutOffer from the registry's event", async () => {
    const organizationId = randomUUID();
    await events.publish('registry.organization-registered', { organizationId, name: 'Astana readers', kind: OrganizationKind.NGO, regionCode: ASTANA, districtCode: null });
    const today = new Date().toISOString().slice(0, 10);
    const now = { from: today, to: today };
    await eventually(async () => ((await outreach({ regions: [ASTANA], period: now })).organizationCount === 2 ? true : undefined));
    await events.publish('registry.contact-logged', {
      contactId: randomUUID(),
      organizationId,
      regionCode: ASTANA,
      districtCode: null,
      kind: ContactKind.MEETING,
      occurredOn: today,
      toldAboutOffer: true,
    });
    const told = await eventually(async () => {
      const result = await outreach({ regions: [ASTANA], period: now });
      return result.toldInPeriodCount === 1 ? result : undefined;
    });
    expect(told).toMatchObject({ organizationCount: 2, toldCount: 2, toldShare: 1, lastToldOn: today });
  });

  it('refuses bad places and periods with a coded error naming the field, and keeps regional staff to their region', async () => {
    const error = async (filter: Record<string, unknown>) => (await as(ANALYST).request(OUTREACH, { filter })).errors?.[0].extensions;
    expect(await error({ regions: [ABAI], districts: ['711210000'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.districts', code: 'UNKNOWN_DISTRICT' })],
    });
    expect(await error({ period: { from: '2020-01-01', to: '2026-01-01' } })).toMatchObject({ fields: [expect.objectContaining({ field: 'filter.period', code: 'TOO_LONG' })] });
    const staff: Identity = { userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: ABAI };
    expect((await outreach({ period: SPRING }, staff)).regions.map((r) => r.region.code)).toEqual([ABAI]);
    const other = await as(staff).request(OUTREACH, { filter: { regions: [ASTANA] } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    expect((await as(null).request(OUTREACH, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
