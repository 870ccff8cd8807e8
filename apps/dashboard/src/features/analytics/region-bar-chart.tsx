import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { buildScale, classify, NO_DATA } from './colour-scale';
import { formatMeasure, isCount, MEASURE_LABEL, measureValue, type Measure, type RegionFigures } from './measures';
import { useChartSize } from './chart-size';
import { REGION_TILES } from './region-tiles';

const BAR_HEIGHT = 22;

/**
 * The chosen measure for every region as horizontal bars, in the official order of regions, never
 * sorted by the figure: the chart compares, it does not rank. Bars take the map's colours.
 */
export function RegionBarChart({ rows, measure }: { rows: readonly RegionFigures[]; measure: Measure }) {
  const { t, name, locale, formatNumber } = useI18n();
  const unavailable = t('common.unavailable');
  const short = new Map(REGION_TILES.map((tile) => [tile.code, tile.short[locale]]));
  const scale = buildScale(
    rows.map((row) => measureValue(row, measure)),
    isCount(measure),
  );
  const data = rows.map((row) => {
    const value = measureValue(row, measure);
    return {
      code: row.code,
      label: short.get(row.code) ?? name(row.name),
      value: value ?? 0,
      display: formatMeasure(measure, value, formatNumber, unavailable),
      known: value != null,
      fill: (classify(scale, value) ?? NO_DATA).fill,
    };
  });
  const size = useChartSize(data.length * BAR_HEIGHT + 40);
  const label = t('analytics.chart.byRegion', { measure: t(MEASURE_LABEL[measure]) });

  return (
    <figure className="chart-card card" data-testid="region-bar-chart" data-measure={measure}>
      <figcaption>
        {label}
        <p className="chart-note">{t('analytics.chart.officialOrder')}</p>
      </figcaption>
      <div className="chart-frame">
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 4, right: 44, bottom: 4, left: 4 }} title={label} accessibilityLayer>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} />
          <YAxis type="category" dataKey="label" width={92} interval={0} tick={{ fontSize: 12 }} />
          <Bar dataKey="value" isAnimationActive={false} name={t(MEASURE_LABEL[measure])}>
            {data.map((entry) => (
              <Cell key={entry.code} fill={entry.fill} stroke="#00788c" strokeWidth={entry.known ? 0 : 1} />
            ))}
            <LabelList dataKey="display" position="right" className="chart-value" fill="#1d2733" />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
