import { invalidField } from './coded-errors';

/** Parses a calendar day given as YYYY-MM-DD, refusing impossible dates like 2026-02-30. */
export function parseLocalDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw invalidField(field, 'INVALID_DATE', `must be a date written YYYY-MM-DD (got "${value}")`);
  }
  return value;
}
