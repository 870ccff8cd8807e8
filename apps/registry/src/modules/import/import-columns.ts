import { Direction, OrganizationKind, OrganizationStatus, REGIONS, VolunteerCategory, VolunteeringMode, LegalForm } from '@birge/shared-reference';
import type { FieldError } from '@birge/server-kit';
import type { ContactPersonRecord } from '../organization/organization.entity';
import { checkProfile, collapseWhitespace, type ProfilePatch } from '../organization/organization.rules';
import { nameKeysOf } from '../organization/name-keys';

/** The columns a file and the organization table both have, under the same names, in this order. */
export const SHARED_COLUMNS = [
  'name',
  'name_kk',
  'name_ru',
  'name_latin',
  'kind',
  'legal_form',
  'bin',
  'qazvolunteer_id',
  'region_code',
  'district_code',
  'directions',
  'categories',
  'modes',
  'description',
] as const;

/**
 * The CSV columns of an organization import (header names, any case and order). Lists inside a
 * cell are separated by ";". Only name, kind, region_code and directions are required columns;
 * when a column is absent from the file, re-importing leaves that field as it is.
 */
export const IMPORT_COLUMNS = [
  ...SHARED_COLUMNS,
  'volunteer_count',
  'founded_on',
  'status',
  'contact_name',
  'contact_role',
  'contact_phones',
  'contact_emails',
  'contact_social_links',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: ImportColumn[] = ['name', 'kind', 'region_code', 'directions'];

/** The table columns a CSV column sets (contact_* all set contact_people). */
export const TABLE_COLUMN: Record<ImportColumn, string> = {
  name: 'name',
  name_kk: 'name_kk',
  name_ru: 'name_ru',
  name_latin: 'name_latin',
  kind: 'kind',
  legal_form: 'legal_form',
  bin: 'bin',
  qazvolunteer_id: 'qazvolunteer_id',
  region_code: 'region_code',
  district_code: 'district_code',
  directions: 'directions',
  categories: 'categories',
  modes: 'modes',
  description: 'description',
  volunteer_count: 'volunteer_count',
  founded_on: 'founded_on',
  status: 'status',
  contact_name: 'contact_people',
  contact_role: 'contact_people',
  contact_phones: 'contact_people',
  contact_emails: 'contact_people',
  contact_social_links: 'contact_people',
};

/** Profile field -> CSV column, for the validation report. */
const FIELD_COLUMN: Record<string, ImportColumn> = {
  nameKk: 'name_kk',
  nameRu: 'name_ru',
  nameLatin: 'name_latin',
  legalForm: 'legal_form',
  bin: 'bin',
  qazvolunteerId: 'qazvolunteer_id',
  categories: 'categories',
  modes: 'modes',
  description: 'description',
  volunteerCount: 'volunteer_count',
  foundedOn: 'founded_on',
  status: 'status',
};

export interface ImportRow {
  line: number;
  name: string;
  kind: string;
  regionCode: string;
  districtCode: string | null;
  directions: string[];
  profile: Required<Pick<ProfilePatch, 'categories' | 'modes'>> & ProfilePatch;
  contactPeople: ContactPersonRecord[];
  searchKey: string;
  duplicateKey: string;
}

export interface RowError {
  line: number;
  column: string;
  code: string;
  message: string;
  existingId?: string | null;
}

const VALUES = {
  kind: new Set<string>(Object.values(OrganizationKind)),
  legalForm: new Set<string>(Object.values(LegalForm)),
  status: new Set<string>(Object.values(OrganizationStatus)),
};
/** The places a row may name: the registry's live regions and districts (abolished ones refused). */
export interface ImportPlaces {
  regionCodes: Set<string>;
  /** District KATO code -> its region's code. */
  districtRegion: Map<string, string>;
  /** Districts kept for history only. */
  abolished: Set<string>;
}

/** The seed reference (kz-admin.json), for checks without a database. */
export const REFERENCE_PLACES: ImportPlaces = {
  regionCodes: new Set(REGIONS.map((region) => region.code)),
  districtRegion: new Map(REGIONS.flatMap((region) => region.districts.map((district) => [district.code, region.code] as const))),
  abolished: new Set(),
};

/** What one cell of enum values gives: the values, and the problems of its items in order. */
interface EnumListOutcome {
  values: string[];
  problems: { code: string; message: string }[];
}

/** The enum list columns, each with the outcomes of the distinct cells seen so far. */
type EnumListCells = Record<'directions' | 'categories' | 'modes', Map<string, EnumListOutcome>>;

/** What checking a file's rows shares: today, the places and the enum list cells seen so far. */
export interface CheckContext {
  today: Date;
  places: ImportPlaces;
  lists: EnumListCells;
}

export function checkContext(today = new Date(), places = REFERENCE_PLACES): CheckContext {
  return { today, places, lists: { directions: new Map(), categories: new Map(), modes: new Map() } };
}

/** Distinct enum list cells remembered per column; a file rarely has more than a few hundred. */
const MAX_LIST_CELLS = 10_000;

/** The items of a list cell: split at ";" or "|", trimmed, empty ones dropped. */
function list(cell: string | undefined): string[] {
  const items: string[] = [];
  if (!cell) return items;
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = i === cell.length ? 59 : cell.charCodeAt(i);
    if (c !== 59 /* ; */ && c !== 124 /* | */) continue;
    const item = cell.slice(start, i).trim();
    if (item) items.push(item);
    start = i + 1;
  }
  return items;
}

