import type { FieldError } from '@birge/server-kit';
import { checkBin, kazakhstanDay, normalizePhone, OrganizationKind } from '@birge/shared-reference';
import type { ContactPersonRecord } from './organization.entity';
import type { OrganizationProfileInput } from './dto/organization-profile.input';

/** The profile columns a create or an update may set; a key absent here is left as it is. */
export interface ProfilePatch {
  nameKk?: string | null;
  nameRu?: string | null;
  nameLatin?: string | null;
  legalForm?: string | null;
  bin?: string | null;
  qazvolunteerId?: string | null;
  categories?: string[];
  modes?: string[];
  description?: string | null;
  contactPeople?: ContactPersonRecord[];
  volunteerCount?: number | null;
  foundedOn?: string | null;
  status?: string;
}

const QAZVOLUNTEER_ID = /^[A-Za-z0-9-]{3,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * `value.trim().replace(/\s+/g, ' ')`. Most text has no whitespace but single spaces between words
 * and is returned as it is after one scan; anything else (a run of whitespace, a tab, a line break,
 * a no-break space, whitespace at an end) takes the regex itself.
 */
export function collapseWhitespace(value: string): string {
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = value.charCodeAt(i);
    const irregular = c === 32 ? i === 0 || i === last || value.charCodeAt(i + 1) === 32 : isWhitespaceOtherThanSpace(c);
    if (irregular) return value.trim().replace(/\s+/g, ' ');
  }
  return value;
}

