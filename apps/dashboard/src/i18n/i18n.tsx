import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogOf, DEFAULT_LOCALE, loadCatalog, LOCALES, type Locale, type MessageKey } from './catalog-loader';
import { formatMessage, INTL_LOCALES, type Message, type MessageParams } from './message-format';

export { DEFAULT_LOCALE, isMessageKey, LOCALES, registerCatalog, type Locale, type MessageKey } from './catalog-loader';
export { formatMessage, INTL_LOCALES, type MessageParams } from './message-format';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `25.11.2026 07:55` in local time, as dates are written in Kazakhstan in all three languages.
 * Built by hand: browsers with a reduced ICU print Kazakh `dateStyle` dates as "2026 M11 25".
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const LOCALE_STORAGE_KEY = 'birge.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The message `key` in `locale` (its catalog loaded), as an ICU message: `{name}` placeholders,
 * `{count, plural, one {…} few {…} many {…} other {…}}` with the language's plural rules.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const catalog = catalogOf(locale) ?? catalogOf(DEFAULT_LOCALE);
  const template = catalog?.[key] as Message | undefined;
  return template === undefined ? key : formatMessage(template, params, locale, `${locale}:${key}`, typeof template === 'string' ? template : key);
}

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A plural message (`{count, plural, …}`) with `count` given as a number. */
  plural(key: MessageKey, count: number, params?: MessageParams): string;
  /** Picks the current language from a name the API gives in all three. */
  name(text: LocalizedName | null | undefined): string;
  formatDate(iso: string): string;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The language of the app: Kazakh unless the person chose another (remembered in this browser).
 * The chosen language's dictionary is fetched first; until it arrives the previous language stays
 * on screen (nothing at all on the very first load, which is a fraction of a second).
 */
export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());
  const [shown, setShown] = useState<Locale | null>(() => (catalogOf(locale) ? locale : null));

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private mode or a full storage: the choice still holds for this visit.
    }
  }, []);

  useEffect(() => {
    if (catalogOf(locale)) {
      setShown(locale);
      return undefined;
    }
    let current = true;
    loadCatalog(locale).then(
      () => current && setShown(locale),
      // A dictionary that cannot be fetched (offline): Kazakh, which the first page loaded.
      () => current && locale !== DEFAULT_LOCALE && setLocaleState(DEFAULT_LOCALE),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo<I18n | null>(() => {
    if (!shown) return null;
    const numbers = new Intl.NumberFormat(INTL_LOCALES[shown]);
    return {
      locale: shown,
      setLocale,
      t: (key, params) => translate(shown, key, params),
      plural: (key, count, params) => translate(shown, key, { ...params, count }),
      name: (text) => (text ? text[shown] || text.kk : ''),
      formatDate: formatDateTime,
      formatNumber: (value) => numbers.format(value),
    };
  }, [shown, setLocale]);

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an <I18nProvider> above it');
  return context;
}
