import { useI18n } from '../../i18n/i18n';
import type { ReactNode } from 'react';
import type { Measure, RegionFigures } from './measures';
import { NotCut } from './not-cut';

const sum = (values: readonly (number | null)[]): number | null =>
  values.some((value) => value == null) ? null : values.reduce<number>((total, value) => total + (value ?? 0), 0);

/**
 * The country's (or the filtered regions') totals. A total is "unavailable" when any region's
 * figure is: a sum that silently left a region out would be wrong. A figure the dimension filters
 * cannot cut shows as a dash (`notCut`).
 */
export function KpiTiles({ rows, openNeedsPartial, notCut = [] }: { rows: readonly RegionFigures[]; openNeedsPartial: boolean; notCut?: readonly Measure[] }) {
  const { t, formatNumber } = useI18n();
  const coverage = rows.every((row) => row.coverage)
    ? rows.reduce((total, row) => ({ covered: total.covered + (row.coverage?.covered ?? 0), total: total.total + (row.coverage?.total ?? 0) }), { covered: 0, total: 0 })
    : null;
  const show = (value: number | null) => (value == null ? t('common.unavailable') : formatNumber(value));
  const tiles: { key: Measure; label: string; value: ReactNode }[] = [
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
          <dd>{notCut.includes(tile.key) ? <NotCut /> : tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}
