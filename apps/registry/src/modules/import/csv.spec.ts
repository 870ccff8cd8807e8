import { CsvSyntaxError, parseCsv } from './csv';

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
});
