import type { CellValue, ExportTable } from '@birge/server-exports';
import { INSIGHT_DIMENSION_LABELS, INSIGHT_MEASURE_LABELS, INSIGHT_SHARE_MEASURES } from '@birge/shared-reference';
import type { InsightTable } from '../insights/insight-table.type';
import type { ExportWords } from './export-labels';

/**
 * An analytics table as a file's table: a column per grouping dimension (its values' labels in
 * the reader's language), a column per measure (shares as percents, the rest as numbers), the rows
 * in the API's order (never ranked), and the total last.
 */
export function insightsTable(words: ExportWords, table: InsightTable): ExportTable {
  const { t } = words;
  const keyColumns = table.groupBy.map((dimension) => ({ header: words.label(INSIGHT_DIMENSION_LABELS[dimension]), type: 'text' as const, width: 26 }));
  const measureColumns = table.measures.map((measure) => ({
    header: words.label(INSIGHT_MEASURE_LABELS[measure]),
    type: INSIGHT_SHARE_MEASURES.includes(measure) ? ('percent' as const) : ('number' as const),
    width: 16,
  }));
  const values = (row: InsightTable['total']): CellValue[] => table.measures.map((measure) => row.values.find((value) => value.measure === measure)?.value ?? null);
  const totalKeys: CellValue[] = table.groupBy.map((_, i) => (i === 0 ? t('insights.total') : null));
  return {
    name: `${t('insights.sheet')} ${table.period.from} – ${table.period.to}`,
    columns: [...keyColumns, ...measureColumns],
    rows: [
      ...table.rows.map((row) => [
        ...table.groupBy.map((dimension) => {
          const key = row.keys.find((k) => k.dimension === dimension);
          return key ? words.label(key.label) : null;
        }),
        ...values(row),
      ]),
      // Grouped tables end with the total; an ungrouped one is the total alone.
      ...(table.groupBy.length ? [[...totalKeys, ...values(table.total)]] : [values(table.total)]),
    ],
  };
}
