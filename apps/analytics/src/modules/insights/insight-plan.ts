import {
  findRegion,
  INSIGHT_FAMILY_DIMENSIONS,
  INSIGHT_FILTER_DIMENSIONS,
  INSIGHT_MEASURE_FAMILY,
  InsightDimension,
  InsightFamily,
  InsightMeasure,
  type InsightFilterDimensionField,
} from '@birge/shared-reference';
import type { InsightFilter } from './dto/insight-filter.input';
import { invalidInsight } from './insight-errors';
import { MAX_GROUP_DIMENSIONS, MAX_INSIGHT_ROWS, MAX_QUERY_MEASURES } from './insight-limits';
import { periodKeys, resolvePeriod, type ResolvedPeriod } from './insight-period';

export const TIME_DIMENSIONS: readonly InsightDimension[] = [InsightDimension.MONTH, InsightDimension.QUARTER, InsightDimension.YEAR];

/** The filter fields that are dimensions (the shared table), and the dimension each cuts by. */
export const FILTER_DIMENSIONS = Object.fromEntries(Object.entries(INSIGHT_FILTER_DIMENSIONS).map(([field, { dimension }]) => [field, dimension])) as Record<
  InsightFilterDimensionField,
  InsightDimension
>;
INSIGHT_FILTER_DIMENSIONS satisfies Partial<Record<keyof InsightFilter, unknown>>;

export type FilterDimensionField = InsightFilterDimensionField;

/** The values of the enum dimensions, in their declared order (the order rows come in). */
export const DIMENSION_VALUES: Partial<Record<InsightDimension, readonly string[]>> = Object.fromEntries(
  Object.values(INSIGHT_FILTER_DIMENSIONS).map(({ dimension, values }) => [dimension, values]),
);

/** The code of a group for records without a value (no district, no legal form, no outcome yet, no direction). */
export const NONE = 'NONE';

/** A validated query: what each family of facts must compute. */
export interface InsightPlan {
  measures: InsightMeasure[];
  groupBy: InsightDimension[];
  period: ResolvedPeriod;
  /** The regions counted: those asked for and readable, or every readable one. */
  regions: string[];
  districts: string[] | null;
  /** Filter values of the enum dimensions that were given (non-empty). */
  dimensionFilters: Partial<Record<FilterDimensionField, string[]>>;
  families: InsightFamily[];
}

export interface InsightRequest {
  measures: InsightMeasure[];
  groupBy: InsightDimension[];
  filter: InsightFilter;
}

/** How many groups a dimension can make within the plan (bounds the rows before anything runs). */
export function dimensionSize(dimension: InsightDimension, plan: Pick<InsightPlan, 'regions' | 'districts' | 'period'>): number {
  switch (dimension) {
    case InsightDimension.REGION:
      return plan.regions.length;
    case InsightDimension.DISTRICT:
      return (plan.districts?.length ?? plan.regions.reduce((sum, code) => sum + (findRegion(code)?.districts.length ?? 0), 0)) + 1;
    case InsightDimension.MONTH:
    case InsightDimension.QUARTER:
    case InsightDimension.YEAR:
      return periodKeys(plan.period, dimension).length;
    default:
      return (DIMENSION_VALUES[dimension]?.length ?? 0) + 1;
  }
}

/**
 * Checks a query and turns it into a plan, or throws BAD_USER_INPUT naming the argument: measures
 * given once each; at most two different grouping dimensions, one of them in time; every
 * dimension (grouped or filtered) one that cuts every requested measure; known places; a period
 * that exists; and no more groups than a table may hold.
 */
