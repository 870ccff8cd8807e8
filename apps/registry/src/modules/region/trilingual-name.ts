import type { LocalizedText } from './localized-text.type';

/** A name kept in three columns (name_kk, name_ru, name_en), as the API shows it. */
export function nameOf(row: { nameKk: string; nameRu: string; nameEn: string }): LocalizedText {
  return { kk: row.nameKk, ru: row.nameRu, en: row.nameEn };
}
