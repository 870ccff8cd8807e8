/** A CSV structure problem: where, and what. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line
 * breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. Returns rows with the line each starts on.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let rowLine = 1;
  const n = text.length;
  while (i <= n) {
    let value = '';
    if (text[i] === '"') {
      const start = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError(start, 'a quoted field is never closed');
        const next = text.indexOf('"', i);
        if (next === -1) throw new CsvSyntaxError(start, 'a quoted field is never closed');
        const chunk = text.slice(i, next);
        for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
        value += chunk;
        if (text[next + 1] === '"') {
          value += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new CsvSyntaxError(line, 'text after a closing quote');
    } else {
      let end = i;
      while (end < n && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      value = text.slice(i, end);
      if (value.includes('"')) throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
      i = end;
    }
    cells.push(value);
    if (i >= n) {
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      break;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // End of a record: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    line++;
    rowLine = line;
    if (i === n) break;
  }
  return rows;
}

/** One CSV field for PostgreSQL COPY (FORMAT csv): NULL stays empty and unquoted, text is quoted. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** A PostgreSQL array literal of text values. */
export function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
