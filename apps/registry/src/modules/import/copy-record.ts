import { copyField, pgTextArray } from './csv';
import type { ImportRow } from './import-columns';

/** The record columns a file sets, in COPY order (after the id), as recordFields writes them. */
export const DATA_COLUMNS = [
  'name', 'name_kk', 'name_ru', 'name_latin', 'kind', 'legal_form', 'bin', 'qazvolunteer_id', 'region_code', 'district_code',
  'directions', 'categories', 'modes', 'description', 'contact_people', 'volunteer_count', 'founded_on', 'status', 'search_key', 'duplicate_key',
] as const;

/** A checked row's DATA_COLUMNS as COPY csv fields (FORMAT csv), comma-separated. */
export function recordFields(row: ImportRow): string {
  const p = row.profile;
  return [
    row.name, p.nameKk, p.nameRu, p.nameLatin, row.kind, p.legalForm, p.bin, p.qazvolunteerId, row.regionCode, row.districtCode,
    pgTextArray(row.directions), pgTextArray(p.categories), pgTextArray(p.modes), p.description, JSON.stringify(row.contactPeople),
    p.volunteerCount, p.foundedOn, p.status ?? 'ACTIVE', row.searchKey, row.duplicateKey,
  ]
    .map(copyField)
    .join(',');
}
