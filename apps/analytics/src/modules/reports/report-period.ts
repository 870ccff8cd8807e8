import { addCalendarDays, endOfKazakhstanDay, kazakhstanDay, ReportPeriodType, startOfKazakhstanDay } from '@birge/shared-reference';
import { invalidField } from '../needs/need-errors';
import type { PrefillWindow } from './prefill/prefill-source';

/** A period of a form: its key (2026-Q1, ...) and its first and last calendar days in Kazakhstan (YYYY-MM-DD). */
export interface ReportPeriod {
  type: ReportPeriodType;
  key: string;
  from: string;
  to: string;
}

/** Months per period and the letter of its key. */
const SHAPE: Record<ReportPeriodType, { months: number; pattern: RegExp; letter: string }> = {
  [ReportPeriodType.MONTH]: { months: 1, pattern: /^(\d{4})-(\d{2})$/, letter: '' },
  [ReportPeriodType.QUARTER]: { months: 3, pattern: /^(\d{4})-Q([1-4])$/, letter: 'Q' },
  [ReportPeriodType.HALF_YEAR]: { months: 6, pattern: /^(\d{4})-H([12])$/, letter: 'H' },
  [ReportPeriodType.YEAR]: { months: 12, pattern: /^(\d{4})$/, letter: '' },
};

const EXAMPLE: Record<ReportPeriodType, string> = {
  [ReportPeriodType.MONTH]: '2026-07',
  [ReportPeriodType.QUARTER]: '2026-Q3',
  [ReportPeriodType.HALF_YEAR]: '2026-H2',
  [ReportPeriodType.YEAR]: '2026',
};

const DAY_MS = 24 * 3600_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A period from its year and index (1-based: month, quarter, half); indexes past the year roll over. */
function build(type: ReportPeriodType, year: number, index: number): ReportPeriod {
  const perYear = 12 / SHAPE[type].months;
  const y = year + Math.floor((index - 1) / perYear);
  const i = ((((index - 1) % perYear) + perYear) % perYear) + 1;
  const months = SHAPE[type].months;
  const from = new Date(Date.UTC(y, (i - 1) * months, 1));
  const to = new Date(Date.UTC(y, i * months, 0));
  const key = type === ReportPeriodType.YEAR ? String(y) : type === ReportPeriodType.MONTH ? `${y}-${String(i).padStart(2, '0')}` : `${y}-${SHAPE[type].letter}${i}`;
  return { type, key, from: iso(from), to: iso(to) };
}

function indexOf(period: ReportPeriod): { year: number; index: number } {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  return { year, index: Math.floor((month - 1) / SHAPE[period.type].months) + 1 };
}

/** The period a key names; BAD_USER_INPUT (INVALID_PERIOD, on `field`) when it is not one of the form's period type, or outside 2000-2100. */
export function parsePeriod(type: ReportPeriodType, value: string, field: string): ReportPeriod {
  const match = SHAPE[type].pattern.exec(value.trim());
  const year = match ? Number(match[1]) : NaN;
  const index = match?.[2] ? Number(match[2]) : 1;
  if (!match || year < 2000 || year > 2100 || (type === ReportPeriodType.MONTH && (index < 1 || index > 12))) {
    throw invalidField(field, 'INVALID_PERIOD', `is not a ${type.toLowerCase().replace('_', '-')} period: write it like ${EXAMPLE[type]} (got "${value}")`, {
      periodType: type,
      example: EXAMPLE[type],
    });
  }
  return build(type, year, index);
}

/** The period that contains a day (YYYY-MM-DD). */
export function periodContaining(type: ReportPeriodType, day: string): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return build(type, year, Math.floor((month - 1) / SHAPE[type].months) + 1);
}

/** The period `steps` after (negative: before) this one. */
export function shiftPeriod(period: ReportPeriod, steps: number): ReportPeriod {
  const { year, index } = indexOf(period);
  return build(period.type, year, index + steps);
}

/** The last day a period's report is due: `dueDays` after the period's last day. */
export function dueOn(period: ReportPeriod, dueDays: number): string {
  return addCalendarDays(period.to, dueDays);
}

/** On time: first submitted before the end of the due day plus the on-time window (days of grace), in Kazakhstan. */
export function submittedOnTime(firstSubmittedAt: Date, due: string, onTimeWindowDays: number): boolean {
  return firstSubmittedAt.getTime() < endOfKazakhstanDay(addCalendarDays(due, onTimeWindowDays)).getTime();
}

/** Overdue: the due day is over (in Kazakhstan) and the report was never submitted. */
export function isOverdue(now: Date, due: string, everSubmitted: boolean): boolean {
  return !everSubmitted && kazakhstanDay(now) > due;
}

/** Whole days from today (in Kazakhstan) to a day; negative once it is past. */
export function daysUntil(now: Date, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${kazakhstanDay(now)}T00:00:00Z`)) / DAY_MS);
}

/** What the pre-fill sources count for a region and period. */
export function prefillWindow(regionCode: string, period: ReportPeriod): PrefillWindow {
  return {
    regionCode,
    from: period.from,
    to: period.to,
    startsAt: startOfKazakhstanDay(period.from),
    endsBefore: endOfKazakhstanDay(period.to),
  };
}
