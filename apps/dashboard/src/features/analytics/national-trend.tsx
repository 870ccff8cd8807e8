import type { InsightFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/status';
import { insightMeasureOf, MEASURE_LABEL, type Measure } from './measures';
import { TrendChart } from './trend-chart';
import { useInsightSeries } from './use-insight-series';

/** The chosen measure month by month over the period, for the country or the filtered regions, as the filters cut it. */
export function NationalTrend({ measure, filter }: { measure: Measure; filter: InsightFilter }) {
  const { t } = useI18n();
  const insightMeasure = insightMeasureOf(measure);
  const series = useInsightSeries(filter, insightMeasure);
  const caption = t('analytics.trend.caption', { measure: t(MEASURE_LABEL[measure]) });
  if (!insightMeasure) {
    return (
      <figure className="chart-card card" data-testid="national-trend">
        <figcaption>{caption}</figcaption>
        <p className="muted">{t('analytics.trend.notForMeasure')}</p>
      </figure>
    );
  }
  if (!series.ready) return series.error ? <ErrorNotice error={series.error} onRetry={() => void series.refetch()} /> : null;
  return (
    <TrendChart
      testId="national-trend"
      caption={caption}
      months={series.months}
      lines={series.lines.map((line) => ({ id: line.code || 'all', label: caption, values: line.values }))}
      share={measure === 'coverage'}
    />
  );
}
