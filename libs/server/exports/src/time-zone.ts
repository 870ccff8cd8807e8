import type { Locale } from '@birge/shared-reference';

/** Every date in an export is told in Kazakhstan's time (one zone, UTC+5, since March 2024). */
export const EXPORT_TIME_ZONE = 'Asia/Almaty';

const INTL_LOCALE: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

// Making an Intl formatter costs far more than using one: a table of thousands of cells reuses them.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Numbers in a language's way: grouped digits, at most two decimals; `percent` for shares (0.25 is 25 %). */
export function numberFormat(locale: Locale, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  return cached(`number:${style}:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), style === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 }),
  );
}

/** The Intl locale a language's dates and numbers are written in. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** A moment as people in Kazakhstan read it, in their language: "07.12.2026, 09:31" (kk, ru) or "07/12/2026, 09:31" (en). */
export function formatDateTime(date: Date, locale: Locale): string {
  return cached(`dateTime:${locale}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: EXPORT_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ).format(date);
}

/** The Almaty wall-clock parts of a moment. */
function almatyParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = cached('parts', () =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: EXPORT_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    }),
  ).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** "2026-12-07 09:31", the Almaty time of a moment: the form a CSV reader and a spreadsheet both parse. */
export function formatIsoLocal(date: Date): string {
  const p = almatyParts(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The same wall-clock time as a UTC Date: spreadsheets store times without a zone and show the
 * stored one, so a moment is written as the time Almaty's clocks showed.
 */
export function almatyWallClock(date: Date): Date {
  const p = almatyParts(date);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}
