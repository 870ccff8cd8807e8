import { stringify } from 'csv-stringify/sync';
import { kazakhstanMinute } from '@birge/shared-reference';
import { assertTableShape, neutraliseFormula, type CellType, type CellValue, type ExportTable } from './table';

/** A percent column's header in CSV says its unit, as its cells are plain numbers (percentage points). */
export function csvHeader(header: string, type: CellType): string {
  return type === 'percent' ? `${header} (%)` : header;
}

function csvCell(value: CellValue, type: CellType): string {
  if (value === null) return '';
  switch (type) {
    case 'text':
      return neutraliseFormula(value as string);
    case 'number':
      return String(value);
    case 'percent':
      // Two decimals of a point at most, without trailing zeros: 0.4567 -> 45.67.
      return String(Math.round((value as number) * 10_000) / 100);
    case 'date':
      return kazakhstanMinute(value as Date);
  }
}

/**
 * A table as CSV: UTF-8 with a byte order mark (so Excel reads Kazakh letters instead of guessing a
 * code page), a header row, comma-separated, quoted where needed, CRLF line ends (RFC 4180). Text
 * that a spreadsheet would run as a formula is neutralised; numbers use a dot; dates are Almaty times.
 */
export function toCsv(table: ExportTable): Buffer {
  assertTableShape(table);
  const header = table.columns.map((column) => neutraliseFormula(csvHeader(column.header, column.type)));
  const rows = table.rows.map((row) => row.map((value, index) => csvCell(value, table.columns[index].type)));
  return Buffer.from(stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }), 'utf8');
}
