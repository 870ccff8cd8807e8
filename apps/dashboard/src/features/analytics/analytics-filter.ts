import { DEFAULT_MEASURE, isMeasure, type Measure } from './measures';
import { isPeriodCode } from './period';

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
  };
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
