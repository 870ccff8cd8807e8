import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightDimension } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useChartSize } from './chart-size';
import { dimensionLabelKey, valueLabelKey } from './dimensions';
import { MEASURE_LABEL } from './measures';
import type { BreakdownMeasure, BreakdownRow } from './use-breakdown';

const BAR_HEIGHT = 26;
const LABEL_CHARACTERS = 19;
const AXIS_WIDTH = 150;

const shorten = (label: string) => (label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : label);

/** An axis label on one line (Recharts would wrap a long one over its neighbours); the whole name is in the tooltip and the table. */
function OneLineTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  return (
    <text className="breakdown-tick" x={Number(x ?? 0) - 4} y={Number(y ?? 0)} dy={4} textAnchor="end" fontSize={11} fill="#4b5563">
      {String(payload?.value ?? '')}
    </text>
  );
}

/**
 * One measure broken down by a dimension as horizontal bars, in the dimension's own order (never
 * sorted by the figure). Long names are shortened on the axis and whole in the tooltip and the
 * table beside it.
 */
export function BreakdownChart({ dimension, measure, rows }: { dimension: InsightDimension; measure: BreakdownMeasure; rows: readonly BreakdownRow[] }) {
  const { t, formatNumber } = useI18n();
  const label = (code: string) => {
    const key = valueLabelKey(dimension, code);
    return key ? t(key) : code;
  };
  const data = rows.map((row) => {
    const value = row.values[measure] ?? null;
    return { code: row.code, name: label(row.code), short: shorten(label(row.code)), value: value ?? 0, display: value == null ? t('common.unavailable') : formatNumber(value) };
  });
  const size = useChartSize(data.length * BAR_HEIGHT + 40);
  const caption = t('analytics.breakdown.chart', { measure: t(MEASURE_LABEL[measure]), dimension: t(dimensionLabelKey(dimension)) });
  return (
    <figure className="chart-card card" data-testid="breakdown-chart" data-dimension={dimension} data-measure={measure} data-values={data.map((entry) => entry.value).join(',')}>
      <figcaption>
        {caption}
        <p className="chart-note">{t('analytics.breakdown.order')}</p>
      </figcaption>
      <div className="chart-frame">
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 4, right: 44, bottom: 4, left: 4 }} title={caption} accessibilityLayer>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} />
          <YAxis type="category" dataKey="short" width={AXIS_WIDTH} interval={0} tick={OneLineTick} />
          <Tooltip
            labelFormatter={(_, payload) => (payload?.[0]?.payload as { name?: string } | undefined)?.name ?? ''}
            formatter={(value: unknown) => (typeof value === 'number' ? formatNumber(value) : '')}
          />
          <Bar dataKey="value" fill="#00788c" isAnimationActive={false} name={t(MEASURE_LABEL[measure])}>
            <LabelList dataKey="display" position="right" className="chart-value" fill="#1d2733" />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
