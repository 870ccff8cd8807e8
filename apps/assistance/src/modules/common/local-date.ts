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

/** Today's date as YYYY-MM-DD in Kazakhstan (UTC+5 since 2024), where the front offices work. */
export function todayInKazakhstan(now: Date): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}
