import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One value of a row: null is SQL NULL; an array is a text[] of plain values; an object is jsonb. */
export type CopyValue = string | number | boolean | null | Date | readonly string[] | Record<string, unknown> | readonly Record<string, unknown>[];

/** A text as a quoted CSV field (COPY ... FORMAT csv): an unquoted empty field is NULL, a quoted one ''. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function field(value: CopyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'string') return quote(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return quote(`{${(value as string[]).map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
  }
  return quote(JSON.stringify(value));
}

/** Rows sent in pieces of about this many characters. */
const PIECE = 256 * 1024;

/**
 * Streams rows into `table (columns)` with `COPY ... FROM STDIN (FORMAT csv)` through
 * pg-copy-streams, waiting for the server when it falls behind. Gives the number of rows.
 */
export async function copyRows(client: PoolClient, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT csv)`));
  const done = new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve);
    stream.once('error', reject);
  });
  let piece = '';
  let count = 0;
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${table}: a row of ${row.length} values for ${columns.length} columns`);
    piece += `${row.map(field).join(',')}\n`;
    count++;
    if (piece.length >= PIECE) {
      if (!stream.write(piece)) await Promise.race([once(stream, 'drain'), done]);
      piece = '';
    }
  }
  stream.end(piece);
  await done;
  return count;
}
