import { readCsv } from '@birge/server-testing';
import { toCsv } from './csv-export';
import { neutraliseFormula, type ExportTable } from './table';

const table: ExportTable = {
  name: 'Қажеттіліктер',
  columns: [
    { header: 'Өңір', type: 'text' },
    { header: 'Ұйымдар', type: 'number' },
    { header: 'Қамту', type: 'percent' },
    { header: 'Тіркелген', type: 'date' },
  ],
  rows: [
    ['Ақмола облысы', 1204, 0.4567, new Date('2026-12-06T20:30:00Z')],
    ['=HYPERLINK("http://evil","x")', -3, 0, null],
    ['+7 701 000 00 00', 0, 1, null],
    ['-1+2', 2.5, null, null],
    ['@SUM(A1:A2)', null, null, null],
    ['\tTAB', null, null, null],
    ['\r=1', null, null, null],
    ['Қазақ тілі "тырнақша", үтір', 1, null, null],
  ],
};

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and reads back with Kazakh letters intact', async () => {
    const { bom, rows } = await readCsv(toCsv(table));
    expect(bom).toBe(true);
    expect(rows[0]).toEqual(['Өңір', 'Ұйымдар', 'Қамту (%)', 'Тіркелген']);
    expect(rows[1][0]).toBe('Ақмола облысы');
    expect(rows[8][0]).toBe('Қазақ тілі "тырнақша", үтір');
  });

  it('neutralises every text cell a spreadsheet would run as a formula, and only those', async () => {
    const { rows } = await readCsv(toCsv(table));
    const first = rows.slice(1).map((row) => row[0]);
    expect(first.slice(1, 7)).toEqual(['\'=HYPERLINK("http://evil","x")', "'+7 701 000 00 00", "'-1+2", "'@SUM(A1:A2)", "'\tTAB", "'\r=1"]);
    for (const cell of first) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(first[0]).toBe('Ақмола облысы');
  });

  it('writes numbers as numbers (a negative one untouched), percents in points and dates in Almaty time', async () => {
    const { rows } = await readCsv(toCsv(table));
    expect(Number(rows[1][1])).toBe(1204);
    expect(rows[2][1]).toBe('-3');
    expect(Number(rows[4][1])).toBe(2.5);
    expect(rows[5][1]).toBe('');
    expect(Number(rows[1][2])).toBe(45.67);
    expect(rows[3][2]).toBe('100');
    // 20:30 UTC on the 6th is 01:30 on the 7th in Almaty (UTC+5).
    expect(rows[1][3]).toBe('2026-12-07 01:30');
  });

  it('refuses rows that do not match the columns rather than shifting them', () => {
    expect(() => toCsv({ ...table, rows: [['only one']] })).toThrow(/1 cells for 4 columns/);
    expect(() => toCsv({ ...table, rows: [['x', 'not a number', null, null]] })).toThrow(/is not a number/);
  });
});

describe('neutraliseFormula', () => {
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Астана')).toBe('Астана');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});
