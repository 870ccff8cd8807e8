/** How a cell is written: text as typed, numbers as numbers, dates as Asia/Almaty wall-clock times, percents from a ratio. */
export type CellType = 'text' | 'number' | 'date' | 'percent';

/** A cell's value: a string for text, a number for number and percent (a ratio: 0.25 is 25 %), a Date for date; null when empty. */
export type CellValue = string | number | Date | null;

export interface ExportColumn {
  /** The header, already in the reader's language. */
  header: string;
  type: CellType;
  /** Relative width (characters in a spreadsheet, a share of the line in a PDF); 14 when omitted. */
  width?: number;
}

/**
 * A typed table, the one input of every format: CSV, a worksheet, or a table in a PDF.
 * `name` becomes the worksheet's name (at most 31 characters there).
 */
export interface ExportTable {
  name: string;
  columns: ExportColumn[];
  rows: CellValue[][];
}

export const DEFAULT_COLUMN_WIDTH = 14;

/**
 * Spreadsheet software runs a cell that starts with these as a formula (CSV injection): `=`, `+`,
 * `-`, `@`, and a tab or carriage return in front of them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as it may be written to a spreadsheet: a leading apostrophe makes a would-be formula plain
 * text (OWASP's advice; spreadsheet programs hide the apostrophe). Only text cells are touched, so
 * a negative number stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Refuses a table whose rows do not match its columns: a silently shifted column is worse than an error. */
export function assertTableShape(table: ExportTable): void {
  table.rows.forEach((row, index) => {
    if (row.length !== table.columns.length) throw new Error(`Table "${table.name}" row ${index} has ${row.length} cells for ${table.columns.length} columns`);
    row.forEach((cell, column) => {
      if (cell === null) return;
      const type = table.columns[column].type;
      const ok = type === 'text' ? typeof cell === 'string' : type === 'date' ? cell instanceof Date : typeof cell === 'number' && Number.isFinite(cell);
      if (!ok) throw new Error(`Table "${table.name}" row ${index}, column "${table.columns[column].header}": ${String(cell)} is not a ${type}`);
    });
  });
}
