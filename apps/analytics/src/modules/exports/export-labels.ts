import { translator, type Catalogs, type Translate } from '@birge/server-exports';
import { findRegion, REGIONS, type LocalizedText, type Locale } from '@birge/shared-reference';
import { ExportLanguage } from './export-enums';
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

/** The module's texts: headers, titles, labels of every export, in kk, ru and en. */
export const EXPORT_TEXTS: Catalogs = { kk, ru, en };

const LOCALES: Record<ExportLanguage, Locale> = { [ExportLanguage.KK]: 'kk', [ExportLanguage.RU]: 'ru', [ExportLanguage.EN]: 'en' };

/** The reader's language: the one asked for, Kazakh (Birge's default) when none was. */
export function exportLocale(language: ExportLanguage | null | undefined): Locale {
  return LOCALES[language ?? ExportLanguage.KK];
}

/** Everything an export writes in the reader's language: the module's texts, reference labels, place names. */
export interface ExportWords {
  locale: Locale;
  t: Translate;
  label(text: LocalizedText): string;
  region(code: string): string;
  /** A district's name from the KATO reference; its code when the reference does not know it (one added since). */
  district(code: string): string;
}

const districtNames = new Map(REGIONS.flatMap((region) => region.districts.map((district) => [district.code, district.name] as const)));

export function exportWords(language: ExportLanguage | null | undefined): ExportWords {
  const locale = exportLocale(language);
  return {
    locale,
    t: translator(EXPORT_TEXTS, locale),
    label: (text) => text[locale],
    region: (code) => findRegion(code)?.name[locale] ?? code,
    district: (code) => districtNames.get(code)?.[locale] ?? code,
  };
}
