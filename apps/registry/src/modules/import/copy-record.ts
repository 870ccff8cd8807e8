import type { ContactPersonRecord } from '../organization/organization.entity';
import { copyField } from './csv';
import { SHARED_COLUMNS, type ImportRow } from './import-columns';

/** The record columns a file sets, in COPY order (after the id), as recordFields writes them. */
export const DATA_COLUMNS = [...SHARED_COLUMNS, 'contact_people', 'volunteer_count', 'founded_on', 'status', 'search_key', 'duplicate_key'] as const;

/** A checked row's DATA_COLUMNS as COPY csv fields (FORMAT csv), comma-separated. */
export function recordFields(row: ImportRow): string {
  const p = row.profile;
  // Free text goes quoted (copyField); values the checks have already held to letters, digits,
  // dashes and underscores (the enums, BIN, Qazvolunteer.kz ID, the count, the date) need no
  // quotes, and an absent one is an empty field: NULL.
  return `${copyField(row.name)},${copyField(p.nameKk)},${copyField(p.nameRu)},${copyField(p.nameLatin)},${row.kind},${p.legalForm ?? ''},${p.bin ?? ''},${p.qazvolunteerId ?? ''},${copyField(row.regionCode)},${copyField(row.districtCode)},${enumArray(row.directions)},${enumArray(p.categories)},${enumArray(p.modes)},${copyField(p.description)},${copyContactPeople(row.contactPeople)},${p.volunteerCount ?? ''},${p.foundedOn ?? ''},${p.status ?? 'ACTIVE'},${copyField(row.searchKey)},${copyField(row.duplicateKey)}`;
}

/** A text[] of enum values (capitals and underscores: no element needs quotes) as a COPY field. */
function enumArray(values: readonly string[]): string {
  return `"{${values.join(',')}}"`;
}

/** A contact person's keys as checkProfile makes it, in that order (JSON.stringify keeps the order). */
const PERSON_KEYS = ['name', 'role', 'phones', 'emails', 'socialLinks'];

/**
 * copyField(JSON.stringify(people)). When every person has exactly PERSON_KEYS and no text needs
 * a JSON escape, the JSON is just those texts in quotes, so it is written straight, its quotes
 * doubled for COPY, rather than made and then copied again to double them; anything else (another
 * shape, a quote, a backslash, a control character, a surrogate) takes JSON.stringify.
 */
export function copyContactPeople(people: ContactPersonRecord[]): string {
  if (!Array.isArray(people)) return copyField(JSON.stringify(people));
  let out = '"[';
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    let keys = 0;
    for (const key in person) if (key !== PERSON_KEYS[keys++]) return copyField(JSON.stringify(people));
    if (keys !== PERSON_KEYS.length) return copyField(JSON.stringify(people));
    const { name, role, phones, emails, socialLinks } = person;
    const phoneList = copyJsonTexts(phones);
    const emailList = copyJsonTexts(emails);
    const linkList = copyJsonTexts(socialLinks);
    if (!isPlainText(name) || (role !== null && !isPlainText(role)) || phoneList === null || emailList === null || linkList === null) {
      return copyField(JSON.stringify(people));
    }
    const roleJson = role === null ? 'null' : `""${role}""`;
    out += `${i ? ',' : ''}{""name"":""${name}"",""role"":${roleJson},""phones"":${phoneList},""emails"":${emailList},""socialLinks"":${linkList}}`;
  }
  return `${out}]"`;
}

/** A JSON array of plain texts with its quotes doubled; null when it is not one. */
function copyJsonTexts(values: unknown): string | null {
  if (!Array.isArray(values)) return null;
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    const value: unknown = values[i];
    if (!isPlainText(value)) return null;
    out += i ? `,""${value}""` : `""${value}""`;
  }
  return `${out}]`;
}

/** A string JSON.stringify writes as it is between quotes (no quote, backslash, control character or surrogate). */
function isPlainText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}
