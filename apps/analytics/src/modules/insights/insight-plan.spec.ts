import { InsightDimension as D, InsightFamily, InsightMeasure as M, REGION_CODES, findRegion } from '@birge/shared-reference';
import type { InsightFilter } from './dto/insight-filter.input';
import { planInsight, type InsightRequest } from './insight-plan';
import { familyStatement, timeBuckets, totalInSameScan } from './insight-sql';

const NOW = new Date('2026-03-15T10:00:00Z');
const ALL = [...REGION_CODES];
const ABAI = '100000000';
const plan = (measures: M[], groupBy: D[] = [], filter: InsightFilter = {}, regions = ALL) => planInsight({ measures, groupBy, filter } as InsightRequest, regions, NOW);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fields: { field: string; code: string; message: string }[] }).fields[0];
  }
  throw new Error('did not throw');
};

describe('planning an analytics query', () => {
  it('keeps the families of the measures asked for, and the filters given', () => {
    const p = plan([M.REQUESTS, M.ORGANIZATIONS, M.OVERDUE_SHARE], [D.REGION], { organizationKinds: ['NGO'] as never, requestStatuses: [] });
    expect(p.families).toEqual([InsightFamily.REQUESTS, InsightFamily.ORGANIZATIONS]);
    expect(p.dimensionFilters).toEqual({ organizationKinds: ['NGO'] });
  });

  it('refuses what cannot be answered, naming the argument', () => {
    expect(refusal(() => plan([]))).toMatchObject({ field: 'measures', code: 'EMPTY' });
    expect(refusal(() => plan([M.REQUESTS, M.REQUESTS]))).toMatchObject({ field: 'measures', code: 'DUPLICATE' });
    expect(refusal(() => plan(Object.values(M)))).toMatchObject({ field: 'measures', code: 'TOO_MANY_MEASURES' });
    expect(refusal(() => plan([M.REQUESTS], [D.REGION, D.MONTH, D.YEAR]))).toMatchObject({ field: 'groupBy', code: 'TOO_MANY_DIMENSIONS' });
    expect(refusal(() => plan([M.REQUESTS], [D.MONTH, D.QUARTER]))).toMatchObject({ field: 'groupBy', code: 'TWO_TIME_DIMENSIONS' });
    expect(refusal(() => plan([M.REQUESTS], [D.REGION, D.REGION]))).toMatchObject({ field: 'groupBy', code: 'DUPLICATE' });
    expect(refusal(() => plan([M.ORGANIZATIONS, M.REQUESTS], [D.REQUEST_STATUS]))).toMatchObject({ field: 'groupBy', code: 'NOT_APPLICABLE' });
    expect(refusal(() => plan([M.TRAININGS_HELD], [D.DISTRICT]))).toMatchObject({ field: 'groupBy', code: 'NOT_APPLICABLE' });
    expect(refusal(() => plan([M.COVERED_DISTRICTS], [], { directions: ['BILIM'] as never }))).toMatchObject({ field: 'filter.directions', code: 'NOT_APPLICABLE' });
    expect(refusal(() => plan([M.REQUESTS], [], { regions: ['999'] }))).toMatchObject({ field: 'filter.regions', code: 'UNKNOWN_REGION' });
    expect(refusal(() => plan([M.REQUESTS], [], { districts: ['1'] }))).toMatchObject({ field: 'filter.districts', code: 'UNKNOWN_DISTRICT' });
  });

  it('refuses a grouping that could give more rows than a table holds, before anything runs', () => {
    expect(refusal(() => plan([M.REQUESTS], [D.DISTRICT, D.MONTH]))).toMatchObject({ field: 'groupBy', code: 'TOO_MANY_GROUPS' });
    // One region's districts by month fit.
    expect(plan([M.REQUESTS], [D.DISTRICT, D.MONTH], {}, [ABAI]).groupBy).toEqual([D.DISTRICT, D.MONTH]);
  });

  it('builds one statement per family, joining organizations only when an organization dimension is used, and binding every value', () => {
    const plain = familyStatement(InsightFamily.REQUESTS, plan([M.REQUESTS], [D.REGION]));
    expect(plain.sql).not.toContain('organization_fact');
    const district = findRegion(ABAI)?.districts[0].code as string;
    const cut = familyStatement(InsightFamily.REQUESTS, plan([M.REQUESTS], [D.DIRECTION], { districts: [district], requestStatuses: ['NEW'] as never }));
    expect(cut.sql).toContain('JOIN analytics.organization_fact o');
    expect(cut.sql).toContain('CROSS JOIN LATERAL unnest');
    expect(cut.sql).not.toContain(district);
    expect(cut.params).toContainEqual([district]);
    expect(cut.params).toContainEqual(['NEW']);
  });

  it('takes the total from the grouped scan only where every fact counts in one group', () => {
    const byRegion = plan([M.REQUESTS], [D.REGION]);
    expect(totalInSameScan(InsightFamily.REQUESTS, byRegion)).toBe(true);
    expect(familyStatement(InsightFamily.REQUESTS, byRegion, { withTotal: true }).sql).toContain('GROUPING SETS');
    expect(totalInSameScan(InsightFamily.REQUESTS, plan([M.REQUESTS], [D.DIRECTION]))).toBe(false);
    expect(totalInSameScan(InsightFamily.ORGANIZATIONS, plan([M.ORGANIZATIONS], [D.MONTH]))).toBe(false);
    expect(totalInSameScan(InsightFamily.REQUESTS, plan([M.REQUESTS], [D.MONTH]))).toBe(true);
  });

  it('cuts time into buckets clipped to the period', () => {
    const p = plan([M.REQUESTS], [D.QUARTER], { period: { from: '2026-02-10', to: '2026-04-05' } });
    expect(timeBuckets(p)).toEqual([
      { key: '2026-Q1', since: '2026-02-10', until: '2026-04-01' },
      { key: '2026-Q2', since: '2026-04-01', until: '2026-04-06' },
    ]);
    expect(timeBuckets({ ...p, groupBy: [] })).toEqual([{ key: 'ALL', since: '2026-02-10', until: '2026-04-06' }]);
  });
});
