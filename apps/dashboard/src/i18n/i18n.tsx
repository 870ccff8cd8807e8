import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/** Every key the Kazakh catalog has; the other catalogs must have the same keys (checked by the compiler). */
export type MessageKey = keyof typeof kk;
export type MessageParams = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { kk, ru, en };

/** BCP 47 tags for numbers. */
const INTL_LOCALES: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

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

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGS[DEFAULT_LOCALE], key);
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so they are noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(CATALOGS[locale][key] ?? CATALOGS[DEFAULT_LOCALE][key] ?? key, params);
}

/**
 * A message with plural forms is a family of keys `<base>.one`, `.few`, `.many`, `.other` (the
 * categories of Intl.PluralRules; every catalog has all four, so they keep the same keys, and a
 * language uses the ones it needs: Russian all four, English one and other, Kazakh other only).
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;

/** `{count}` in the form the number asks for in `locale`; the number written in the locale's style. */
export function translatePlural(locale: Locale, key: PluralKey, count: number, params?: MessageParams): string {
  const category = new Intl.PluralRules(INTL_LOCALES[locale]).select(count);
  const form = (PLURAL_CATEGORIES as readonly string[]).includes(category) ? category : 'other';
  const chosen = `${key}.${form}`;
  return translate(locale, isMessageKey(chosen) ? chosen : (`${key}.other` as MessageKey), { ...params, count: new Intl.NumberFormat(INTL_LOCALES[locale]).format(count) });
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
  /** A message with plural forms (see translatePlural), `{count}` filled in. */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** Picks the current language from a name the API gives in all three. */
  name(text: LocalizedName | null | undefined): string;
  formatDate(iso: string): string;
  formatNumber(value: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private mode or a full storage: the choice still holds for this visit.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(INTL_LOCALES[locale]);
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      plural: (key, count, params) => translatePlural(locale, key, count, params),
      name: (text) => (text ? text[locale] || text.kk : ''),
      formatDate: formatDateTime,
      formatNumber: (value) => numbers.format(value),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an <I18nProvider> above it');
  return context;
}
