import { useI18n } from '../../i18n/i18n';
import type { RegionFigures } from './measures';

const sum = (values: readonly (number | null)[]): number | null => (values.some((value) => value == null) ? null : values.reduce<number>((total, value) => total + (value ?? 0), 0));

/**
 * The country's (or the filtered regions') totals. A total is "unavailable" when any region's
 * figure is: a sum that silently left a region out would be wrong.
 */
export function KpiTiles({ rows, openNeedsPartial }: { rows: readonly RegionFigures[]; openNeedsPartial: boolean }) {
  const { t, formatNumber } = useI18n();
  const coverage = rows.every((row) => row.coverage)
    ? rows.reduce((total, row) => ({ covered: total.covered + (row.coverage?.covered ?? 0), total: total.total + (row.coverage?.total ?? 0) }), { covered: 0, total: 0 })
    : null;
  const show = (value: number | null) => (value == null ? t('common.unavailable') : formatNumber(value));
  const tiles = [
    { key: 'organizations', label: t('analytics.measure.organizations'), value: show(sum(rows.map((row) => row.organizations))) },
    { key: 'openRequests', label: t('analytics.measure.openRequests'), value: show(sum(rows.map((row) => row.openRequests))) },
    { key: 'overdueRequests', label: t('analytics.measure.overdueRequests'), value: show(sum(rows.map((row) => row.overdueRequests))) },
    {
      key: 'coverage',
      label: t('analytics.kpi.coveredDistricts'),
      value: coverage ? t('regions.coverage.value', { covered: formatNumber(coverage.covered), total: formatNumber(coverage.total) }) : t('common.unavailable'),
    },
    {
      key: 'openNeeds',
      label: t('analytics.measure.openNeeds'),
      value: `${show(sum(rows.map((row) => row.openNeeds)))}${openNeedsPartial ? '+' : ''}`,
    },
  ];
  return (
    <dl className="kpis" data-testid="kpis">
      {tiles.map((tile) => (
        <div key={tile.key} className="kpi card" data-testid={`kpi-${tile.key}`}>
          <dt>{tile.label}</dt>
          <dd>{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}
