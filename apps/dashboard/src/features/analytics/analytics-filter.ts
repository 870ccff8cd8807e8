import type { InsightDimension, InsightFilter } from '../../gql/graphql';
import { dimensionsOf, FIGURE_DIMENSIONS, type DimensionFilterField } from './dimensions';
import { DEFAULT_MEASURE, insightMeasureOf, isMeasure, type Measure } from './measures';
import { isPeriodCode, periodInput } from './period';

export const REGION_KINDS = ['OBLAST', 'CITY'] as const;
export type RegionKindFilter = (typeof REGION_KINDS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** The overview's view, all of it in the address (`#/?measure=openRequests&period=2026-Q3&kind=CITY&sort=openNeeds&dir=desc`), so a view can be shared. */
export interface OverviewView {
  measure: Measure;
  /** A period code (see period.ts); null for the last 12 months. */
  period: string | null;
  kind: RegionKindFilter | null;
  /** A table column key; null keeps the official order of regions. */
  sort: string | null;
  dir: SortDirection;
  /** Regions ticked for comparison, in the order ticked. */
  compare: string[];
  /**
   * Values kept of each dimension (`directions=BILIM,QAMQOR&requestStatuses=RESOLVED`), each
   * parameter named as the API's filter field; unknown values are dropped.
   */
  filters: Partial<Record<DimensionFilterField, string[]>>;
  /** The dimension of the breakdown (`by=DIRECTION`); null: the default for the measure. */
  by: InsightDimension | null;
  /** The breakdown table's sort (`bsort`, `bdir`); null keeps the dimension's order. */
  breakdownSort: string | null;
  breakdownDir: SortDirection;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((candidate) => candidate === value) ?? null;

/** KATO codes of regions, nine digits; anything else in the address is ignored. */
export function regionCodesFrom(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').filter((code) => /^\d{9}$/.test(code)))];
}

export function overviewViewFromQuery(query: URLSearchParams): OverviewView {
  const measure = query.get('measure');
  const period = query.get('period');
  return {
    measure: isMeasure(measure) ? measure : DEFAULT_MEASURE,
    period: isPeriodCode(period) ? period : null,
    kind: oneOf(REGION_KINDS, query.get('kind')),
    sort: query.get('sort') || null,
    dir: oneOf(SORT_DIRECTIONS, query.get('dir')) ?? 'asc',
    compare: regionCodesFrom(query.get('compare')),
    filters: dimensionFiltersFrom(query),
    by: FIGURE_DIMENSIONS.find((entry) => entry.dimension === query.get('by'))?.dimension ?? null,
    breakdownSort: query.get('bsort') || null,
    breakdownDir: oneOf(SORT_DIRECTIONS, query.get('bdir')) ?? 'asc',
  };
}

/** The dimension filters of the address: each field's known values, once each, in the dimension's order. */
export function dimensionFiltersFrom(query: URLSearchParams): OverviewView['filters'] {
  const filters: OverviewView['filters'] = {};
  for (const { field, values } of FIGURE_DIMENSIONS) {
    const given = new Set((query.get(field) ?? '').split(','));
    const kept = values.filter((value) => given.has(value));
    if (kept.length) filters[field] = kept;
  }
  return filters;
}

/**
 * The API's filter for a figure: the period, the regions, and those dimension filters that cut
 * `measure` (the others are kept in the address but not applied: the API would refuse them).
 */
export function insightFilterFor(view: Pick<OverviewView, 'period' | 'filters'>, measure: Measure, regions?: string[] | null): InsightFilter {
  const period = periodInput(view.period);
  const filter: InsightFilter = { ...(period ? { period } : {}), ...(regions ? { regions } : {}) };
  for (const { field } of dimensionsOf(insightMeasureOf(measure))) {
    const values = view.filters[field];
    if (values?.length) Object.assign(filter, { [field]: values });
  }
  return filter;
}

/** The dimension filters that apply to `measure`, as the API takes them. */
export function appliedFilterFields(view: Pick<OverviewView, 'filters'>, measure: Measure): DimensionFilterField[] {
  return dimensionsOf(insightMeasureOf(measure))
    .map((entry) => entry.field)
    .filter((field) => view.filters[field]?.length);
}

/** The address of `path` with some parameters changed; an empty value removes one. */
export function withParams(path: string, query: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const search = next.toString();
  return search ? `${path}?${search}` : path;
}
