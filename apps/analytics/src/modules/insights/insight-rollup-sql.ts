import { INSIGHT_MEASURE_FAMILY, InsightDimension, InsightFamily, InsightMeasure } from '@birge/shared-reference';
import { OPEN_STATUSES_SQL } from '../overview/open-statuses.sql';
import { REQUEST_ROLLUP_MEASURES, requestRollupFits, type FilterDimensionField, type InsightPlan } from './insight-plan';
import { dimensionSql, familyStatement, FILTER_SQL, OVERDUE, Params, SOURCES, timeBuckets, totalInSameScan, type InsightStatement, type TimeBucket } from './insight-sql';

/** A bucket cut into the whole months it holds (from the monthly figures) and the days at its edges (from the facts). */
export interface SplitBucket {
  key: string;
  /** First day of the first whole month and of the month after the last one; equal (to `until`) when there is none. */
  wholeSince: string;
  wholeUntil: string;
  /** Day ranges outside the whole months, [since, until). */
  edges: { since: string; until: string }[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonthStart = (day: string) => {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
};

/** Splits a bucket [since, until) of UTC days into its whole months and its edges. */
export function splitBucket(bucket: TimeBucket): SplitBucket {
  const wholeSince = bucket.since.endsWith('-01') ? bucket.since : nextMonthStart(bucket.since);
  const wholeUntil = monthStart(bucket.until);
  if (wholeSince >= wholeUntil) return { key: bucket.key, wholeSince: bucket.until, wholeUntil: bucket.until, edges: [{ since: bucket.since, until: bucket.until }] };
  const edges = [
    { since: bucket.since, until: wholeSince },
    { since: wholeUntil, until: bucket.until },
  ].filter((edge) => edge.since < edge.until);
  return { key: bucket.key, wholeSince, wholeUntil, edges };
}

/** The columns of request_month_figures each rollup dimension reads. */
const ROLLUP_COLUMNS: Partial<Record<InsightDimension, string>> = {
  REGION: 'f.region_code',
  DISTRICT: 'f.district_code',
  MONTH: 'b.key',
  QUARTER: 'b.key',
  YEAR: 'b.key',
  REQUEST_TYPE: 'f.type',
  REQUEST_SUBTYPE: 'f.subtype',
  REQUEST_STATUS: 'f.status',
  REQUEST_OUTCOME: 'f.outcome',
};
const ROLLUP_FILTERS: Partial<Record<FilterDimensionField, string>> = {
  requestTypes: 'f.type',
  requestSubtypes: 'f.subtype',
  requestStatuses: 'f.status',
  requestOutcomes: 'f.outcome',
};

/** The parts' components, in order: count, open, resolved, overdue, referrals, answered referrals, ratings, sum of ratings. */
const COMPONENTS = ['n', 'open', 'resolved', 'overdue', 'referrals', 'answered', 'ratings', 'rating_sum'] as const;

/** Each measure over the components (the same arithmetic, and so the same numbers, as MEASURE_SQL over the facts). */
const ROLLUP_MEASURE_SQL: Partial<Record<InsightMeasure, string>> = {
  REQUESTS: 'coalesce(sum(p.n), 0)',
  OPEN_REQUESTS: 'coalesce(sum(p.open), 0)',
  RESOLVED_REQUESTS: 'coalesce(sum(p.resolved), 0)',
  OVERDUE_REQUESTS: 'coalesce(sum(p.overdue), 0)',
  OVERDUE_SHARE: 'sum(p.overdue)::float8 / NULLIF(sum(p.n), 0)::float8',
  REFERRALS: 'coalesce(sum(p.referrals), 0)',
  ANSWERED_REFERRALS: 'coalesce(sum(p.answered), 0)',
  REFERRAL_ANSWER_SHARE: 'sum(p.answered)::float8 / NULLIF(sum(p.referrals), 0)::float8',
  RATINGS: 'coalesce(sum(p.ratings), 0)',
  // avg() of the facts divides the sum by the count as numeric: the same division here.
  RATING_AVERAGE: '(sum(p.rating_sum)::numeric / NULLIF(sum(p.ratings), 0)::numeric)::float8',
};

/**
 * The request measures that add up, for a plan that requestRollupFits: whole months from
 * request_month_figures, the days at a period's edges from the facts, plus the one reading that
 * moves with the clock (an open request turns overdue when its due time passes) from the open
 * requests of the whole months. One statement: the parts are summed by group, then each measure
 * computed as over the facts. With `withTotal`, the total from the same scan (GROUPING SETS).
 */
export function requestRollupStatement(plan: InsightPlan, options: { withTotal?: boolean } = {}): InsightStatement {
  const params = new Params();
  const measures = plan.measures.filter((measure) => REQUEST_ROLLUP_MEASURES.includes(measure));
  const split = timeBuckets(plan).map(splitBucket);
  const whole = split.filter((bucket) => bucket.wholeSince < bucket.wholeUntil);
  const edges = split.flatMap((bucket) => bucket.edges.map((edge) => ({ key: bucket.key, ...edge })));
  const filterFields = Object.keys(plan.dimensionFilters) as FilterDimensionField[];
  const byPlace = plan.districts !== null || plan.groupBy.includes(InsightDimension.DISTRICT);
  const regions = params.add(plan.regions, 'text[]');
  const districts = plan.districts ? params.add(plan.districts, 'text[]') : null;
  const filters = new Map(filterFields.map((field) => [field, params.add(plan.dimensionFilters[field], 'text[]')]));
  const keys = (expression: (dimension: InsightDimension) => string) => plan.groupBy.map((dimension, i) => `${expression(dimension)} AS k${i}, `).join('');
  const buckets = (list: { key: string; since: string; until: string }[], cast: 'date[]' | 'timestamptz[]') => {
    const at = (day: string) => (cast === 'date[]' ? day : `${day}T00:00:00Z`);
    return `unnest(${params.add(
      list.map((b) => b.key),
      'text[]',
    )}, ${params.add(
      list.map((b) => at(b.since)),
      cast,
    )}, ${params.add(
      list.map((b) => at(b.until)),
      cast,
    )}) AS b(key, since, until)`;
  };
  const wholeRanges = whole.map((bucket) => ({ key: bucket.key, since: bucket.wholeSince, until: bucket.wholeUntil }));

  const parts: string[] = [];
  if (whole.length) {
    const where = [`f.region_code = ANY(${regions})`];
    if (byPlace) where.push('f.attached');
    if (districts) where.push(`f.district_code = ANY(${districts})`);
    for (const field of filterFields) where.push(`${ROLLUP_FILTERS[field]} = ANY(${filters.get(field)})`);
    parts.push(
      `SELECT ${keys((d) => ROLLUP_COLUMNS[d] as string)}f.requests AS n, CASE WHEN f.status IN (${OPEN_STATUSES_SQL}) THEN f.requests ELSE 0 END AS open,
         CASE WHEN f.status = 'RESOLVED' THEN f.requests ELSE 0 END AS resolved, f.overdue_settled AS overdue, f.referrals, f.answered_referrals AS answered,
         f.ratings, f.rating_sum
       FROM analytics.request_month_figures f JOIN ${buckets(wholeRanges, 'date[]')} ON f.month >= b.since AND f.month < b.until
       WHERE ${where.join(' AND ')}`,
    );
  }
  const source = SOURCES[InsightFamily.REQUESTS];
  const facts = (bucketsSql: string, components: string, extra: string[]) => {
    const where = ['r.region_code = ANY(' + regions + ')', ...extra];
    if (byPlace) where.push('o.merged_into IS NULL');
    if (districts) where.push(`o.district_code = ANY(${districts})`);
    for (const field of filterFields) where.push(FILTER_SQL[field](filters.get(field) as string));
    return `SELECT ${keys((d) => dimensionSql(d, source))}${components}
      FROM analytics.request_fact r ${byPlace ? source.organizationJoin : ''} JOIN ${bucketsSql} ON r.submitted_at >= b.since AND r.submitted_at < b.until
      WHERE ${where.join(' AND ')}`;
  };
  if (edges.length) {
    parts.push(
      facts(
        buckets(edges, 'timestamptz[]'),
        `1 AS n, (r.status IN (${OPEN_STATUSES_SQL}))::int AS open, (r.status = 'RESOLVED')::int AS resolved, coalesce(${OVERDUE}, false)::int AS overdue,
         r.referral_count AS referrals, r.answered_referral_count AS answered, (r.rating IS NOT NULL)::int AS ratings, coalesce(r.rating, 0)::int AS rating_sum`,
        [],
      ),
    );
  }
  const overdueAsked = measures.includes(InsightMeasure.OVERDUE_REQUESTS) || measures.includes(InsightMeasure.OVERDUE_SHARE);
  if (whole.length && overdueAsked) {
    // The monthly figures hold what is settled (resolved after the due time); an open request past its due time is overdue now.
    parts.push(
      facts(buckets(wholeRanges, 'timestamptz[]'), '0, 0, 0, 1, 0, 0, 0, 0', [
        `r.status IN (${OPEN_STATUSES_SQL})`,
        'r.due_at < now()',
        'NOT coalesce(r.resolved_at > r.due_at, false)',
      ]),
    );
  }

  const groupKeys = plan.groupBy.map((_, i) => `p.k${i}`);
  const columns = [...groupKeys.map((key, i) => `${key} AS k${i}`), ...measures.map((measure) => `${ROLLUP_MEASURE_SQL[measure]} AS "${measure}"`)];
  let groupBy = groupKeys.length ? `GROUP BY ${groupKeys.join(', ')}` : '';
  if (options.withTotal && totalInSameScan(InsightFamily.REQUESTS, plan)) {
    columns.push(`GROUPING(${groupKeys[0]}) = 1 AS "isTotal"`);
    groupBy = `GROUP BY GROUPING SETS ((${groupKeys.join(', ')}), ())`;
  }
  const empty = `SELECT ${plan.groupBy.map((_, i) => `NULL::text AS k${i}, `).join('')}${COMPONENTS.map((c) => `0 AS ${c}`).join(', ')} WHERE false`;
  const union = parts.length ? parts.join(' UNION ALL ') : empty;
  const sql = `SELECT ${columns.join(', ')} FROM (${union}) p(${[...plan.groupBy.map((_, i) => `k${i}`), ...COMPONENTS].join(', ')}) ${groupBy}`;
  return { family: InsightFamily.REQUESTS, sql, params: params.values, measures };
}

/**
 * The statements of one family (not coverage). Requests: when the plan fits the monthly figures
 * and `rollups` is on, the measures that add up from requestRollupStatement and the rest
 * (medians, 90th percentiles) from the facts; otherwise, and for every other family, the facts.
 */
export function familyStatements(
  family: Exclude<InsightFamily, InsightFamily.COVERAGE>,
  plan: InsightPlan,
  options: { withTotal?: boolean; rollups?: boolean; reverifyAfterMonths?: number } = {},
): InsightStatement[] {
  if (family !== InsightFamily.REQUESTS || !options.rollups || !requestRollupFits(plan)) return [familyStatement(family, plan, options)];
  const rest = plan.measures.filter((measure) => INSIGHT_MEASURE_FAMILY[measure] === family && !REQUEST_ROLLUP_MEASURES.includes(measure));
  return [requestRollupStatement(plan, options), ...(rest.length ? [familyStatement(family, { ...plan, measures: rest }, options)] : [])];
}
