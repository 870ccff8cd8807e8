import { useQuery } from '@apollo/client/react';
import type { InsightDimension, InsightFilter } from '../../gql/graphql';
import { InsightBreakdownQuery } from './analytics.graphql';
import { figureDimension } from './dimensions';
import { FIGURE_INSIGHT_MEASURES, type Measure } from './measures';

/** The measures of a breakdown: counts the overview shows (coverage is by place only). */
export type BreakdownMeasure = Exclude<Measure, 'openNeeds' | 'coverage'>;

export interface BreakdownRow {
  /** The dimension's value (NONE: records without one). */
  code: string;
  values: Partial<Record<BreakdownMeasure, number | null>>;
}

/**
 * Some figures broken down by one dimension: a row for every value of the dimension in its
 * declared order (zeros where the API has no group), then NONE when some records have none.
 */
export function useBreakdown(filter: InsightFilter, dimension: InsightDimension | null, measures: readonly BreakdownMeasure[]) {
  const { data, previousData, loading, error, refetch } = useQuery(InsightBreakdownQuery, {
    variables: { filter, measures: measures.map((measure) => FIGURE_INSIGHT_MEASURES[measure]), groupBy: dimension ? [dimension] : [] },
    skip: !dimension || !measures.length,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const table = (data ?? previousData)?.insights;
  const fromApi = new Map((table?.rows ?? []).map((row) => [row.keys[0]?.code ?? '', row]));
  const valuesOf = (code: string) => {
    const row = fromApi.get(code);
    return Object.fromEntries(
      measures.map((measure) => [measure, row ? (row.values.find((value) => value.measure === FIGURE_INSIGHT_MEASURES[measure])?.value ?? null) : 0]),
    ) as BreakdownRow['values'];
  };
  const codes = [...(figureDimension(dimension)?.values ?? []), ...(fromApi.has('NONE') ? ['NONE'] : [])];
  const rows: BreakdownRow[] = table ? codes.map((code) => ({ code, values: valuesOf(code) })) : [];
  const total = table
    ? (Object.fromEntries(
        measures.map((measure) => [measure, table.total.values.find((value) => value.measure === FIGURE_INSIGHT_MEASURES[measure])?.value ?? null]),
      ) as BreakdownRow['values'])
    : null;
  return { rows, total, ready: table != null, loading, error, refetch };
}
