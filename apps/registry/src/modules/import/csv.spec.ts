import { copyField, CsvReader, CsvSyntaxError } from './csv';

/** Every record of a CSV text, read with CsvReader. */
function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  const reader = new CsvReader(text);
  for (let record = reader.next(); record; record = reader.next()) rows.push(record);
  return rows;
}

describe('CSV parser', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\ufeffname,description\r\n"Қамқор, ҚҚ","Айтты: ""сәлем""\nекінші жол"\r\nЖарық,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['name', 'description'] },
      { line: 2, cells: ['Қамқор, ҚҚ', 'Айтты: "сәлем"\nекінші жол'] },
      { line: 4, cells: ['Жарық', ''] },
    ]);
  });

  it('skips blank lines and reports broken quoting with its line', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ]);
    expect(() => parseCsv('a,b\n1,"never closed\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,x"y\n')).toThrow(/line 2/);
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/after a closing quote/);
  });

  it('reads one record at a time, saying how far it is, and finds a syntax error only when it gets there', () => {
    const reader = new CsvReader('a,b\n1,2\n3,"x\n');
    expect(reader.next()).toEqual({ line: 1, cells: ['a', 'b'] });
    expect(reader.next()).toEqual({ line: 2, cells: ['1', '2'] });
    expect(reader.position).toBeCloseTo(8 / 13);
    expect(() => reader.next()).toThrow(/line 3: a quoted field is never closed/);
  });

  it('quotes COPY fields, doubling quotes, and leaves NULL empty', () => {
    expect([copyField('Қамқор'), copyField('say "hi"'), copyField(40), copyField(null)]).toEqual(['"Қамқор"', '"say ""hi"""', '"40"', '']);
  });

  it('keeps empty strings apart from NULL and quotes commas, quotes and line breaks', () => {
    expect([copyField(''), copyField(undefined), copyField('a,b'), copyField('"'), copyField('x\r\ny'), copyField(0), copyField(false)]).toEqual([
      '""',
      '',
      '"a,b"',
      '""""',
      '"x\r\ny"',
      '"0"',
      '"false"',
    ]);
  });
});
