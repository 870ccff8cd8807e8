import { KAZAKHSTAN_TIME_ZONE, type Locale } from '@birge/shared-reference';

/** Every date in an export is told in Kazakhstan's time. */
export const EXPORT_TIME_ZONE = KAZAKHSTAN_TIME_ZONE;

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
  return cached(
    `number:${style}:${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), style === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 }),
  );
}

/** The Intl locale a language's dates and numbers are written in. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** A moment as people in Kazakhstan read it, in their language: "07.12.2026, 09:31" (kk, ru) or "07/12/2026, 09:31" (en). */
export function formatDateTime(date: Date, locale: Locale): string {
  return cached(
    `dateTime:${locale}`,
    () =>
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
