import { InsightDimension, InsightFamily, InsightMeasure } from '@birge/shared-reference';
import { planInsight, requestRollupFits } from './insight-plan';
import { familyStatements, splitBucket } from './insight-rollup-sql';

const NOW = new Date('2026-12-07T06:00:00Z');
const plan = (measures: InsightMeasure[], groupBy: InsightDimension[] = [], filter: Record<string, unknown> = {}) =>
  planInsight({ measures, groupBy, filter: { period: { quarter: '2026-Q3' }, ...filter } }, ['100000000'], NOW);

describe('splitBucket: whole months from the monthly figures, the edge days from the facts', () => {
  it('keeps a bucket of whole months whole', () => {
    expect(splitBucket({ key: '2026-Q3', since: '2026-07-01', until: '2026-10-01' })).toEqual({ key: '2026-Q3', wholeSince: '2026-07-01', wholeUntil: '2026-10-01', edges: [] });
  });

  it('cuts the partial months at both ends off as edges', () => {
    expect(splitBucket({ key: 'ALL', since: '2026-05-12', until: '2026-09-21' })).toEqual({
      key: 'ALL',
      wholeSince: '2026-06-01',
      wholeUntil: '2026-09-01',
      edges: [
        { since: '2026-05-12', until: '2026-06-01' },
        { since: '2026-09-01', until: '2026-09-21' },
      ],
    });
    // The default period: the last month runs to today.
    expect(splitBucket({ key: 'ALL', since: '2025-12-01', until: '2026-12-08' }).edges).toEqual([{ since: '2026-12-01', until: '2026-12-08' }]);
  });

  it('gives days within one month, or across one month boundary without a whole month, to the facts alone', () => {
    expect(splitBucket({ key: '2026-03', since: '2026-03-05', until: '2026-03-18' })).toEqual({
      key: '2026-03',
      wholeSince: '2026-03-18',
      wholeUntil: '2026-03-18',
      edges: [{ since: '2026-03-05', until: '2026-03-18' }],
    });
    expect(splitBucket({ key: 'ALL', since: '2026-03-20', until: '2026-04-10' }).edges).toEqual([{ since: '2026-03-20', until: '2026-04-10' }]);
    expect(splitBucket({ key: '2026-12', since: '2026-12-31', until: '2027-01-01' }).edges).toEqual([{ since: '2026-12-31', until: '2027-01-01' }]);
  });
});

describe('requestRollupFits and familyStatements', () => {
  it('answers the measures that add up from the monthly figures when grouped and filtered by place, time and the request', () => {
    const fit = plan([InsightMeasure.REQUESTS, InsightMeasure.OVERDUE_SHARE, InsightMeasure.RESOLUTION_HOURS_MEDIAN], [InsightDimension.REQUEST_SUBTYPE], {
      requestStatuses: ['NEW'],
    });
    expect(requestRollupFits(fit)).toBe(true);
    const statements = familyStatements(InsightFamily.REQUESTS, fit, { rollups: true });
    expect(statements.map((s) => s.measures)).toEqual([[InsightMeasure.REQUESTS, InsightMeasure.OVERDUE_SHARE], [InsightMeasure.RESOLUTION_HOURS_MEDIAN]]);
    expect(statements[0].sql).toContain('analytics.request_month_figures');
    expect(statements[1].sql).not.toContain('request_month_figures');
    // Switched off: one statement over the facts.
    expect(familyStatements(InsightFamily.REQUESTS, fit, { rollups: false }).map((s) => s.sql.includes('request_month_figures'))).toEqual([false]);
  });

  it('reads the facts when an organization dimension cuts the requests, or only medians are asked for', () => {
    expect(requestRollupFits(plan([InsightMeasure.REQUESTS], [InsightDimension.ORGANIZATION_KIND]))).toBe(false);
    expect(requestRollupFits(plan([InsightMeasure.REQUESTS], [], { directions: ['BILIM'] }))).toBe(false);
    expect(requestRollupFits(plan([InsightMeasure.RESOLUTION_HOURS_MEDIAN]))).toBe(false);
    expect(requestRollupFits(plan([InsightMeasure.RATINGS], [InsightDimension.DISTRICT, InsightDimension.MONTH]))).toBe(true);
  });
});
