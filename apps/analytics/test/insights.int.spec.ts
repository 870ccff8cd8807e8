import { startSubgraph, type RunningSubgraph } from '@birge/server-kit';
import { findRegion, REGION_CODES, ReportFieldType, Role, type Identity } from '@birge/shared-reference';
import { createTestDatabase, GraphQLTestClient, type TestDatabase } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import type { AnalyticsServices } from '../src/analytics.context';
import { analyticsSubgraph } from '../src/analytics.subgraph';
import { checkSections } from '../src/modules/report-forms/report-form.rules';

const ABAI = '100000000';
const ASTANA = '710000000';
const ABAI_DISTRICTS = findRegion(ABAI)?.districts.map((d) => d.code) ?? [];
const [D1, D2, D3] = ABAI_DISTRICTS;
const ALMATY_CITY = '750000000';

interface Row {
  keys: { dimension: string; code: string; label: { kk: string; en: string } }[];
  values: { measure: string; value: number | null }[];
  regionContext: {
    region: { code: string };
    openNeedCount: number;
    openNeeds: { id: string }[];
    lastReportNarrative: string | null;
    lastReportPeriod: string | null;
    personalDataHidden: string | null;
  } | null;
}
interface Table {
  period: { from: string; to: string };
  rows: Row[];
  total: Row;
}

const ROW = `keys { dimension code label { kk en } } values { measure value }
  regionContext { region { code } openNeedCount openNeeds { id } lastReportNarrative lastReportPeriod personalDataHidden }`;
const TABLE = `period { from to } rows { ${ROW} } total { ${ROW} }`;
const INSIGHTS = `query($measures: [InsightMeasure!]!, $groupBy: [InsightDimension!], $filter: InsightFilter) {
  insights(measures: $measures, groupBy: $groupBy, filter: $filter) { ${TABLE} } }`;
const DRILL = `query($region: ID!, $measures: [InsightMeasure!]!, $thenBy: InsightDimension, $filter: InsightFilter) {
  insightDrillDown(region: $region, measures: $measures, thenBy: $thenBy, filter: $filter) { ${TABLE} } }`;
const SERIES = `query($measures: [InsightMeasure!]!, $splitBy: InsightDimension, $filter: InsightFilter) {
  insightSeries(measures: $measures, splitBy: $splitBy, filter: $filter) {
    months lines { key { code } points { month values { measure value } } regionContext { region { code } } } } }`;

const ANALYST: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const value = (row: Row | undefined, measure: string) => row?.values.find((v) => v.measure === measure)?.value;
const keyed = (table: Table, ...codes: string[]) => table.rows.find((row) => row.keys.map((k) => k.code).join('/') === codes.join('/'));

