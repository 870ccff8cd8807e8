import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import './sortable-table.css';

export interface SortableColumn<Row> {
  key: string;
  label: string;
  numeric?: boolean;
  /** The value the column sorts by; null sorts last either way. Omitted: the column does not sort. */
  sortValue?: (row: Row) => string | number | null;
  /** The cell; the first column is the row's header (`<th scope="row">`). */
  cell: (row: Row) => ReactNode;
}

export type SortDirection = 'asc' | 'desc';

/** Rows sorted by one column; null keeps their given order. Ties keep it too (a stable sort). */
export function sortRows<Row>(rows: readonly Row[], columns: readonly SortableColumn<Row>[], sort: string | null, dir: SortDirection, collator: Intl.Collator): Row[] {
  const column = columns.find((candidate) => candidate.key === sort);
  if (!column?.sortValue) return [...rows];
  const value = column.sortValue;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) return x == null && y == null ? 0 : x == null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return collator.compare(String(x), String(y)) * sign;
  });
}

/**
 * A table whose column headings sort it (a button in each, `aria-sort` on the sorted one). The
 * sort is the caller's state, so a page can keep it in the address; a second press reverses it.
 */
export function SortableTable<Row>({
  testId,
  caption,
  columns,
  rows,
  rowKey,
  sort,
  dir,
  onSort,
}: {
  testId: string;
  caption?: ReactNode;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort: string | null;
  dir: SortDirection;
  onSort: (key: string, dir: SortDirection) => void;
}) {
  const { t, locale } = useI18n();
  const sorted = sortRows(rows, columns, sort, dir, new Intl.Collator(locale));
  return (
    <div className="table-wrap sortable-table-wrap">
      <table className="table" data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => {
              const active = column.key === sort;
              const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined} aria-sort={ariaSort}>
                  {column.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.key, active && dir === 'asc' ? 'desc' : 'asc')}>
                      {column.label}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      <span className="visually-hidden">{active ? t(dir === 'asc' ? 'table.sortedAscending' : 'table.sortedDescending') : t('table.sortable')}</span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} data-testid={`${testId}-row-${rowKey(row)}`}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.key} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
