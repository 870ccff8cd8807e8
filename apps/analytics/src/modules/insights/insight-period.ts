import type { InsightPeriodInput } from './dto/insight-period.input';
import { invalidInsight } from './insight-errors';

/** A resolved period: calendar days in UTC, both included. */
export interface ResolvedPeriod {
  from: string;
  to: string;
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const day = (date: Date) => date.toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month: number) => day(new Date(Date.UTC(year, month, 0)));

/**
 * The period a filter asks for: exactly one of month, quarter, year or a from–to range; the last
 * 12 whole months and the current one when none is given.
 */
export function resolvePeriod(input: InsightPeriodInput | null | undefined, now: Date, field = 'filter.period'): ResolvedPeriod {
  const forms = input ? (['month', 'quarter', 'year', 'from'] as const).filter((key) => input[key] != null || (key === 'from' && input.to != null)) : [];
  if (!input || forms.length === 0) {
    return { from: day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12, 1))), to: day(now) };
  }
  if (forms.length > 1) throw invalidInsight(field, 'ONE_PERIOD_FORM', `give exactly one of month, quarter, year or from–to, not ${forms.join(' and ')}`);
  const checkYear = (year: number, at: string) => {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw invalidInsight(at, 'YEAR_OUT_OF_RANGE', `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
  };
  if (input.month) {
    const [year, month] = input.month.split('-').map(Number);
    checkYear(year, `${field}.month`);
    return { from: `${input.month}-01`, to: lastDayOfMonth(year, month) };
  }
  if (input.quarter) {
    const year = Number(input.quarter.slice(0, 4));
    const quarter = Number(input.quarter.slice(6));
    checkYear(year, `${field}.quarter`);
    const firstMonth = (quarter - 1) * 3 + 1;
    return { from: `${year}-${String(firstMonth).padStart(2, '0')}-01`, to: lastDayOfMonth(year, firstMonth + 2) };
  }
  if (input.year != null) {
    checkYear(input.year, `${field}.year`);
    return { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
  }
  if (!input.from) throw invalidInsight(`${field}.from`, 'REQUIRED', 'a range needs its first day (from) as well as its last (to)');
  if (!input.to) throw invalidInsight(`${field}.to`, 'REQUIRED', 'a range needs its last day (to) as well as its first (from)');
  for (const [key, value] of [
    ['from', input.from],
    ['to', input.to],
  ] as const) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || day(parsed) !== value) throw invalidInsight(`${field}.${key}`, 'INVALID_DATE', `${value} is not a day of the calendar`);
    checkYear(parsed.getUTCFullYear(), `${field}.${key}`);
  }
  if (input.from > input.to) throw invalidInsight(`${field}.from`, 'AFTER_TO', `the range starts (${input.from}) after it ends (${input.to})`);
  return { from: input.from, to: input.to };
}

/** The months a period touches, YYYY-MM, in order. */
export function monthsOf(period: ResolvedPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The period widened to whole months (a series' points are months). */
export function wholeMonths(period: ResolvedPeriod): ResolvedPeriod {
  const year = Number(period.to.slice(0, 4));
  const month = Number(period.to.slice(5, 7));
  return { from: `${period.from.slice(0, 7)}-01`, to: lastDayOfMonth(year, month) };
}

/** The period keys of a time dimension within a period: months, quarters or years. */
export function periodKeys(period: ResolvedPeriod, unit: 'MONTH' | 'QUARTER' | 'YEAR'): string[] {
  const months = monthsOf(period);
  const keys = months.map((m) => (unit === 'MONTH' ? m : unit === 'YEAR' ? m.slice(0, 4) : `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5)) / 3)}`));
  return [...new Set(keys)];
}