/** What `\s` matches besides the space: tab, line feed, VT, FF, CR, and the Unicode spaces, separators and BOM. */
function isWhitespaceOtherThanSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  if (c < 0x1680) return c === 0xa0; // Latin and Cyrillic letters end here
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const clean = (value: string | null | undefined): string | null | undefined => {
  if (value === undefined || value === null) return value;
  const trimmed = collapseWhitespace(value);
  return trimmed === '' ? null : trimmed;
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A YYYY-MM-DD date that exists; null otherwise. */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * Whether a day (as parseIsoDate gives it) is after today in Kazakhstan, where the office works:
 * from 00:00 there (19:00 UTC the day before) its date is already today's.
 */
export function isAfterToday(day: Date, now: Date): boolean {
  return day.toISOString().slice(0, 10) > kazakhstanDay(now);
}

/**
 * parseIsoDate of the founding dates seen lately: an import checks 100,000 of them, and a few
 * thousand days cover most. The dates stay in here (they are only compared), so sharing them is safe.
 */
const foundingDates = new Map<string, Date | null>();
const MAX_FOUNDING_DATES = 20_000;

function parseFoundingDate(value: string): Date | null {
  let date = foundingDates.get(value);
  if (date === undefined) {
    date = parseIsoDate(value);
    if (foundingDates.size >= MAX_FOUNDING_DATES) foundingDates.clear();
    foundingDates.set(value, date);
  }
  return date;
}

/**
 * Checks and normalises the profile fields of an input against the kind the record will have.
 * Every problem is collected, so the caller can answer with all wrong fields at once.
 */
export function checkProfile(input: OrganizationProfileInput, kind: OrganizationKind, errors: FieldError[], today = new Date()): ProfilePatch {
  const patch: ProfilePatch = {};
  const has = (key: keyof OrganizationProfileInput) => input[key] !== undefined;

  if (has('nameKk')) patch.nameKk = clean(input.nameKk) ?? null;
  if (has('nameRu')) patch.nameRu = clean(input.nameRu) ?? null;
  if (has('nameLatin')) patch.nameLatin = clean(input.nameLatin) ?? null;
  if (has('description')) patch.description = clean(input.description) ?? null;
  if (has('legalForm')) {
    patch.legalForm = input.legalForm ?? null;
    if (patch.legalForm && kind !== OrganizationKind.NGO) {
      errors.push({ field: 'legalForm', code: 'LEGAL_FORM_ONLY_FOR_NGO', message: 'only a registered NGO has a legal form' });
    }
  }
  if (has('bin')) {
    const raw = clean(input.bin) ?? null;
    patch.bin = raw;
    if (raw !== null) {
      const check = checkBin(raw);
      if (!check.valid) errors.push({ field: 'bin', code: 'INVALID_BIN', message: check.message });
      else patch.bin = check.bin;
      if (kind !== OrganizationKind.NGO) {
        errors.push({ field: 'bin', code: 'BIN_ONLY_FOR_NGO', message: 'only a registered NGO has a BIN; initiative groups and volunteers have none' });
      }
    }
  }
  if (has('qazvolunteerId')) {
    const raw = clean(input.qazvolunteerId) ?? null;
    patch.qazvolunteerId = raw === null ? null : raw.toUpperCase();
    if (raw !== null && !QAZVOLUNTEER_ID.test(raw)) {
      errors.push({ field: 'qazvolunteerId', code: 'INVALID_QAZVOLUNTEER_ID', message: 'must be 3 to 40 letters, digits or dashes' });
    }
  }
  if (has('categories')) patch.categories = input.categories ?? [];
  if (has('modes')) patch.modes = input.modes ?? [];
  if (has('volunteerCount')) {
    patch.volunteerCount = input.volunteerCount ?? null;
    const count = patch.volunteerCount;
    if (count !== null && (!Number.isInteger(count) || count < 0 || count > 1_000_000)) {
      errors.push({ field: 'volunteerCount', code: 'OUT_OF_RANGE', message: 'must be between 0 and 1,000,000' });
    }
  }
  if (has('foundedOn')) {
    const raw = clean(input.foundedOn) ?? null;
    patch.foundedOn = raw;
    if (raw !== null) {
      const date = parseFoundingDate(raw);
      if (!date) errors.push({ field: 'foundedOn', code: 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' });
      else if (isAfterToday(date, today)) errors.push({ field: 'foundedOn', code: 'DATE_IN_FUTURE', message: 'cannot be in the future' });
      else if (date.getUTCFullYear() < 1900) errors.push({ field: 'foundedOn', code: 'INVALID_DATE', message: 'must be after 1900' });
    }
  }
  if (has('status')) patch.status = input.status ?? 'ACTIVE';
  if (has('contactPeople')) patch.contactPeople = checkContactPeople(input, errors);
  return patch;
}

function checkContactPeople(input: OrganizationProfileInput, errors: FieldError[]): ContactPersonRecord[] {
  return (input.contactPeople ?? []).map((person, i) => {
    const at = `contactPeople.${i}`;
    const name = clean(person.name) ?? '';
    if (!name) errors.push({ field: `${at}.name`, code: 'REQUIRED', message: 'is required' });
    const phones = (person.phones ?? []).map((phone, j) => {
      const normalized = normalizePhone(phone);
      if (!normalized) errors.push({ field: `${at}.phones.${j}`, code: 'INVALID_PHONE', message: `is not a phone number (got "${phone}")` });
      return normalized ?? phone;
    });
    const emails = (person.emails ?? []).map((email, j) => {
      const trimmed = email.trim().toLowerCase();
      if (!EMAIL.test(trimmed)) errors.push({ field: `${at}.emails.${j}`, code: 'INVALID_EMAIL', message: `is not an e-mail address (got "${email}")` });
      return trimmed;
    });
    const socialLinks = (person.socialLinks ?? []).map((link, j) => {
      const trimmed = link.trim();
      if (!isHttpUrl(trimmed)) errors.push({ field: `${at}.socialLinks.${j}`, code: 'INVALID_URL', message: 'must be a link starting with https://' });
      return trimmed;
    });
    const emailConsent = person.emailConsent === true;
    if (emailConsent && !emails.length) errors.push({ field: `${at}.emailConsent`, code: 'CONSENT_WITHOUT_EMAIL', message: 'needs at least one e-mail address to send to' });
    // Stored only when given: a record without it (every imported one) reads as no consent.
    return { name, role: clean(person.role) ?? null, phones, emails, socialLinks, ...(emailConsent ? { emailConsent, emailConsentAt: new Date().toISOString() } : {}) };
  });
}
