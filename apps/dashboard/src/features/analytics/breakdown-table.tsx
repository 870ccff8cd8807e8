import type { InsightDimension } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { SortableTable, type SortableColumn, type SortDirection } from '../../ui/sortable-table';
import { dimensionLabelKey, valueLabelKey } from './dimensions';
import { MEASURE_LABEL } from './measures';
import type { BreakdownMeasure, BreakdownRow } from './use-breakdown';

/** The breakdown's figures, a row per value of the dimension; sorted only when a heading is pressed. */
export function BreakdownTable({
  dimension,
  measures,
  rows,
  total,
  sort,
  dir,
  onSort,
}: {
  dimension: InsightDimension;
  measures: readonly BreakdownMeasure[];
  rows: readonly BreakdownRow[];
  total: BreakdownRow['values'] | null;
  sort: string | null;
  dir: SortDirection;
  onSort: (sort: string, dir: SortDirection) => void;
}) {
  const { t, formatNumber } = useI18n();
  const label = (code: string) => {
    const key = valueLabelKey(dimension, code);
    return key ? t(key) : code;
  };
  const show = (value: number | null | undefined) => (value == null ? t('common.unavailable') : formatNumber(value));
  const columns: SortableColumn<BreakdownRow>[] = [
    { key: 'value', label: t(dimensionLabelKey(dimension)), sortValue: (row) => label(row.code), cell: (row) => label(row.code) },
    ...measures.map((measure) => ({
      key: measure,
      label: t(MEASURE_LABEL[measure]),
      numeric: true,
      sortValue: (row: BreakdownRow) => row.values[measure] ?? null,
      cell: (row: BreakdownRow) => show(row.values[measure]),
    })),
  ];
  return (
    <>
      <SortableTable
        testId="breakdown-table"
        caption={t('analytics.breakdown.table', { dimension: t(dimensionLabelKey(dimension)) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        sort={sort}
        dir={dir}
        onSort={onSort}
      />
      {total && (
        <p className="muted small" data-testid="breakdown-total">
          {t('analytics.breakdown.total')}: {measures.map((measure) => `${t(MEASURE_LABEL[measure])} ${show(total[measure])}`).join(' · ')}
        </p>
      )}
    </>
  );
}
