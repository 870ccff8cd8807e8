import { useQuery } from '@apollo/client/react';
import type { InsightMeasure, RegionInsightsQuery as RegionInsightsResult } from '../../gql/graphql';

/** What regionFiguresFrom reads: the overview's query or any with the same regions and rows. */
type FiguresRow = Pick<RegionInsightsResult['insights']['rows'][number], 'keys' | 'values'> & {
  regionContext?: { lastReportNarrative?: string | null; lastReportPeriod?: string | null } | null;
};
type FiguresData = Pick<RegionInsightsResult, 'regions'> & { insights?: { rows: readonly FiguresRow[]; measures?: readonly InsightMeasure[] } | null };
import { RegionInsightsQuery } from './analytics.graphql';
import { appliedFilterFields, insightFilterFor, type OverviewView } from './analytics-filter';
import { dimensionOfField } from './dimensions';
import { FIGURE_INSIGHT_MEASURES, measuresCutBy, type Measure, type RegionFigures } from './measures';
import { useOpenNeeds, type OpenNeeds } from './use-open-needs';

type Values = readonly { measure: InsightMeasure; value?: number | null }[];

/** A measure of a row; a region without a row had no facts in the period, so its counts are 0. */
export function valueOf(values: Values | undefined, measure: InsightMeasure): number | null {
  if (!values) return 0;
  return values.find((entry) => entry.measure === measure)?.value ?? null;
}

/** The figures of all 20 regions in official order, each with its open needs; null where the API gave none. */
export function regionFiguresFrom(data: FiguresData | undefined, needs: OpenNeeds['byRegion']): RegionFigures[] {
  const insights = data?.insights;
  const byRegion = new Map((insights?.rows ?? []).map((row) => [row.keys.find((key) => key.dimension === 'REGION')?.code, row]));
  return (data?.regions ?? []).map((region) => {
    // Without the insights (analytics down) every figure is unknown, not zero.
    const row = byRegion.get(region.code);
    const values = insights ? (row?.values ?? undefined) : null;
    const narrative = row?.regionContext?.lastReportNarrative;
    // A measure not asked for (the filters do not cut it) is not applicable: null.
    const get = (measure: InsightMeasure) => (values === null || (insights?.measures && !insights.measures.includes(measure)) ? null : valueOf(values, measure));
    const covered = get('COVERED_DISTRICTS');
    return {
      code: region.code,
      kind: region.kind,
      name: region.name,
      organizations: get('ORGANIZATIONS'),
      newOrganizations: get('NEW_ORGANIZATIONS'),
      requests: get('REQUESTS'),
      openRequests: get('OPEN_REQUESTS'),
      overdueRequests: get('OVERDUE_REQUESTS'),
      resolvedRequests: get('RESOLVED_REQUESTS'),
      contacts: get('CONTACTS'),
      coverage: covered == null ? null : { covered, total: region.districts.length },
      openNeeds: needs ? (needs.get(region.code)?.length ?? 0) : null,
      lastReport: narrative ? { narrative, period: row?.regionContext?.lastReportPeriod ?? null } : null,
    };
  });
}

/**
 * The regions' figures over the view's period (an address code, see period.ts) and its dimension
 * filters (those that cut the chosen measure), with the open needs of the register. `notCut` are
 * the figures those filters cannot cut: not asked for, shown as not applicable.
 */
export function useRegionFigures(view: Pick<OverviewView, 'period' | 'filters' | 'measure'>, regions?: string[] | null, skip = false) {
  const filter = insightFilterFor(view, view.measure, regions);
  const cut = measuresCutBy(appliedFilterFields(view, view.measure).map((field) => dimensionOfField(field)));
  const measures = cut.map((measure) => FIGURE_INSIGHT_MEASURES[measure]);
  // errorPolicy 'all': when analytics is down the regions still arrive and the figures show as unavailable.
  const query = useQuery(RegionInsightsQuery, { variables: { filter, measures }, errorPolicy: 'all', fetchPolicy: 'cache-and-network', skip });
  const needs = useOpenNeeds();
  const notCut = (Object.keys(FIGURE_INSIGHT_MEASURES) as Measure[]).filter((measure) => !cut.includes(measure as (typeof cut)[number]));
  return { ...query, needs, rows: regionFiguresFrom(query.data, needs.byRegion), notCut, filter, measures };
}
