import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n';
import { useChartSize } from './chart-size';
import { MEASURE_LABEL, type Measure, type RegionFigures } from './measures';
import { LINE_STYLES } from './trend-chart';

/** The counts drawn side by side; coverage is a share and open needs are listed on each card. */
const COMPARED: readonly Measure[] = ['organizations', 'requests', 'openRequests', 'overdueRequests', 'resolvedRequests', 'contacts'];

/** One group of bars per measure, one bar per region in the order the regions were chosen. */
export function CompareChart({ rows, notCut = [] }: { rows: readonly RegionFigures[]; notCut?: readonly Measure[] }) {
  const { t, name, formatNumber } = useI18n();
  // Only the figures the dimension filters cut.
  const compared = COMPARED.filter((measure) => !notCut.includes(measure));
  // Horizontal bars: the measures' names stay readable on a phone.
  const size = useChartSize(compared.length * (rows.length * 14 + 18) + 70);
  const data = compared.map((measure) => ({
    measure: t(MEASURE_LABEL[measure]),
    ...Object.fromEntries(rows.map((row) => [row.code, row[measure as Exclude<Measure, 'coverage'>] ?? 0])),
  }));
  const caption = t('analytics.compare.chart');
  return (
    <figure className="chart-card card" data-testid="compare-chart">
      <figcaption>{caption}</figcaption>
      <div className="chart-frame">
        <BarChart {...size} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 4 }} title={caption} accessibilityLayer>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} />
          <YAxis type="category" dataKey="measure" tick={{ fontSize: 11 }} interval={0} width={110} />
          <Tooltip />
          <Legend />
          {rows.map((row, index) => (
            <Bar key={row.code} dataKey={row.code} name={name(row.name)} fill={(LINE_STYLES[index % LINE_STYLES.length] ?? LINE_STYLES[0]).stroke} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
    </figure>
  );
}
