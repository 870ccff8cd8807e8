import type { InsightDimension, InsightMeasure } from '../../gql/graphql';
import { cuts } from './dimensions';
import type { MessageKey } from '../../i18n/i18n';

/** What the map, the chart and the table colour or draw per region. */
export const MEASURES = ['organizations', 'newOrganizations', 'requests', 'openRequests', 'overdueRequests', 'resolvedRequests', 'contacts', 'coverage', 'openNeeds'] as const;
export type Measure = (typeof MEASURES)[number];
export const DEFAULT_MEASURE: Measure = 'organizations';

export function isMeasure(value: unknown): value is Measure {
  return typeof value === 'string' && (MEASURES as readonly string[]).includes(value);
}

/** One region's figures as the overview shows them; null where the owning service did not answer. */
export interface RegionFigures {
  code: string;
  kind: 'OBLAST' | 'CITY';
  name: { kk: string; ru: string; en: string };
  organizations: number | null;
  newOrganizations: number | null;
  requests: number | null;
  openRequests: number | null;
  overdueRequests: number | null;
  resolvedRequests: number | null;
  contacts: number | null;
  /** Districts with established contact, of all districts. */
  coverage: { covered: number; total: number } | null;
  /** Needs in the register that are open, escalated or being addressed; null when the register did not answer. */
  openNeeds: number | null;
  /** The narrative of the region's last accepted report and its period; null while it has none. */
  lastReport?: { narrative: string; period: string | null } | null;
}

export const MEASURE_LABEL: Record<Measure, MessageKey> = {
  organizations: 'analytics.measure.organizations',
  newOrganizations: 'analytics.measure.newOrganizations',
  requests: 'analytics.measure.requests',
  contacts: 'analytics.measure.contacts',
  openRequests: 'analytics.measure.openRequests',
  overdueRequests: 'analytics.measure.overdueRequests',
  resolvedRequests: 'analytics.measure.resolvedRequests',
  coverage: 'analytics.measure.coverage',
  openNeeds: 'analytics.measure.openNeeds',
};

/**
 * The analytics API's measure behind each of ours. Open needs are the register's present state,
 * not a fact with a month, so they have none (and no monthly series).
 */
export const INSIGHT_MEASURE: Record<Exclude<Measure, 'openNeeds'>, InsightMeasure> = {
  organizations: 'ORGANIZATIONS',
  newOrganizations: 'NEW_ORGANIZATIONS',
  requests: 'REQUESTS',
  openRequests: 'OPEN_REQUESTS',
  overdueRequests: 'OVERDUE_REQUESTS',
  resolvedRequests: 'RESOLVED_REQUESTS',
  contacts: 'CONTACTS',
  coverage: 'COVERAGE_SHARE',
};

export const insightMeasureOf = (measure: Measure): InsightMeasure | null => (measure === 'openNeeds' ? null : INSIGHT_MEASURE[measure]);

/** The API's measures behind the overview's figures (coverage as covered districts, counted per region). */
export const FIGURE_INSIGHT_MEASURES: Record<Exclude<Measure, 'openNeeds'>, InsightMeasure> = { ...INSIGHT_MEASURE, coverage: 'COVERED_DISTRICTS' };

/**
 * The figures a filter can cut: those whose API measure every filtered dimension cuts. The others
 * are not asked for and show as not applicable; open needs (the register's present state) always show.
 */
export function measuresCutBy(dimensions: readonly InsightDimension[]): Exclude<Measure, 'openNeeds'>[] {
  return (Object.keys(FIGURE_INSIGHT_MEASURES) as Exclude<Measure, 'openNeeds'>[]).filter((measure) =>
    dimensions.every((dimension) => cuts(dimension, FIGURE_INSIGHT_MEASURES[measure])),
  );
}

/** Counts are whole numbers; coverage is a share in per cent. */
export const isCount = (measure: Measure) => measure !== 'coverage';

export function measureValue(row: RegionFigures, measure: Measure): number | null {
  switch (measure) {
    case 'coverage':
      return row.coverage && row.coverage.total > 0 ? Math.round((row.coverage.covered / row.coverage.total) * 100) : null;
    default:
      return row[measure];
  }
}

/** The value as the page writes it: a count in the locale's digits, a share with "%". */
export function formatMeasure(measure: Measure, value: number | null, formatNumber: (value: number) => string, unavailable: string): string {
  if (value == null) return unavailable;
  return isCount(measure) ? formatNumber(value) : `${formatNumber(value)}%`;
}
