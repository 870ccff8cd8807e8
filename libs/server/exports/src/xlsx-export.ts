import ExcelJS from 'exceljs';
import { kazakhstanWallClock } from '@birge/shared-reference';
import { assertTableShape, DEFAULT_COLUMN_WIDTH, neutraliseFormula, type CellType, type CellValue, type ExportTable } from './table';

const NUMBER_FORMATS: Record<CellType, string | undefined> = {
  text: '@',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'yyyy-mm-dd hh:mm',
};

export interface XlsxOptions {
  /** Workbook properties: who made it, and when (the generation time). */
  creator?: string;
  createdAt?: Date;
}

/** A worksheet name as Excel accepts it: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function xlsxCell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === 'text') return neutraliseFormula(value as string);
  // Spreadsheets store times without a zone and show the stored one: write what Kazakhstan's clocks showed.
  if (type === 'date') return kazakhstanWallClock(value as Date);
  return value as number;
}

/**
 * Tables as an XLSX workbook, one worksheet each: a bold header row that stays in view, typed
 * cells (numbers and percents as numbers with a format, dates as dates in Almaty time, text as
 * text, neutralised where a spreadsheet would run it as a formula), an auto-filter on the header.
 */
export async function toXlsx(tables: ExportTable[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'Birge';
  workbook.created = options.createdAt ?? new Date();
  const taken = new Set<string>();
  for (const table of tables) {
    assertTableShape(table);
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: neutraliseFormula(column.header),
      width: column.width ?? DEFAULT_COLUMN_WIDTH,
      style: { numFmt: NUMBER_FORMATS[column.type] },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
    for (const row of table.rows) sheet.addRow(row.map((value, index) => xlsxCell(value, table.columns[index].type)));
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
