import type { InsightPeriodInput } from '../../gql/graphql';

/**
 * The period of the figures as the address writes it: `2026` (a year), `2026-Q3` (a quarter),
 * `2026-11` (a month); none means the API's default, the last 12 whole months and the current one.
 */
export type PeriodCode = string;

export function periodInput(code: PeriodCode | null): InsightPeriodInput | null {
  if (!code) return null;
  if (/^\d{4}$/.test(code)) return { year: Number(code) };
  if (/^\d{4}-Q[1-4]$/.test(code)) return { quarter: code };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return { month: code };
  return null;
}

export const isPeriodCode = (value: string | null): value is PeriodCode => periodInput(value) != null;

export interface PeriodChoice {
  code: PeriodCode;
  kind: 'year' | 'quarter' | 'month';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The choices offered, newest first: this and last year, their quarters so far, the last 12 months. */
export function periodChoices(today: Date): PeriodChoice[] {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() + 1;
  const quarter = Math.ceil(month / 3);
  const choices: PeriodChoice[] = [
    { code: String(year), kind: 'year' },
    { code: String(year - 1), kind: 'year' },
  ];
  for (let index = 0; index < 8; index += 1) {
    const q = quarter - index;
    const y = year + Math.floor((q - 1) / 4);
    choices.push({ code: `${y}-Q${((((q - 1) % 4) + 4) % 4) + 1}`, kind: 'quarter' });
  }
  for (let index = 0; index < 12; index += 1) {
    const m = month - index;
    const y = year + Math.floor((m - 1) / 12);
    choices.push({ code: `${y}-${pad(((((m - 1) % 12) + 12) % 12) + 1)}`, kind: 'month' });
  }
  return choices;
}
