import type { ExportTable } from '@birge/server-exports';
import type { ReportingCompleteness } from '../completeness/completeness.type';
import type { ExportWords } from './export-labels';

/** Every region × period cell of a form's completeness: where each report stands, when it came, whether on time. */
export function completenessCellsTable({ t, region }: ExportWords, completeness: ReportingCompleteness): ExportTable {
  const yesNo = (value: boolean | null) => (value === null ? null : value ? t('yes') : t('no'));
  return {
    name: t('completeness.sheet.cells'),
    columns: [
      { header: t('completeness.column.region'), type: 'text', width: 30 },
      { header: t('completeness.column.code'), type: 'text', width: 12 },
      { header: t('completeness.column.period'), type: 'text', width: 10 },
      { header: t('completeness.column.dueOn'), type: 'text', width: 12 },
      { header: t('completeness.column.state'), type: 'text', width: 14 },
      { header: t('completeness.column.submittedAt'), type: 'date', width: 17 },
      { header: t('completeness.column.onTime'), type: 'text', width: 10 },
      { header: t('completeness.column.overdue'), type: 'text', width: 10 },
    ],
    rows: completeness.cells.map((cell) => [
      region(cell.regionCode),
      cell.regionCode,
      cell.period,
      cell.dueOn,
      t(`completeness.state.${cell.state}`),
      cell.firstSubmittedAt,
      yesNo(cell.submittedOnTime),
      yesNo(cell.overdue),
    ]),
  };
}

/** The counts per region over the periods asked: expected, submitted, on time, returned, accepted, overdue, drafts, not started. */
export function completenessRegionsTable({ t, region }: ExportWords, completeness: ReportingCompleteness): ExportTable {
  const counts = ['expected', 'submitted', 'onTime', 'returned', 'accepted', 'overdue', 'drafts', 'notStarted'] as const;
  return {
    name: t('completeness.sheet.regions'),
    columns: [
      { header: t('completeness.column.region'), type: 'text', width: 30 },
      { header: t('completeness.column.code'), type: 'text', width: 12 },
      ...counts.map((count) => ({ header: t(`completeness.column.${count}`), type: 'number' as const, width: 12 })),
    ],
    rows: completeness.regions.map((row) => [region(row.regionCode), row.regionCode, ...counts.map((count) => row.counts[count])]),
  };
}