/** How a cell names an enum value: in capitals, with "_" for runs of whitespace and dashes. */
function enumForm(text: string, allowed: Set<string>): string {
  // A value written exactly as the enum has it would come out of the normalisation unchanged.
  return allowed.has(text) ? text : text.toUpperCase().replace(/[\s-]+/g, '_');
}

const enumValues = new Map<object, Set<string>>();

/**
 * The values of an enum list cell, each problem reported as an error of the row. A file repeats
 * its cells ("BILIM;SPORT"), so each distinct cell is parsed once; the same problems are then
 * reported on every line that has it, and every row gets its own array of values.
 */
function enumList<E extends Record<string, string>>(
  values: E,
  cell: string | undefined,
  column: keyof EnumListCells,
  line: number,
  errors: RowError[],
  cells: EnumListCells,
): E[keyof E][] {
  const seen = cells[column];
  const text = cell ?? '';
  let outcome = seen.get(text);
  if (!outcome) {
    outcome = parseEnumList(values, text);
    if (seen.size >= MAX_LIST_CELLS) seen.clear();
    seen.set(text, outcome);
  }
  for (const problem of outcome.problems) errors.push({ line, column, code: problem.code, message: problem.message });
  return outcome.values.slice() as E[keyof E][];
}

function parseEnumList(values: Record<string, string>, cell: string): EnumListOutcome {
  const outcome: EnumListOutcome = { values: [], problems: [] };
  let allowed = enumValues.get(values);
  if (!allowed) enumValues.set(values, (allowed = new Set(Object.values(values))));
  for (const raw of list(cell)) {
    const value = enumForm(raw, allowed);
    if (!allowed.has(value)) {
      outcome.problems.push({ code: 'UNKNOWN_VALUE', message: `"${raw}" is not one of ${Object.values(values).join(', ')}` });
    } else if (outcome.values.includes(value)) {
      outcome.problems.push({ code: 'DUPLICATE_VALUES', message: `"${raw}" is listed twice` });
    } else outcome.values.push(value);
  }
  return outcome;
}

