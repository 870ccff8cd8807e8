import { useQuery } from '@apollo/client/react';
import type { InsightDimension, InsightFilter, InsightMeasure } from '../../gql/graphql';
import { InsightSeriesQuery } from './analytics.graphql';

export interface SeriesLine {
  /** The split dimension's code (a region's KATO code); '' for the one line of an unsplit series. */
  code: string;
  values: (number | null)[];
}

/** One measure's monthly series from the analytics API, as lines of values aligned with `months`. */
export function useInsightSeries(filter: InsightFilter, measure: InsightMeasure | null, splitBy?: InsightDimension) {
  const { data, loading, error, refetch } = useQuery(InsightSeriesQuery, {
    variables: { filter, measures: measure ? [measure] : [], ...(splitBy ? { splitBy } : {}) },
    skip: !measure,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const series = data?.insightSeries;
  const lines: SeriesLine[] = (series?.lines ?? []).map((line) => ({
    code: line.key?.code ?? '',
    values: line.points.map((point) => point.values[0]?.value ?? null),
  }));
  return { months: series?.months ?? [], lines, ready: series != null, loading, error, refetch };
}
