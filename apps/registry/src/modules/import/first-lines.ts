import type { ImportRow, RowError } from './import-columns';

/**
 * The line of the file that first named each record key (BIN, Qazvolunteer.kz ID, or for a row
 * with neither its region, kind and name): the same record twice in one file is refused, since
 * which of the two should win is not the import's to guess.
 */
export class FirstLines {
  private readonly bins = new Map<string, number>();
  private readonly qazvolunteerIds = new Map<string, number>();
  private readonly names = new Map<string, number>();

  /** Notes the row's keys; a key an earlier line named is the row's DUPLICATE_IN_FILE. */
  claim(row: ImportRow, errors: RowError[]): void {
    const { bin, qazvolunteerId } = row.profile;
    if (bin) claim(this.bins, bin, row.line, 'bin', errors);
    if (qazvolunteerId) claim(this.qazvolunteerIds, qazvolunteerId, row.line, 'qazvolunteer_id', errors);
    if (!bin && !qazvolunteerId) claim(this.names, `${row.regionCode}:${row.kind}:${row.name}`, row.line, 'name', errors);
  }

  /** The line that named a BIN or Qazvolunteer.kz ID, if any did. */
  lineOf(column: 'bin' | 'qazvolunteer_id', value: string): number | undefined {
    return (column === 'bin' ? this.bins : this.qazvolunteerIds).get(value);
  }
}

function claim(lines: Map<string, number>, key: string, line: number, column: string, errors: RowError[]): void {
  const first = lines.get(key);
  if (first === undefined) lines.set(key, line);
  else errors.push({ line, column, code: 'DUPLICATE_IN_FILE', message: `the same record as line ${first}` });
}
