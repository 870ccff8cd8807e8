import { INSIGHT_MEASURE_FAMILY, INSIGHT_ORGANIZATION_DIMENSIONS, InsightDimension, InsightFamily, type InsightMeasure } from '@birge/shared-reference';
import { OPEN_STATUSES_SQL } from '../overview/open-statuses.sql';
import { FILTER_DIMENSIONS, NONE, TIME_DIMENSIONS, type FilterDimensionField, type InsightPlan } from './insight-plan';
import { periodKeys } from './insight-period';

/** One statement of a plan: the figures of one family of facts, grouped as asked. */
export interface InsightStatement {
  family: InsightFamily;
  sql: string;
  params: unknown[];
  /** Result columns: k0, k1 (group keys) and one column per measure, named by the measure. */
  measures: InsightMeasure[];
}

/** A bucket of time a fact falls in: the whole period, or one month / quarter / year of it (clipped to the period). */
export interface TimeBucket {
  key: string;
  since: string;
  until: string;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The buckets of the plan's period: one per key of its time dimension, or one named ALL. */
export function timeBuckets(plan: Pick<InsightPlan, 'period' | 'groupBy'>): TimeBucket[] {
  const unit = plan.groupBy.find((d) => TIME_DIMENSIONS.includes(d)) as 'MONTH' | 'QUARTER' | 'YEAR' | undefined;
  const end = nextDay(plan.period.to);
  if (!unit) return [{ key: 'ALL', since: plan.period.from, until: end }];
  return periodKeys(plan.period, unit).map((key) => {
    const year = Number(key.slice(0, 4));
    const [firstMonth, months] = unit === 'YEAR' ? [1, 12] : unit === 'QUARTER' ? [(Number(key.slice(6)) - 1) * 3 + 1, 3] : [Number(key.slice(5, 7)), 1];
    const start = new Date(Date.UTC(year, firstMonth - 1, 1)).toISOString().slice(0, 10);
    const stop = new Date(Date.UTC(year, firstMonth - 1 + months, 1)).toISOString().slice(0, 10);
    return { key, since: start < plan.period.from ? plan.period.from : start, until: stop > end ? end : stop };
  });
}

/** Where each family keeps its facts and how its rows reach the organization (for organization dimensions). */
export interface FamilySource {
  from: string;
  /** The alias whose region_code places the fact. */
  alias: string;
  /** The column the fact's time is (compared with a bucket); organizations are a stock (see ORGANIZATIONS). */
  time: string;
  /** The time column is a calendar day (compared with the buckets' UTC days). */
  isDay?: boolean;
  /** The district expression (null: the family has none). */
  district: string | null;
  /** How to reach organization_fact `o` when an organization dimension is used; '' when the fact is the organization. */
  organizationJoin: string | null;
  where: string;
}

export const SOURCES: Record<Exclude<InsightFamily, InsightFamily.COVERAGE>, FamilySource> = {
  ORGANIZATIONS: {
    from: 'analytics.organization_fact o',
    alias: 'o',
    time: 'o.registered_at',
    district: 'o.district_code',
    organizationJoin: '',
    where: 'o.merged_into IS NULL',
  },
  CONTACTS: {
    from: 'analytics.contact_fact c',
    alias: 'c',
    time: 'c.occurred_on',
    isDay: true,
    district: 'c.district_code',
    organizationJoin: 'JOIN analytics.organization_fact o ON o.organization_id = c.organization_id',
    where: 'TRUE',
  },
  REQUESTS: {
    from: 'analytics.request_fact r',
    alias: 'r',
    time: 'r.submitted_at',
    district: 'o.district_code',
    organizationJoin: 'JOIN analytics.organization_fact o ON o.organization_id = r.organization_id',
    where: 'TRUE',
  },
  TRAININGS: { from: 'analytics.training_fact t', alias: 't', time: 't.starts_at', district: null, organizationJoin: null, where: 'TRUE' },
  BOOKINGS: {
    from: 'analytics.booking_fact bk',
    alias: 'bk',
    time: 'bk.starts_at',
    district: 'o.district_code',
    organizationJoin: 'JOIN analytics.organization_fact o ON o.organization_id = bk.organization_id',
    where: "bk.status = 'CONFIRMED'",
  },
};

/** Hours as float8: date_part, not extract (numeric since PostgreSQL 14), a quarter less time for a median over a region's quarter at ×10. */
const hours = (interval: string) => `date_part('epoch', ${interval}) / 3600.0`;
export const OVERDUE = `r.due_at IS NOT NULL AND ((r.status IN (${OPEN_STATUSES_SQL}) AND r.due_at < now()) OR r.resolved_at > r.due_at)`;
const HELD = "t.status <> 'CANCELLED' AND t.starts_at <= now()";
/** The organization `o` was told what the front office offers on a contact before the bucket's end (see modules/outreach). */
const TOLD_BY_BUCKET_END =
  "EXISTS (SELECT 1 FROM analytics.contact_fact tc WHERE tc.organization_id = o.organization_id AND tc.told_about_offer AND tc.occurred_on < (b.until AT TIME ZONE 'UTC')::date)";

/** Each measure as an aggregate over its family's rows (shares divide in SQL, null when there is nothing to divide). */
export const MEASURE_SQL: Record<InsightMeasure, string> = {
  ORGANIZATIONS: 'count(*)',
  NEW_ORGANIZATIONS: 'count(*) FILTER (WHERE o.registered_at >= b.since)',
  VERIFIED_ORGANIZATIONS: "count(*) FILTER (WHERE v.status = 'VERIFIED')",
  VERIFIED_SHARE: "count(*) FILTER (WHERE v.status = 'VERIFIED')::float8 / NULLIF(count(*), 0)",
  TOLD_ORGANIZATIONS: `count(*) FILTER (WHERE ${TOLD_BY_BUCKET_END})`,
  OUTREACH_SHARE: `count(*) FILTER (WHERE ${TOLD_BY_BUCKET_END})::float8 / NULLIF(count(*), 0)`,
  // Coverage is counted over the reference districts in the service (see coverageStatement).
  DISTRICTS: 'NULL',
  COVERED_DISTRICTS: 'NULL',
  COVERAGE_SHARE: 'NULL',
  CONTACTS: 'count(*)',
  REQUESTS: 'count(*)',
  OPEN_REQUESTS: `count(*) FILTER (WHERE r.status IN (${OPEN_STATUSES_SQL}))`,
  RESOLVED_REQUESTS: "count(*) FILTER (WHERE r.status = 'RESOLVED')",
  OVERDUE_REQUESTS: `count(*) FILTER (WHERE ${OVERDUE})`,
  OVERDUE_SHARE: `count(*) FILTER (WHERE ${OVERDUE})::float8 / NULLIF(count(*), 0)`,
  FIRST_RESPONSE_HOURS_MEDIAN: `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours('r.first_response_at - r.submitted_at')})`,
  FIRST_RESPONSE_HOURS_P90: `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours('r.first_response_at - r.submitted_at')})`,
  RESOLUTION_HOURS_MEDIAN: `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours("CASE WHEN r.status = 'RESOLVED' THEN r.resolved_at - r.submitted_at END")})`,
  RESOLUTION_HOURS_P90: `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours("CASE WHEN r.status = 'RESOLVED' THEN r.resolved_at - r.submitted_at END")})`,
  REFERRALS: 'coalesce(sum(r.referral_count), 0)',
  ANSWERED_REFERRALS: 'coalesce(sum(r.answered_referral_count), 0)',
  REFERRAL_ANSWER_SHARE: 'sum(r.answered_referral_count)::float8 / NULLIF(sum(r.referral_count), 0)',
  RATINGS: 'count(r.rating)',
  RATING_AVERAGE: 'avg(r.rating)::float8',
  TRAININGS_HELD: `count(*) FILTER (WHERE ${HELD})`,
  TRAINING_SEATS: `coalesce(sum(t.seats) FILTER (WHERE ${HELD}), 0)`,
  TRAINING_PARTICIPANTS: `coalesce(sum(t.attended) FILTER (WHERE ${HELD}), 0)`,
  TRAINING_ATTENDANCE_RATE: `(sum(t.attended) FILTER (WHERE ${HELD}))::float8 / NULLIF(sum(t.registered) FILTER (WHERE ${HELD}), 0)`,
  BOOKINGS: 'count(*)',
  BOOKED_HOURS: `coalesce(sum(${hours('bk.ends_at - bk.starts_at')}), 0)`,
};

/** The organization's multi-valued dimensions: grouping by one counts a fact once per value (NONE for none). */
const ARRAY_DIMENSIONS: Partial<Record<InsightDimension, string>> = { DIRECTION: 'directions', CATEGORY: 'categories', MODE: 'modes' };

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

export function dimensionSql(dimension: InsightDimension, source: FamilySource): string {
  const a = source.alias;
  switch (dimension) {
    case InsightDimension.REGION:
      return `${a}.region_code`;
    case InsightDimension.DISTRICT:
      return `coalesce(${source.district}, '${NONE}')`;
    case InsightDimension.MONTH:
    case InsightDimension.QUARTER:
    case InsightDimension.YEAR:
      return 'b.key';
    case InsightDimension.ORGANIZATION_KIND:
      return 'o.kind';
    case InsightDimension.LEGAL_FORM:
      return `coalesce(o.legal_form, '${NONE}')`;
    case InsightDimension.VERIFICATION_STATUS:
      return "coalesce(v.status, 'UNVERIFIED')";
    case InsightDimension.DIRECTION:
    case InsightDimension.CATEGORY:
    case InsightDimension.MODE:
      return `${ARRAY_DIMENSIONS[dimension]}.value`;
    case InsightDimension.REQUEST_TYPE:
      return 'r.type';
    case InsightDimension.REQUEST_SUBTYPE:
      return 'r.subtype';
    case InsightDimension.REQUEST_STATUS:
      return 'r.status';
    case InsightDimension.REQUEST_OUTCOME:
      return `coalesce(r.outcome, '${NONE}')`;
    case InsightDimension.RESOURCE_KIND:
      return 'bk.resource_kind';
  }
}

export const FILTER_SQL: Record<FilterDimensionField, (values: string) => string> = {
  organizationKinds: (v) => `o.kind = ANY(${v})`,
  legalForms: (v) => `o.legal_form = ANY(${v})`,
  verificationStatuses: (v) => `coalesce(v.status, 'UNVERIFIED') = ANY(${v})`,
  directions: (v) => `o.directions && ${v}`,
  categories: (v) => `o.categories && ${v}`,
  modes: (v) => `o.modes && ${v}`,
  requestTypes: (v) => `r.type = ANY(${v})`,
  requestSubtypes: (v) => `r.subtype = ANY(${v})`,
  requestStatuses: (v) => `r.status = ANY(${v})`,
  requestOutcomes: (v) => `r.outcome = ANY(${v})`,
  resourceKinds: (v) => `bk.resource_kind = ANY(${v})`,
};

/** The registry's re-verification period when none is given (REGISTRY_REVERIFY_AFTER_MONTHS' default). */
export const DEFAULT_REVERIFY_AFTER_MONTHS = 24;

/**
 * The organization's verification status `v.status` as the registry shows it: the stored status
 * (the registry's derivation), with EXPIRED for a verification older than the re-verification
 * period (verified_at plus `months` has passed), as the registry's effectiveStatus reads it.
 */
export function verificationJoin(months: string): string {
  return `LEFT JOIN LATERAL (SELECT CASE WHEN vf.status = 'VERIFIED' AND vf.verified_at + make_interval(months => ${months}) <= now() THEN 'EXPIRED' ELSE vf.status END AS status
    FROM analytics.organization_verification vf WHERE vf.organization_id = o.organization_id) v ON TRUE`;
}

/**
 * Whether a family's total can come from the grouped statement's own scan (GROUPING SETS): not
 * when a fact counts in several groups (an organization in each of its directions, an
 * organization in the stock of every month).
 */
export function totalInSameScan(family: InsightFamily, plan: Pick<InsightPlan, 'groupBy'>): boolean {
  if (!plan.groupBy.length || plan.groupBy.some((dimension) => ARRAY_DIMENSIONS[dimension])) return false;
  return !(family === InsightFamily.ORGANIZATIONS && plan.groupBy.some((dimension) => TIME_DIMENSIONS.includes(dimension)));
}

/**
 * The statement of one family (not coverage): keys k0, k1 as grouped, then one column per measure.
 * With `withTotal` (see totalInSameScan), also the total, in a row marked "isTotal".
 */
export function familyStatement(
  family: Exclude<InsightFamily, InsightFamily.COVERAGE>,
  plan: InsightPlan,
  options: { withTotal?: boolean; reverifyAfterMonths?: number } = {},
): InsightStatement {
  const source = SOURCES[family];
  const params = new Params();
  const measures = plan.measures.filter((measure) => INSIGHT_MEASURE_FAMILY[measure] === family);
  const buckets = timeBuckets(plan);
  const cast = source.isDay ? 'date[]' : 'timestamptz[]';
  const instant = (day: string) => (source.isDay ? day : `${day}T00:00:00Z`);
  const bucketsSql = `unnest(${params.add(
    buckets.map((b) => b.key),
    'text[]',
  )}, ${params.add(
    buckets.map((b) => instant(b.since)),
    cast,
  )}, ${params.add(
    buckets.map((b) => instant(b.until)),
    cast,
  )}) AS b(key, since, until)`;
  const filterFields = Object.keys(plan.dimensionFilters) as FilterDimensionField[];
  const usesOrganization =
    plan.districts !== null ||
    plan.groupBy.some((d) => d === InsightDimension.DISTRICT || INSIGHT_ORGANIZATION_DIMENSIONS.includes(d)) ||
    filterFields.some((field) => INSIGHT_ORGANIZATION_DIMENSIONS.includes(FILTER_DIMENSIONS[field]));
  const usesVerification = family === InsightFamily.ORGANIZATIONS || plan.groupBy.includes(InsightDimension.VERIFICATION_STATUS) || filterFields.includes('verificationStatuses');

  const joins: string[] = [];
  if (usesOrganization && source.organizationJoin) joins.push(source.organizationJoin);
  if (usesVerification) joins.push(verificationJoin(params.add(options.reverifyAfterMonths ?? DEFAULT_REVERIFY_AFTER_MONTHS, 'int')));
  // Organizations are a stock: those registered by the end of each bucket (NEW_ORGANIZATIONS: within it).
  const bucketOn = family === InsightFamily.ORGANIZATIONS ? `${source.time} < b.until` : `${source.time} >= b.since AND ${source.time} < b.until`;
  joins.push(`JOIN ${bucketsSql} ON ${bucketOn}`);
  for (const dimension of plan.groupBy) {
    const column = ARRAY_DIMENSIONS[dimension];
    if (column) {
      joins.push(`CROSS JOIN LATERAL unnest(CASE WHEN cardinality(o.${column}) > 0 THEN o.${column} ELSE ARRAY['${NONE}'] END) AS ${column}(value)`);
    }
  }

  const where = [source.where, `${source.alias}.region_code = ANY(${params.add(plan.regions, 'text[]')})`];
  if (plan.districts) where.push(`${source.district} = ANY(${params.add(plan.districts, 'text[]')})`);
  for (const field of filterFields) where.push(FILTER_SQL[field](params.add(plan.dimensionFilters[field], 'text[]')));
  if (usesOrganization && family !== InsightFamily.ORGANIZATIONS) where.push('o.merged_into IS NULL');

  const expressions = plan.groupBy.map((dimension) => dimensionSql(dimension, source));
  const keys = expressions.map((expression, i) => `${expression} AS k${i}`);
  const columns = [...keys, ...measures.map((measure) => `${MEASURE_SQL[measure]} AS "${measure}"`)];
  let groupBy = keys.length ? `GROUP BY ${plan.groupBy.map((_, i) => `k${i}`).join(', ')}` : '';
  if (options.withTotal && totalInSameScan(family, plan)) {
    columns.push(`GROUPING(${expressions[0]}) = 1 AS "isTotal"`);
    groupBy = `GROUP BY GROUPING SETS ((${expressions.join(', ')}), ())`;
  }
  const sql = `SELECT ${columns.join(', ')} FROM ${source.from} ${joins.join(' ')} WHERE ${where.join(' AND ')} ${groupBy}`;
  return { family, sql, params: params.values, measures };
}

/**
 * Coverage: which (bucket, region, district) had a contact within the window ending on the
 * bucket's last day. The service counts these against the districts of the reference data.
 */
export function coverageStatement(plan: InsightPlan, windowMonths: number): InsightStatement {
  const params = new Params();
  const buckets = timeBuckets(plan);
  const sql = `SELECT DISTINCT b.key AS bucket, c.region_code AS "regionCode", c.district_code AS "districtCode"
    FROM analytics.contact_fact c
    JOIN unnest(${params.add(
      buckets.map((b) => b.key),
      'text[]',
    )}, ${params.add(
      buckets.map((b) => b.until),
      'date[]',
    )}) AS b(key, until)
      ON c.occurred_on < b.until AND c.occurred_on >= (b.until - 1 - make_interval(months => ${params.add(windowMonths, 'int')}))::date
    WHERE c.district_code IS NOT NULL AND c.region_code = ANY(${params.add(plan.regions, 'text[]')})`;
  return { family: InsightFamily.COVERAGE, sql, params: params.values, measures: plan.measures.filter((m) => INSIGHT_MEASURE_FAMILY[m] === InsightFamily.COVERAGE) };
}
