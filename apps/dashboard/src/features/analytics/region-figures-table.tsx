import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { excerpt } from '../needs/needs-page';
import { SortableTable, type SortableColumn, type SortDirection } from '../../ui/sortable-table';
import { formatMeasure, measureValue, type Measure, type RegionFigures } from './measures';
import { NotCut } from './not-cut';

/**
 * Every region's figures, its open needs beside them, and a box to tick it for comparison. In
 * official order until a heading is pressed; no rank column.
 */
export function RegionFiguresTable({
  rows,
  sort,
  dir,
  onSort,
  selected,
  onSelect,
  notCut = [],
}: {
  rows: readonly RegionFigures[];
  sort: string | null;
  dir: SortDirection;
  onSort: (sort: string, dir: SortDirection) => void;
  selected: readonly string[];
  onSelect: (codes: string[]) => void;
  /** Figures the dimension filters cannot cut: a dash in their column. */
  notCut?: readonly Measure[];
}) {
  const { t, name, formatNumber } = useI18n();
  const unavailable = t('common.unavailable');
  const count = (value: number | null) => formatMeasure('organizations', value, formatNumber, unavailable);
  const columns: SortableColumn<RegionFigures>[] = [
    {
      key: 'name',
      label: t('overview.column.region'),
      sortValue: (row) => name(row.name),
      cell: (row) => <Link to={`/regions/${encodeURIComponent(row.code)}`}>{name(row.name)}</Link>,
    },
    { key: 'organizations', label: t('analytics.measure.organizations'), numeric: true, sortValue: (row) => row.organizations, cell: (row) => count(row.organizations) },
    { key: 'openRequests', label: t('analytics.measure.openRequests'), numeric: true, sortValue: (row) => row.openRequests, cell: (row) => count(row.openRequests) },
    { key: 'overdueRequests', label: t('analytics.measure.overdueRequests'), numeric: true, sortValue: (row) => row.overdueRequests, cell: (row) => count(row.overdueRequests) },
    {
      key: 'coverage',
      label: t('analytics.measure.coverage'),
      numeric: true,
      sortValue: (row) => measureValue(row, 'coverage'),
      cell: (row) => (row.coverage ? t('regions.coverage.value', { covered: formatNumber(row.coverage.covered), total: formatNumber(row.coverage.total) }) : unavailable),
    },
    {
      key: 'openNeeds',
      label: t('analytics.measure.openNeeds'),
      numeric: true,
      sortValue: (row) => row.openNeeds,
      cell: (row) => (row.openNeeds == null ? unavailable : <Link to={`/needs?region=${encodeURIComponent(row.code)}`}>{formatNumber(row.openNeeds)}</Link>),
    },
    {
      key: 'lastReport',
      label: t('analytics.report.column'),
      cell: (row) =>
        row.lastReport ? (
          <span className="report-excerpt">
            {row.lastReport.period && <span className="muted small">{row.lastReport.period} · </span>}
            {excerpt(row.lastReport.narrative, 90)}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'compare',
      label: t('analytics.compare.column'),
      cell: (row) => {
        const checked = selected.includes(row.code);
        return (
          <label className="compare-toggle">
            <input type="checkbox" checked={checked} onChange={() => onSelect(checked ? selected.filter((code) => code !== row.code) : [...selected, row.code])} />
            <span className="visually-hidden">{t('analytics.compare.add', { region: name(row.name) })}</span>
          </label>
        );
      },
    },
  ];
  const cut = (key: string) => !notCut.includes(key as Measure);
  return (
    <SortableTable
      testId="region-figures"
      caption={t('overview.byRegion')}
      columns={columns.map((column) => (cut(column.key) ? column : { ...column, sortValue: undefined, cell: () => <NotCut /> }))}
      rows={rows}
      rowKey={(row) => row.code}
      sort={sort}
      dir={dir}
      onSort={onSort}
    />
  );
}
