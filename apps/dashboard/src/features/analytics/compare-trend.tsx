import type { InsightFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { insightMeasureOf, MEASURE_LABEL, type Measure } from './measures';
import { TrendChart } from './trend-chart';
import { useInsightSeries } from './use-insight-series';

/** The chosen regions' monthly values of one measure, a line each. */
export function CompareTrend({ codes, names, measure, filter }: { codes: string[]; names: Map<string, string>; measure: Measure; filter: InsightFilter }) {
  const { t } = useI18n();
  const series = useInsightSeries(filter, insightMeasureOf(measure), 'REGION');
  if (!series.ready) return series.error ? <ErrorNotice error={series.error} onRetry={() => void series.refetch()} /> : null;
  const byCode = new Map(series.lines.map((line) => [line.code, line]));
  return (
    <TrendChart
      testId="compare-trend"
      caption={t('analytics.trend.caption', { measure: t(MEASURE_LABEL[measure]) })}
      months={series.months}
      // A region without facts in the period has no line from the API: a line of zeros.
      lines={codes.map((code) => ({ id: code, label: names.get(code) ?? code, values: byCode.get(code)?.values ?? series.months.map(() => 0) }))}
      share={measure === 'coverage'}
    />
  );
}
