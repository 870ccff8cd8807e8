import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { insightMeasureOf, MEASURE_LABEL, type Measure } from './measures';
import { periodInput } from './period';
import { TrendChart } from './trend-chart';
import { useInsightSeries } from './use-insight-series';

/** The chosen regions' monthly values of one measure, a line each. */
export function CompareTrend({ codes, names, measure, period }: { codes: string[]; names: Map<string, string>; measure: Measure; period: string | null }) {
  const { t } = useI18n();
  const input = periodInput(period);
  const series = useInsightSeries({ regions: codes, ...(input ? { period: input } : {}) }, insightMeasureOf(measure), 'REGION');
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
