import type { ReportPeriodType } from '../../gql/graphql';

/** The period of `type` a date falls in, written as the API writes it: 2026, 2026-H2, 2026-Q3, 2026-07. */
export function periodOf(type: ReportPeriodType, date: Date): string {
  const year = date.getFullYear();
  const month = date.getMonth();
  if (type === 'YEAR') return String(year);
  if (type === 'HALF_YEAR') return `${year}-H${month < 6 ? 1 : 2}`;
  if (type === 'QUARTER') return `${year}-Q${Math.floor(month / 3) + 1}`;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

const MONTHS_PER: Record<ReportPeriodType, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/**
 * The last `count` periods of `type` up to the current one, newest first, none before `first`
 * (periods of one type sort as text: 2025-Q4 < 2026-Q1).
 */
export function recentPeriods(type: ReportPeriodType, count: number, now: Date, first?: string | null): string[] {
  const periods: string[] = [];
  for (let back = 0; back < count; back += 1) {
    const date = new Date(now.getFullYear(), now.getMonth() - back * MONTHS_PER[type], 1);
    const period = periodOf(type, date);
    if (first && period < first) break;
    periods.push(period);
  }
  return periods;
}
