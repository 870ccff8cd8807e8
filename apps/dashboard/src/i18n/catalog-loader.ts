import type kk from './kk.json';

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'kk';

/** Every key the Kazakh catalog has; the other catalogs have the same keys (the catalogs test). */
export type MessageKey = keyof typeof kk;
export type Catalog = Record<MessageKey, string>;

/**
 * Each language's messages are a chunk of their own, fetched when the language is chosen: the
 * first page downloads one dictionary, not three.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Catalog }>> = {
  kk: () => import('./kk.json'),
  ru: () => import('./ru.json'),
  en: () => import('./en.json'),
};

const loaded: Partial<Record<Locale, Catalog>> = {};

export function catalogOf(locale: Locale): Catalog | undefined {
  return loaded[locale];
}

/** Makes a language's messages available at once (tests; a server that inlines them). */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  loaded[locale] = catalog;
}

/** Drops a language's messages, so the next use fetches them again (tests of the loading). */
export function forgetCatalog(locale: Locale): void {
  delete loaded[locale];
}

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const known = loaded[locale];
  if (known) return known;
  const catalog = (await LOADERS[locale]()).default;
  loaded[locale] = catalog;
  return catalog;
}

/** Whether `key` names a message (any loaded catalog answers: they all have the same keys). */
export function isMessageKey(key: string): key is MessageKey {
  const catalog = loaded[DEFAULT_LOCALE] ?? loaded.ru ?? loaded.en;
  return catalog !== undefined && Object.prototype.hasOwnProperty.call(catalog, key);
}