/** Checks one CSV row like createOrganization checks its input; errors name the CSV column. */
export function checkRow(line: number, cell: (column: ImportColumn) => string | undefined, errors: RowError[], context: CheckContext): ImportRow | null {
  const { today, places } = context;
  const before = errors.length;
  const text = (column: ImportColumn) => {
    const value = cell(column);
    return value ? collapseWhitespace(value) || null : null;
  };
  const name = text('name') ?? '';
  if (name.length < 2 || name.length > 200) errors.push({ line, column: 'name', code: name ? 'LENGTH' : 'REQUIRED', message: 'must be 2 to 200 characters' });
  const kindRaw = enumForm(text('kind') ?? '', VALUES.kind);
  const kind = VALUES.kind.has(kindRaw) ? (kindRaw as OrganizationKind) : null;
  if (!kind) errors.push({ line, column: 'kind', code: kindRaw ? 'UNKNOWN_VALUE' : 'REQUIRED', message: `must be one of ${Object.values(OrganizationKind).join(', ')}` });
  const regionCode = text('region_code') ?? '';
  if (!places.regionCodes.has(regionCode))
    errors.push({ line, column: 'region_code', code: regionCode ? 'UNKNOWN_REGION' : 'REQUIRED', message: `is not a region KATO code (got "${regionCode}")` });
  const districtCode = text('district_code');
  if (districtCode && !places.districtRegion.has(districtCode))
    errors.push({ line, column: 'district_code', code: 'UNKNOWN_DISTRICT', message: `is not a district KATO code (got "${districtCode}")` });
  else if (districtCode && places.regionCodes.has(regionCode) && places.districtRegion.get(districtCode) !== regionCode) {
    errors.push({ line, column: 'district_code', code: 'DISTRICT_NOT_IN_REGION', message: `district ${districtCode} is not in region ${regionCode}` });
  } else if (districtCode && places.abolished.has(districtCode)) {
    errors.push({ line, column: 'district_code', code: 'DISTRICT_ABOLISHED', message: `district ${districtCode} was abolished; use the district that took over its territory` });
  }
  const directionsBefore = errors.length;
  const directions = enumList(Direction, cell('directions'), 'directions', line, errors, context.lists);
  // No directions and no error about them (the only errors of this line in that column come from enumList).
  if (!directions.length && errors.length === directionsBefore) {
    errors.push({ line, column: 'directions', code: 'REQUIRED', message: 'give at least one direction' });
  }
  const categories = enumList(VolunteerCategory, cell('categories'), 'categories', line, errors, context.lists);
  const modes = enumList(VolunteeringMode, cell('modes'), 'modes', line, errors, context.lists);
  const legalText = text('legal_form');
  const legalRaw = legalText === null ? null : enumForm(legalText, VALUES.legalForm);
  if (legalRaw && !VALUES.legalForm.has(legalRaw))
    errors.push({ line, column: 'legal_form', code: 'UNKNOWN_VALUE', message: `must be one of ${Object.values(LegalForm).join(', ')}` });
  const statusText = text('status');
  // A status written as the enum has it is its own upper case.
  const statusRaw = statusText === null ? null : VALUES.status.has(statusText) ? statusText : statusText.toUpperCase();
  if (statusRaw && !VALUES.status.has(statusRaw))
    errors.push({ line, column: 'status', code: 'UNKNOWN_VALUE', message: `must be one of ${Object.values(OrganizationStatus).join(', ')}` });
  const countRaw = text('volunteer_count');
  const volunteerCount = countRaw === null ? null : /^\d+$/.test(countRaw) ? Number(countRaw) : NaN;
  if (Number.isNaN(volunteerCount)) errors.push({ line, column: 'volunteer_count', code: 'NOT_AN_INTEGER', message: 'must be a whole number' });
  const contactName = text('contact_name');
  const contact = contactName
    ? [
        {
          name: contactName,
          role: text('contact_role'),
          phones: list(cell('contact_phones')),
          emails: list(cell('contact_emails')),
          socialLinks: list(cell('contact_social_links')),
        },
      ]
    : [];
  if (!contactName && (text('contact_phones') || text('contact_emails') || text('contact_social_links'))) {
    errors.push({ line, column: 'contact_name', code: 'REQUIRED', message: 'give the name of the person the phones and e-mails belong to' });
  }

  const fieldErrors: FieldError[] = [];
  // checkProfile cleans these text fields itself, exactly as text() would: they go in as they are.
  const raw = (column: ImportColumn) => cell(column) ?? null;
  const profile = checkProfile(
    {
      nameKk: raw('name_kk'),
      nameRu: raw('name_ru'),
      nameLatin: raw('name_latin'),
      description: raw('description'),
      legalForm: (legalRaw && VALUES.legalForm.has(legalRaw) ? legalRaw : null) as LegalForm | null,
      bin: raw('bin'),
      qazvolunteerId: raw('qazvolunteer_id'),
      foundedOn: raw('founded_on'),
      volunteerCount: Number.isNaN(volunteerCount) ? null : volunteerCount,
      status: (statusRaw && VALUES.status.has(statusRaw) ? statusRaw : 'ACTIVE') as OrganizationStatus,
      contactPeople: contact,
    },
    kind ?? OrganizationKind.NGO,
    fieldErrors,
    today,
  );
  for (const error of fieldErrors) {
    const column: string = error.field.startsWith('contactPeople.0.')
      ? `contact_${error.field.split('.')[2].replace('socialLinks', 'social_links')}`
      : (FIELD_COLUMN[error.field] ?? error.field);
    errors.push({ line, column, code: error.code, message: error.message });
  }
  if (errors.length > before || !kind) return null;
  const { searchKey, duplicateKey } = nameKeysOf([name, profile.nameKk, profile.nameRu, profile.nameLatin]);
  // The checked patch is this row's own: its categories and modes go into it rather than into a copy.
  const rowProfile = profile as ImportRow['profile'];
  rowProfile.categories = categories;
  rowProfile.modes = modes;
  return { line, name, kind, regionCode, districtCode, directions, profile: rowProfile, contactPeople: profile.contactPeople ?? [], searchKey, duplicateKey };
}
