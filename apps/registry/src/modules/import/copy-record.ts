import { copyField, copyTextArray } from './csv';
import type { ImportRow } from './import-columns';

/** The record columns a file sets, in COPY order (after the id), as recordFields writes them. */
export const DATA_COLUMNS = [
  'name', 'name_kk', 'name_ru', 'name_latin', 'kind', 'legal_form', 'bin', 'qazvolunteer_id', 'region_code', 'district_code',
  'directions', 'categories', 'modes', 'description', 'contact_people', 'volunteer_count', 'founded_on', 'status', 'search_key', 'duplicate_key',
] as const;

/** A checked row's DATA_COLUMNS as COPY csv fields (FORMAT csv), comma-separated. */
export function recordFields(row: ImportRow): string {
  const p = row.profile;
  // Joined once into one flat string: a chunk keeps 2,000 lines alive until it is written, and a
  // line concatenated piece by piece would stay a tree of some forty strings for the GC to copy.
  return [
    copyField(row.name), copyField(p.nameKk), copyField(p.nameRu), copyField(p.nameLatin), copyField(row.kind), copyField(p.legalForm),
    copyField(p.bin), copyField(p.qazvolunteerId), copyField(row.regionCode), copyField(row.districtCode),
    copyTextArray(row.directions), copyTextArray(p.categories), copyTextArray(p.modes), copyField(p.description),
    copyField(JSON.stringify(row.contactPeople)), copyField(p.volunteerCount), copyField(p.foundedOn), copyField(p.status ?? 'ACTIVE'),
    copyField(row.searchKey), copyField(row.duplicateKey),
  ].join(',');
}
