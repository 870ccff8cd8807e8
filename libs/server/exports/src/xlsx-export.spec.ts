import { readXlsx } from '@birge/server-testing';
import type { ExportTable } from './table';
import { toXlsx } from './xlsx-export';

const regions: ExportTable = {
  name: 'Өңірлер: 2026/12',
  columns: [
    { header: 'Өңір', type: 'text', width: 30 },
    { header: 'Ұйымдар', type: 'number' },
    { header: 'Қамту', type: 'percent' },
    { header: 'Жаңартылды', type: 'date' },
  ],
  rows: [
    ['Шымкент қаласы', 87, 0.25, new Date('2026-12-06T20:30:00Z')],
    ['=cmd|"/c calc"!A1', -4, null, null],
    ['@here', 0, 0, null],
  ],
};

describe('toXlsx', () => {
  it('writes typed cells that exceljs reads back: numbers, percents with their format, Almaty dates, Kazakh text', async () => {
    const book = await readXlsx(await toXlsx([regions, { name: 'Бос', columns: [{ header: 'Атауы', type: 'text' }], rows: [] }], { createdAt: new Date('2026-12-07T00:00:00Z') }));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Өңірлер 2026 12', 'Бос']);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Өңір', 'Ұйымдар', 'Қамту', 'Жаңартылды']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Шымкент қаласы');
    expect(sheet.getCell('B2').value).toBe(87);
    expect(sheet.getCell('C2').value).toBe(0.25);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    // Stored as the wall-clock time Almaty showed: 01:30 on the 7th.
    expect((sheet.getCell('D2').value as Date).toISOString()).toBe('2026-12-07T01:30:00.000Z');
    expect(sheet.getCell('B3').value).toBe(-4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.worksheets[1].rowCount).toBe(1);
  });

  it('neutralises text a spreadsheet would run, and never writes a formula cell', async () => {
    const sheet = (await readXlsx(await toXlsx([regions]))).worksheets[0];
    expect(sheet.getCell('A3').value).toBe('\'=cmd|"/c calc"!A1');
    expect(sheet.getCell('A4').value).toBe("'@here");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});