export function planInsight(request: InsightRequest, readableRegions: string[], now: Date, options: { groupField?: string; maxRows?: number } = {}): InsightPlan {
  const { measures, groupBy, filter } = request;
  const groupField = options.groupField ?? 'groupBy';
  if (!measures.length) throw invalidInsight('measures', 'EMPTY', 'ask for at least one measure');
  const repeated = measures.find((measure, i) => measures.indexOf(measure) !== i);
  if (repeated) throw invalidInsight('measures', 'DUPLICATE', `${repeated} is asked for twice`);
  if (measures.length > MAX_QUERY_MEASURES) throw invalidInsight('measures', 'TOO_MANY_MEASURES', `ask for at most ${MAX_QUERY_MEASURES} measures at once`);
  if (groupBy.length > MAX_GROUP_DIMENSIONS) throw invalidInsight('groupBy', 'TOO_MANY_DIMENSIONS', `group by at most ${MAX_GROUP_DIMENSIONS} dimensions`);
  if (groupBy.length === 2 && groupBy[0] === groupBy[1]) throw invalidInsight('groupBy', 'DUPLICATE', `${groupBy[0]} is given twice`);
  if (groupBy.filter((d) => TIME_DIMENSIONS.includes(d)).length > 1) {
    throw invalidInsight('groupBy', 'TWO_TIME_DIMENSIONS', 'group by one time dimension at most (MONTH, QUARTER or YEAR)');
  }

  const families = [...new Set(measures.map((measure) => INSIGHT_MEASURE_FAMILY[measure]))];
  const unfit = (dimension: InsightDimension) => measures.find((measure) => !INSIGHT_FAMILY_DIMENSIONS[INSIGHT_MEASURE_FAMILY[measure]].includes(dimension));
  for (const dimension of groupBy) {
    const measure = unfit(dimension);
    if (measure) throw invalidInsight(groupField, 'NOT_APPLICABLE', `${measure} cannot be grouped by ${dimension}; ask for it in a query of its own`);
  }
  const dimensionFilters: InsightPlan['dimensionFilters'] = {};
  for (const [field, dimension] of Object.entries(FILTER_DIMENSIONS) as [FilterDimensionField, InsightDimension][]) {
    const values = filter[field];
    if (!values?.length) continue;
    const measure = unfit(dimension);
    if (measure) throw invalidInsight(`filter.${field}`, 'NOT_APPLICABLE', `${measure} cannot be filtered by ${dimension}; leave ${field} out for it`);
    dimensionFilters[field] = [...new Set(values as string[])];
  }

  for (const code of filter.regions ?? []) {
    if (!findRegion(code)) throw invalidInsight('filter.regions', 'UNKNOWN_REGION', `${code} is not a region's KATO code`);
  }
  let districts: string[] | null = null;
  if (filter.districts?.length) {
    const unfitDistrict = unfit(InsightDimension.DISTRICT);
    if (unfitDistrict) throw invalidInsight('filter.districts', 'NOT_APPLICABLE', `${unfitDistrict} cannot be filtered by district`);
    const known = new Set(readableRegions.flatMap((code) => findRegion(code)?.districts.map((d) => d.code) ?? []));
    const unknown = filter.districts.find((code) => !known.has(code));
    if (unknown) throw invalidInsight('filter.districts', 'UNKNOWN_DISTRICT', `${unknown} is not a district of the regions counted`);
    districts = [...new Set(filter.districts)];
  }
  const plan: InsightPlan = {
    measures,
    groupBy,
    period: resolvePeriod(filter.period, now),
    regions: readableRegions,
    districts,
    dimensionFilters,
    families,
  };
  const groups = groupBy.reduce((product, dimension) => product * dimensionSize(dimension, plan), 1);
  if (groups > (options.maxRows ?? MAX_INSIGHT_ROWS)) {
    throw invalidInsight(
      'groupBy',
      'TOO_MANY_GROUPS',
      `this grouping could give ${groups} rows, more than ${MAX_INSIGHT_ROWS}: narrow the period or the regions, or drill into one region`,
    );
  }
  return plan;
}

/** The dimensions the monthly request figures (request_month_figures) are kept by. */
export const REQUEST_ROLLUP_DIMENSIONS: readonly InsightDimension[] = [
  InsightDimension.REGION,
  InsightDimension.DISTRICT,
  ...TIME_DIMENSIONS,
  InsightDimension.REQUEST_TYPE,
  InsightDimension.REQUEST_SUBTYPE,
  InsightDimension.REQUEST_STATUS,
  InsightDimension.REQUEST_OUTCOME,
];

/** The request measures that add up, so whole months of them come from the monthly figures. */
export const REQUEST_ROLLUP_MEASURES: readonly InsightMeasure[] = [
  InsightMeasure.REQUESTS,
  InsightMeasure.OPEN_REQUESTS,
  InsightMeasure.RESOLVED_REQUESTS,
  InsightMeasure.OVERDUE_REQUESTS,
  InsightMeasure.OVERDUE_SHARE,
  InsightMeasure.REFERRALS,
  InsightMeasure.ANSWERED_REFERRALS,
  InsightMeasure.REFERRAL_ANSWER_SHARE,
  InsightMeasure.RATINGS,
  InsightMeasure.RATING_AVERAGE,
];

/**
 * Whether the plan's request measures that add up can come from the monthly figures: grouped and
 * filtered only by what they are kept by (place, time, the request's own dimensions). Cut by the
 * organization (kind, legal form, verification, directions, categories, modes), they read the
 * facts. Medians and 90th percentiles always read the facts of the period (they do not add up).
 */
export function requestRollupFits(plan: Pick<InsightPlan, 'groupBy' | 'dimensionFilters' | 'measures'>): boolean {
  if (!plan.measures.some((measure) => REQUEST_ROLLUP_MEASURES.includes(measure))) return false;
  if (!plan.groupBy.every((dimension) => REQUEST_ROLLUP_DIMENSIONS.includes(dimension))) return false;
  return (Object.keys(plan.dimensionFilters) as FilterDimensionField[]).every((field) => REQUEST_ROLLUP_DIMENSIONS.includes(FILTER_DIMENSIONS[field]));
}
