import { ValidationError } from '../errors/domain-errors';
import type { ConnectionShape } from './connection.type';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw ValidationError.field('first', 'OUT_OF_RANGE', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Cursors are opaque to callers: base64url of the sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

function invalidCursor(): ValidationError {
  const error = ValidationError.field('after', 'INVALID_CURSOR', 'is not a cursor returned by this list; start again without it');
  Object.assign(error.details, { reason: 'INVALID_CURSOR' });
  return error;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The common cursor of lists ordered by (a timestamp, a UUID): both checked before any SQL sees them. */
export function decodeTimeIdCursor(cursor: string | null | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [at, id] = values;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  return [at, id];
}

/**
 * Turns `limit + 1` rows fetched in key order into a connection page: the extra row only tells
 * that another page exists.
 */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, cursorOf: (row: T) => (string | number)[]): ConnectionShape<T> {
  const hasNextPage = rows.length > limit;
  const page = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
