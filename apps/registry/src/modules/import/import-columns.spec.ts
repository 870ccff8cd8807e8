import { checkContext, checkRow, type ImportColumn, type RowError } from './import-columns';

const TODAY = new Date('2026-11-25T10:00:00Z');
const ROW: Partial<Record<ImportColumn, string>> = { name: 'Қамқор жастары', kind: 'NGO', region_code: '710000000', directions: 'BILIM' };
const cellsOf = (cells: Partial<Record<ImportColumn, string>>) => (column: ImportColumn) => cells[column];

describe('checkRow', () => {
  it('reads list cells split at ";" or "|", trimmed, empty items dropped, in any case and spelling of the enum', () => {
    const errors: RowError[] = [];
    const row = checkRow(2, cellsOf({ ...ROW, directions: ' taza alem ;;| culture-and  arts|', categories: 'pro bono', modes: ' ; ' }), errors, checkContext(TODAY));
    expect(errors).toEqual([]);
    expect(row?.directions).toEqual(['TAZA_ALEM', 'CULTURE_AND_ARTS']);
    expect(row?.profile.categories).toEqual(['PRO_BONO']);
    expect(row?.profile.modes).toEqual([]);
  });

  it('reports a bad list cell on every line that has it, and gives each row its own values', () => {
    const context = checkContext(TODAY);
    const errors: RowError[] = [];
    const cell = 'BILIM;nope;bilim';
    checkRow(2, cellsOf({ ...ROW, directions: cell }), errors, context);
    checkRow(3, cellsOf({ ...ROW, directions: cell }), errors, context);
    const problems = [
      { column: 'directions', code: 'UNKNOWN_VALUE', message: expect.stringMatching(/^"nope" is not one of AYALA, /) },
      { column: 'directions', code: 'DUPLICATE_VALUES', message: '"bilim" is listed twice' },
    ];
    expect(errors).toEqual([...problems.map((p) => ({ line: 2, ...p })), ...problems.map((p) => ({ line: 3, ...p }))]);
    const first = checkRow(4, cellsOf({ ...ROW, directions: 'AYALA;BILIM' }), [], context);
    const second = checkRow(5, cellsOf({ ...ROW, directions: 'AYALA;BILIM' }), [], context);
    expect(second?.directions).toEqual(['AYALA', 'BILIM']);
    expect(second?.directions).not.toBe(first?.directions);
  });

  it('asks for a direction only when the cell has none and no bad one', () => {
    const errors: RowError[] = [];
    checkRow(2, cellsOf({ ...ROW, directions: ' ; ' }), errors, checkContext(TODAY));
    checkRow(3, cellsOf({ ...ROW, directions: 'nope' }), errors, checkContext(TODAY));
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'directions', 'REQUIRED'],
      [3, 'directions', 'UNKNOWN_VALUE'],
    ]);
  });

  it('collapses whitespace in text cells and normalises enum cells however they are written', () => {
    const errors: RowError[] = [];
    const row = checkRow(
      2,
      cellsOf({ ...ROW, name: '\u00a0Қамқор \t жастары\r\n', kind: ' independent-volunteer ', status: 'dormant', name_kk: ' ', description: 'a\u3000\u3000b' }),
      errors,
      checkContext(TODAY),
    );
    expect(errors).toEqual([]);
    expect(row).toMatchObject({ name: 'Қамқор жастары', kind: 'INDEPENDENT_VOLUNTEER', profile: { status: 'DORMANT', nameKk: null, description: 'a b' } });
    const ngo = checkRow(3, cellsOf({ ...ROW, legal_form: 'public  foundation', status: 'CLOSED' }), errors, checkContext(TODAY));
    expect(errors).toEqual([]);
    expect(ngo?.profile).toMatchObject({ legalForm: 'PUBLIC_FOUNDATION', status: 'CLOSED' });
  });
});