describe('analytics subgraph: the analytics API over hand-inserted facts', () => {
  let db: TestDatabase;
  let subgraph: RunningSubgraph<AnalyticsServices>;
  const as = (identity: Identity | null) => new GraphQLTestClient(subgraph.url, { identity });
  const table = async (variables: Record<string, unknown>, identity: Identity = ANALYST) => (await as(identity).data<{ insights: Table }>(INSIGHTS, variables)).insights;

  const organizations = { ngoAbai1: randomUUID(), ngoAbai2: randomUUID(), groupAbai: randomUUID(), ngoAstana: randomUUID(), merged: randomUUID() };

  beforeAll(async () => {
    db = await createTestDatabase();
    subgraph = await startSubgraph(analyticsSubgraph, { DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const q = (sql: string, params: unknown[] = []) => subgraph.dataSource.query(sql, params);
    const org = (id: string, kind: string, region: string, district: string | null, registered: string, extra: { legal?: string; directions?: string[]; merged?: string } = {}) =>
      q(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, legal_form, directions, merged_into)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, kind, region, district, registered, extra.legal ?? null, extra.directions ?? [], extra.merged ?? null],
      );
    await org(organizations.ngoAbai1, 'NGO', ABAI, D1, '2026-01-10T10:00:00Z', { legal: 'PUBLIC_ASSOCIATION', directions: ['TAZA_ALEM', 'QAMQOR'] });
    await org(organizations.ngoAbai2, 'NGO', ABAI, D2, '2026-02-10T10:00:00Z', { legal: 'PUBLIC_FOUNDATION', directions: ['QAMQOR'] });
    await org(organizations.groupAbai, 'INITIATIVE_GROUP', ABAI, D1, '2026-03-05T10:00:00Z');
    await org(organizations.ngoAstana, 'NGO', ASTANA, null, '2025-12-20T10:00:00Z');
    await org(organizations.merged, 'NGO', ABAI, D1, '2026-01-11T10:00:00Z', { merged: organizations.ngoAbai1 });
    await q(
      `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at) VALUES ($1, 'VERIFIED', now(), now()), ($2, 'IN_REVIEW', NULL, now())`,
      [organizations.ngoAbai1, organizations.ngoAbai2],
    );
    const request = (organizationId: string, region: string, subtype: string, status: string, submitted: string, extra: Record<string, unknown> = {}) =>
      q(
        `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at, outcome, version,
           due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
         VALUES ($1, $2, $3, 'CONSULTATIVE', $4, $5, $6, $7, 1, $8, $9, $10, $11, $12, $13)`,
        [
          randomUUID(),
          organizationId,
          region,
          subtype,
          status,
          submitted,
          extra.outcome ?? null,
          extra.due ?? null,
          extra.firstResponse ?? null,
          extra.resolved ?? null,
          extra.rating ?? null,
          extra.referrals ?? 0,
          extra.answered ?? 0,
        ],
      );
    // Abai, February: resolved after 10 h (first response after 2 h), resolved after 30 h (first response 4 h), one still open and overdue.
    await request(organizations.ngoAbai1, ABAI, 'ORGANIZATION_REGISTRATION', 'RESOLVED', '2026-02-01T00:00:00Z', {
      outcome: 'ORGANIZATION_REGISTERED',
      firstResponse: '2026-02-01T02:00:00Z',
      resolved: '2026-02-01T10:00:00Z',
      due: '2026-02-05T00:00:00Z',
      rating: 5,
      referrals: 2,
      answered: 1,
    });
    await request(organizations.ngoAbai2, ABAI, 'ORGANIZATION_REGISTRATION', 'RESOLVED', '2026-02-02T00:00:00Z', {
      outcome: 'ORGANIZATION_REGISTERED',
      firstResponse: '2026-02-02T04:00:00Z',
      resolved: '2026-02-03T06:00:00Z',
      due: '2026-02-03T00:00:00Z',
      rating: 3,
    });
    await request(organizations.groupAbai, ABAI, 'GRANTS_AND_PROGRAMMES', 'IN_PROGRESS', '2026-03-10T00:00:00Z', { due: '2026-03-12T00:00:00Z', referrals: 1 });
    // Astana, outside the period asked below.
    await request(organizations.ngoAstana, ASTANA, 'ORGANIZATION_REGISTRATION', 'NEW', '2025-11-10T00:00:00Z');
    await q(
      `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
       VALUES ($1, $2, $3, $4, 'MEETING', '2026-02-15', true), ($5, $2, $3, $4, 'CALL', '2026-03-01', false)`,
      [randomUUID(), organizations.ngoAbai1, ABAI, D1, randomUUID()],
    );
    await q(
      `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at)
       VALUES ($1, $2, '2026-02-20T09:00:00Z', 'SCHEDULED', 30, 20, 15, now()), ($3, $2, '2026-03-20T09:00:00Z', 'CANCELLED', 10, 4, 0, now())`,
      [randomUUID(), ABAI, randomUUID()],
    );
    await q(
      `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status)
       VALUES ($1, $2, 'ROOM', $3, $4, '2026-02-10T09:00:00Z', '2026-02-10T12:00:00Z', 'CONFIRMED'),
              ($5, $2, 'ROOM', $3, $4, '2026-02-11T09:00:00Z', '2026-02-11T12:00:00Z', 'CANCELLED')`,
      [randomUUID(), randomUUID(), organizations.ngoAbai2, ABAI, randomUUID()],
    );
    await q(
      `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, created_by, version)
       VALUES ($1, 'LOCAL_EXECUTIVE_RELATIONS', 'MOVEMENT', 'No room for winter trainings', '2026-01-05', 'OPEN', 'staff', 1),
              ($1, 'LOCAL_EXECUTIVE_RELATIONS', 'MOVEMENT', 'Settled', '2026-01-05', 'RESOLVED', 'staff', 1)`,
      [ABAI],
    );
    // Abai's reports: an older accepted one, the last accepted one, and a newer one still submitted (not yet accepted).
    const [form] = await q(
      `INSERT INTO analytics.report_form (title, period_type, first_period, region_codes, due_days, on_time_window_days, current_version, created_by, revision)
       VALUES ('{"kk":"Есеп","ru":"Отчёт","en":"Report"}', 'QUARTER', '2025-Q1', ARRAY[$1], 15, 5, 1, 'admin', 1) RETURNING id`,
      [ABAI],
    );
    // The version's sections as the service stores them: the design with its defaults.
    const named = (key: string) => ({ kk: key, ru: key, en: key });
    const field = (key: string, type: ReportFieldType) => ({ key, type, label: named(key) });
    const sections = checkSections([
      { key: 's', title: named('s'), fields: [field('summary', ReportFieldType.TEXT), field('count', ReportFieldType.NUMBER), field('problems', ReportFieldType.TEXT)] },
    ]);
    await q(`INSERT INTO analytics.report_form_version (form_id, version, sections, created_by) VALUES ($1, 1, $2, 'admin')`, [form.id, JSON.stringify(sections)]);
    const report = (period: string, status: string, acceptedAt: string | null, answers: object) =>
      q(
        `INSERT INTO analytics.report (form_id, form_version, region_code, period, status, answers, accepted_at, created_by, version) VALUES ($1, 1, $2, $3, $4, $5, $6, 'staff', 1)`,
        [form.id, ABAI, period, status, JSON.stringify(answers), acceptedAt],
      );
    await report('2025-Q3', 'ACCEPTED', '2025-10-10T00:00:00Z', { summary: { text: 'Old quarter' } });
    await report('2025-Q4', 'ACCEPTED', '2026-01-10T00:00:00Z', { summary: { text: 'Winter work with schools' }, count: { number: 3 }, problems: { text: 'No room in Semey' } });
    await report('2026-Q1', 'SUBMITTED', null, { summary: { text: 'Not accepted yet' } });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await db?.drop();
  });

  const Q1 = { period: { quarter: '2026-Q1' } };

  it('counts organizations as a stock by region, with the verified share, merged records left out', async () => {
    const result = await table({ measures: ['ORGANIZATIONS', 'NEW_ORGANIZATIONS', 'VERIFIED_SHARE'], groupBy: ['REGION'], filter: Q1 });
    expect(result.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // Every region is a row, those without a fact too (zeros; a share of nothing is unknown).
    expect(result.rows.map((row) => row.keys[0].code)).toEqual([...REGION_CODES]);
    expect(value(keyed(result, ALMATY_CITY), 'ORGANIZATIONS')).toBe(0);
    expect(value(keyed(result, ALMATY_CITY), 'VERIFIED_SHARE')).toBeNull();
    expect(keyed(result, ALMATY_CITY)?.regionContext).toMatchObject({ region: { code: ALMATY_CITY }, openNeedCount: 0 });
    const abai = keyed(result, ABAI);
    expect(value(abai, 'ORGANIZATIONS')).toBe(3);
    expect(value(abai, 'NEW_ORGANIZATIONS')).toBe(3);
    expect(value(abai, 'VERIFIED_SHARE')).toBeCloseTo(1 / 3);
    expect(value(keyed(result, ASTANA), 'ORGANIZATIONS')).toBe(1);
    expect(value(keyed(result, ASTANA), 'NEW_ORGANIZATIONS')).toBe(0);
    expect(value(result.total, 'ORGANIZATIONS')).toBe(4);
    expect(abai?.keys[0].label.en).toBe(findRegion(ABAI)?.name.en);
  });

  it("serves each region's open needs beside its figures (never a ranking)", async () => {
    const result = await table({ measures: ['ORGANIZATIONS'], groupBy: ['REGION'], filter: Q1 });
    const abai = keyed(result, ABAI);
    expect(abai?.regionContext).toMatchObject({ region: { code: ABAI }, openNeedCount: 1, lastReportPeriod: '2025-Q4' });
    expect(abai?.regionContext?.openNeeds).toHaveLength(1);
    expect(keyed(result, ASTANA)?.regionContext).toMatchObject({ openNeedCount: 0, lastReportNarrative: null, lastReportPeriod: null });
    expect(result.total.regionContext).toBeNull();
    // The narrative is the front office's free text: its staff read it, analysts are told why they do not.
    expect(abai?.regionContext?.lastReportNarrative).toBeNull();
    expect(abai?.regionContext?.personalDataHidden).toBe('PERSONAL_DATA_HIDDEN_FOR_ROLE');
    const staff = await table({ measures: ['ORGANIZATIONS'], groupBy: ['REGION'], filter: Q1 }, { userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: ABAI });
    expect(keyed(staff, ABAI)?.regionContext?.lastReportNarrative).toBe('Winter work with schools\n\nNo room in Semey');
  });

  it('gives the stock at the end of each month, and counts an organization once per direction', async () => {
    const byMonth = await table({ measures: ['ORGANIZATIONS', 'NEW_ORGANIZATIONS'], groupBy: ['MONTH'], filter: { ...Q1, regions: [ABAI] } });
    expect(byMonth.rows.map((row) => [row.keys[0].code, value(row, 'ORGANIZATIONS'), value(row, 'NEW_ORGANIZATIONS')])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 2, 1],
      ['2026-03', 3, 1],
    ]);
    const byDirection = await table({ measures: ['ORGANIZATIONS'], groupBy: ['DIRECTION'], filter: { ...Q1, regions: [ABAI] } });
    expect(Object.fromEntries(byDirection.rows.map((row) => [row.keys[0].code, value(row, 'ORGANIZATIONS')]))).toEqual({ TAZA_ALEM: 1, QAMQOR: 2, NONE: 1 });
    // An organization counts in each of its directions, but once in the total.
    expect(value(byDirection.total, 'ORGANIZATIONS')).toBe(3);
    const socialNgos = await table({ measures: ['ORGANIZATIONS'], filter: { ...Q1, directions: ['QAMQOR'], legalForms: ['PUBLIC_FOUNDATION'] } });
    expect(value(socialNgos.total, 'ORGANIZATIONS')).toBe(1);
  });

  it('computes request counts, overdue share, medians and 90th percentiles of response and resolution, referrals and ratings', async () => {
    const result = await table({
      measures: ['REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_SHARE', 'FIRST_RESPONSE_HOURS_MEDIAN', 'RESOLUTION_HOURS_P90', 'REFERRAL_ANSWER_SHARE', 'RATING_AVERAGE', 'RATINGS'],
      groupBy: ['REGION'],
      filter: Q1,
    });
    const abai = keyed(result, ABAI);
    expect(value(abai, 'REQUESTS')).toBe(3);
    expect(value(abai, 'OPEN_REQUESTS')).toBe(1);
    // The second was resolved after its due date, the third is open past it.
    expect(value(abai, 'OVERDUE_SHARE')).toBeCloseTo(2 / 3);
    expect(value(abai, 'FIRST_RESPONSE_HOURS_MEDIAN')).toBeCloseTo(3);
    // 10 h and 30 h: the 90th percentile (linear) is 28 h.
    expect(value(abai, 'RESOLUTION_HOURS_P90')).toBeCloseTo(28);
    expect(value(abai, 'REFERRAL_ANSWER_SHARE')).toBeCloseTo(1 / 3);
    expect(value(abai, 'RATING_AVERAGE')).toBeCloseTo(4);
    expect(value(abai, 'RATINGS')).toBe(2);
    // Astana's only request is from before the period: a row of zeros, and no median to tell.
    expect(value(keyed(result, ASTANA), 'REQUESTS')).toBe(0);
    expect(value(keyed(result, ASTANA), 'FIRST_RESPONSE_HOURS_MEDIAN')).toBeNull();
    expect(value(keyed(result, ASTANA), 'RATING_AVERAGE')).toBeNull();
    // The total comes from the same scan (grouping sets): the same figures over every region.
    expect(value(result.total, 'REQUESTS')).toBe(3);
    expect(value(result.total, 'RESOLUTION_HOURS_P90')).toBeCloseTo(28);
    const byMonth = await table({ measures: ['REQUESTS', 'FIRST_RESPONSE_HOURS_MEDIAN'], groupBy: ['MONTH'], filter: Q1 });
    expect(byMonth.rows.map((row) => [row.keys[0].code, value(row, 'REQUESTS')])).toEqual([
      ['2026-02', 2],
      ['2026-03', 1],
    ]);
    expect(value(byMonth.total, 'REQUESTS')).toBe(3);
    expect(value(byMonth.total, 'FIRST_RESPONSE_HOURS_MEDIAN')).toBeCloseTo(3);
  });

  it('groups requests by two dimensions and filters them by request and organization dimensions', async () => {
    const result = await table({ measures: ['REQUESTS'], groupBy: ['REQUEST_SUBTYPE', 'ORGANIZATION_KIND'], filter: { ...Q1, regions: [ABAI] } });
    expect(result.rows.map((row) => [...row.keys.map((k) => k.code), value(row, 'REQUESTS')])).toEqual([
      ['ORGANIZATION_REGISTRATION', 'NGO', 2],
      ['GRANTS_AND_PROGRAMMES', 'INITIATIVE_GROUP', 1],
    ]);
    const resolvedOfNgos = await table({ measures: ['REQUESTS'], filter: { ...Q1, requestStatuses: ['RESOLVED'], organizationKinds: ['NGO'] } });
    expect(value(resolvedOfNgos.total, 'REQUESTS')).toBe(2);
  });

  it("drills from a region into its districts, with coverage of every district and the region's context on each row", async () => {
    const { insightDrillDown } = await as(ANALYST).data<{ insightDrillDown: Table }>(DRILL, {
      region: ABAI,
      measures: ['ORGANIZATIONS', 'COVERED_DISTRICTS', 'DISTRICTS', 'CONTACTS'],
      filter: Q1,
    });
    expect(insightDrillDown.rows.filter((row) => value(row, 'DISTRICTS') === 1)).toHaveLength(ABAI_DISTRICTS.length);
    const d1 = keyed(insightDrillDown, D1);
    expect(value(d1, 'ORGANIZATIONS')).toBe(2);
    expect(value(d1, 'COVERED_DISTRICTS')).toBe(1);
    expect(value(d1, 'CONTACTS')).toBe(2);
    expect(value(keyed(insightDrillDown, D2), 'COVERED_DISTRICTS')).toBe(0);
    expect(insightDrillDown.rows.every((row) => row.regionContext?.region.code === ABAI)).toBe(true);
    expect(value(insightDrillDown.total, 'DISTRICTS')).toBe(ABAI_DISTRICTS.length);
    // Every district is a row, one without any fact too.
    expect(insightDrillDown.rows.map((row) => row.keys[0].code)).toEqual(ABAI_DISTRICTS);
    expect(value(keyed(insightDrillDown, D3), 'ORGANIZATIONS')).toBe(0);
    expect(value(keyed(insightDrillDown, D3), 'CONTACTS')).toBe(0);
  });

  it('gives every region in scope a row of each value of the second dimension, and only the regions of the districts asked for', async () => {
    const byMonth = await table({ measures: ['REQUESTS', 'RESOLUTION_HOURS_MEDIAN'], groupBy: ['REGION', 'MONTH'], filter: { ...Q1, regions: [ABAI, ASTANA] } });
    expect(byMonth.rows.map((row) => [...row.keys.map((k) => k.code), value(row, 'REQUESTS')])).toEqual([
      [ABAI, '2026-01', 0],
      [ABAI, '2026-02', 2],
      [ABAI, '2026-03', 1],
      [ASTANA, '2026-01', 0],
      [ASTANA, '2026-02', 0],
      [ASTANA, '2026-03', 0],
    ]);
    expect(value(keyed(byMonth, ASTANA, '2026-02'), 'RESOLUTION_HOURS_MEDIAN')).toBeNull();
    const byKind = await table({ measures: ['ORGANIZATIONS'], groupBy: ['REGION', 'ORGANIZATION_KIND'], filter: { ...Q1, regions: [ASTANA] } });
    expect(byKind.rows.map((row) => [row.keys[1].code, value(row, 'ORGANIZATIONS')])).toEqual([
      ['NGO', 1],
      ['INITIATIVE_GROUP', 0],
      ['INDEPENDENT_VOLUNTEER', 0],
    ]);
    const ofDistricts = await table({ measures: ['ORGANIZATIONS'], groupBy: ['DISTRICT'], filter: { ...Q1, regions: [ABAI], districts: [D2, D3] } });
    expect(ofDistricts.rows.map((row) => [row.keys[0].code, value(row, 'ORGANIZATIONS')])).toEqual([
      [D2, 1],
      [D3, 0],
    ]);
    const regionsOfDistricts = await table({ measures: ['ORGANIZATIONS'], groupBy: ['REGION'], filter: { ...Q1, districts: [D2] } });
    expect(regionsOfDistricts.rows.map((row) => [row.keys[0].code, value(row, 'ORGANIZATIONS')])).toEqual([[ABAI, 1]]);
    // Without a place dimension, only the groups with facts are rows.
    const bySubtype = await table({ measures: ['REQUESTS'], groupBy: ['REQUEST_SUBTYPE'], filter: { ...Q1, regions: [ASTANA] } });
    expect(bySubtype.rows).toEqual([]);
  });

  it('counts trainings held (not cancelled ones) with attendance, and confirmed bookings in hours', async () => {
    const result = await table({ measures: ['TRAININGS_HELD', 'TRAINING_SEATS', 'TRAINING_ATTENDANCE_RATE', 'BOOKINGS', 'BOOKED_HOURS'], filter: { ...Q1, regions: [ABAI] } });
    expect(value(result.total, 'TRAININGS_HELD')).toBe(1);
    expect(value(result.total, 'TRAINING_SEATS')).toBe(30);
    expect(value(result.total, 'TRAINING_ATTENDANCE_RATE')).toBeCloseTo(0.75);
    expect(value(result.total, 'BOOKINGS')).toBe(1);
    expect(value(result.total, 'BOOKED_HOURS')).toBeCloseTo(3);
  });

  it('gives a monthly series with every month, split by region', async () => {
    const { insightSeries } = await as(ANALYST).data<{
      insightSeries: {
        months: string[];
        lines: { key: { code: string }; points: { month: string; values: { value: number }[] }[]; regionContext: { region: { code: string } } }[];
      };
    }>(SERIES, { measures: ['REQUESTS'], splitBy: 'REGION', filter: { period: { from: '2026-01-15', to: '2026-03-10' }, regions: [ABAI, ASTANA] } });
    expect(insightSeries.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(insightSeries.lines.map((line) => line.key.code)).toEqual([ABAI, ASTANA]);
    expect(insightSeries.lines[0].points.map((p) => p.values[0].value)).toEqual([0, 2, 1]);
    expect(insightSeries.lines[1].points.map((p) => p.values[0].value)).toEqual([0, 0, 0]);
    expect(insightSeries.lines[0].regionContext.region.code).toBe(ABAI);
  });

  it('refuses invalid combinations with BAD_USER_INPUT naming the argument', async () => {
    const error = async (query: string, variables: Record<string, unknown>) => (await as(ANALYST).request(query, variables)).errors?.[0].extensions;
    expect(await error(INSIGHTS, { measures: ['ORGANIZATIONS'], groupBy: ['REQUEST_STATUS'] })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_APPLICABLE' });
    expect(await error(INSIGHTS, { measures: ['TRAININGS_HELD'], filter: { organizationKinds: ['NGO'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'filter.organizationKinds' })],
    });
    expect(await error(INSIGHTS, { measures: ['REQUESTS'], filter: { period: { month: '2026-01', year: 2026 } } })).toMatchObject({
      fields: [expect.objectContaining({ field: 'filter.period', code: 'ONE_PERIOD_FORM' })],
    });
    expect(await error(INSIGHTS, { measures: ['REQUESTS'], groupBy: ['DISTRICT', 'MONTH'], filter: { period: { year: 2026 } } })).toMatchObject({
      fields: [expect.objectContaining({ field: 'groupBy', code: 'TOO_MANY_GROUPS' })],
    });
    expect(await error(SERIES, { measures: ['REQUESTS'], splitBy: 'QUARTER' })).toMatchObject({ fields: [expect.objectContaining({ field: 'splitBy' })] });
  });

  it('keeps regional staff to their own region and refuses partner keys without analytics:read', async () => {
    const staff: Identity = { userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: ABAI };
    const own = await table({ measures: ['ORGANIZATIONS'], groupBy: ['REGION'], filter: Q1 }, staff);
    expect(own.rows.map((row) => row.keys[0].code)).toEqual([ABAI]);
    const other = await as(staff).request(INSIGHTS, { measures: ['ORGANIZATIONS'], filter: { regions: [ASTANA] } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGION' });
    const registryKey = await as({ userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'key' }).request(INSIGHTS, {
      measures: ['ORGANIZATIONS'],
    });
    expect(registryKey.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });
    const analyticsKey = await as({ userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['analytics:read'], keyId: 'key' }).request(INSIGHTS, {
      measures: ['ORGANIZATIONS'],
    });
    expect(analyticsKey.errors).toBeUndefined();
  });
});
