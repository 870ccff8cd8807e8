/** The languages Birge speaks. Kazakh is the default everywhere. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/** A text given in every supported language. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
