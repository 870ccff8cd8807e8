import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { useChartSize } from './chart-size';
import { formatMonth } from './period-select';

/** Line colours told apart by hue and by dash, for readers who do not tell the hues apart. */
export const LINE_STYLES = [
  { stroke: '#00788c', dash: undefined },
  { stroke: '#c2410c', dash: '6 3' },
  { stroke: '#6d28d9', dash: '2 3' },
  { stroke: '#15803d', dash: '8 3 2 3' },
  { stroke: '#1d4ed8', dash: '4 4' },
  { stroke: '#a16207', dash: '1 2' },
] as const;

export interface TrendLine {
  id: string;
  label: string;
  /** One value per month of `months`; null where the API could not tell. */
  values: readonly (number | null)[];
}

/**
 * Monthly values as lines over time (one per region when comparing). Shares come as 0–1 and are
 * drawn in per cent.
 */
export function TrendChart({
  testId,
  caption,
  months,
  lines,
  share = false,
}: {
  testId: string;
  caption: string;
  months: readonly string[];
  lines: readonly TrendLine[];
  share?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const size = useChartSize(240);
  const scaled = (value: number | null) => (value == null ? null : share ? Math.round(value * 1000) / 10 : value);
  const data = months.map((month, index) => ({
    month: formatMonth(month, t),
    ...Object.fromEntries(lines.map((line) => [line.id, scaled(line.values[index] ?? null)])),
  }));
  const format = (value: unknown) => (typeof value === 'number' ? `${formatNumber(value)}${share ? '%' : ''}` : t('common.unavailable'));
  return (
    <figure className="chart-card card" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      {months.length === 0 ? (
        <p className="muted">{t('analytics.trend.empty')}</p>
      ) : (
        <div className="chart-frame">
          <LineChart {...size} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} title={caption} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} minTickGap={12} />
            <YAxis allowDecimals={share} width={44} tickFormatter={(value: number) => formatNumber(value)} />
            <Tooltip formatter={format} />
            {lines.length > 1 && <Legend />}
            {lines.map((line, index) => {
              const style = LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0];
              return (
                <Line
                  key={line.id}
                  type="monotone"
                  dataKey={line.id}
                  name={line.label}
                  stroke={style.stroke}
                  strokeDasharray={style.dash}
                  strokeWidth={2}
                  dot={{ r: 2.5 }}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              );
            })}
          </LineChart>
        </div>
      )}
    </figure>
  );
}
