import type { Locale } from '@birge/shared-reference';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

/** A translation catalog: keys to texts with `{name}` placeholders. */
export type Catalog = Record<string, string>;

/** The three catalogs of one set of texts; each must have the keys of the Kazakh one. */
export type Catalogs = Record<Locale, Catalog>;

/** A translator for one language: a missing key is a bug, so it throws rather than print the key. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(catalogs: Catalogs, locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, values = {}) => {
    const text = catalog[key];
    if (text === undefined) throw new Error(`No ${locale} text for "${key}"`);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/** Keys present in one catalog and missing in another, for a test that keeps the languages in step. */
export function missingKeys(catalogs: Catalogs): string[] {
  const all = new Set(Object.values(catalogs).flatMap((catalog) => Object.keys(catalog)));
  return (Object.keys(catalogs) as Locale[]).flatMap((locale) => [...all].filter((key) => !(key in catalogs[locale])).map((key) => `${locale}:${key}`));
}

/** The library's own texts (page footers, empty tables). */
export const EXPORT_CATALOGS: Catalogs = { kk, ru, en };
