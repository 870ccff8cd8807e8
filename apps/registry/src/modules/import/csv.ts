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
 * breaks; CRLF or LF; a UTF-8 byte-order mark is skipped. Reads one record at a time, so a large
 * file's cells need not all be alive at once; blank lines are skipped.
 *
 * Kept instead of a CSV library because the import must stay at 30,000 rows/s or more: reading the
 * import benchmark's 100,000-row file (38 MiB) takes this reader 0.13 to 0.46 s, `csv-parse` 2.4 to
 * 7.2 s and `papaparse` 0.7 to 1.2 s, on an import of 2.8 to 3.2 s in all (tools/bench/
 * library-replacements.bench.ts; tools/bench/README.md, "Library replacements").
 */
export class CsvReader {
  private i: number;
  private line = 1;
  private done = false;

  constructor(private readonly text: string) {
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** How far into the text the reader is, 0 to 1. */
  get position(): number {
    return this.text.length ? Math.min(1, this.i / this.text.length) : 1;
  }

  /** The next record with the line it starts on; null at the end. Throws CsvSyntaxError. */
  next(): { line: number; cells: string[] } | null {
    const text = this.text;
    const n = text.length;
    let cells: string[] = [];
    let rowLine = this.line;
    while (!this.done) {
      let i = this.i;
      let value = '';
      if (text.charCodeAt(i) === 34 /* " */) {
        const start = this.line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(start, 'a quoted field is never closed');
          const next = text.indexOf('"', i);
          if (next === -1) throw new CsvSyntaxError(start, 'a quoted field is never closed');
          const chunk = text.slice(i, next);
          for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) this.line++;
          value += chunk;
          if (text.charCodeAt(next + 1) === 34) {
            value += '"';
            i = next + 2;
          } else {
            i = next + 1;
            break;
          }
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new CsvSyntaxError(this.line, 'text after a closing quote');
      } else {
        // To the next comma or line break, noting a quote on the way rather than searching the value again.
        let end = i;
        let quote = false;
        for (let c = text.charCodeAt(end); end < n && c !== 44 && c !== 10 && c !== 13; c = text.charCodeAt(++end)) if (c === 34) quote = true;
        if (quote) throw new CsvSyntaxError(this.line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      if (i >= n) {
        this.i = i;
        this.done = true;
        return cells.length > 1 || cells[0] !== '' ? { line: rowLine, cells } : null;
      }
      if (text.charCodeAt(i) === 44 /* , */) {
        this.i = i + 1;
        continue;
      }
      // End of a record: \r\n, \n or \r.
      this.i = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
      this.line++;
      if (this.i === n) this.done = true;
      if (cells.length > 1 || cells[0] !== '') return { line: rowLine, cells };
      cells = [];
      rowLine = this.line;
    }
    return null;
  }
}

/** One CSV field for PostgreSQL COPY (FORMAT csv): NULL stays empty and unquoted, text is quoted. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
}
