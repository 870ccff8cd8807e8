import type { FieldError } from '@birge/server-kit';
import { normalizePhone } from '@birge/shared-reference';
import type { ContactPointInput } from './contact-point.type';

/** A stored contact point (the jsonb array of an entry). */
export interface StoredContactPoint {
  name: string | null;
  position: string | null;
  phone: string | null;
  email: string | null;
}

/** The contact fields every directory entry has, as given in an input. */
export interface EntryContactsInput {
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  notes?: string | null;
  contactPoints?: ContactPointInput[] | null;
}

/** The same fields, checked and normalized. */
export interface EntryContacts {
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  notes: string | null;
  contactPoints: StoredContactPoint[];
}

export const MAX_CONTACT_POINTS = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s]+\.[^\s]+$/;

export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A name between 2 and `max` characters, or an error on `field`. */
export function checkName(value: string | null | undefined, field: string, errors: FieldError[], max = 300): string {
  const name = text(value) ?? '';
  if (name.length < 2) errors.push({ field, code: 'TOO_SHORT', message: 'must be at least 2 characters' });
  else if (name.length > max) errors.push({ field, code: 'TOO_LONG', message: `must be at most ${max} characters` });
  return name;
}

function checkPhone(value: string | null | undefined, field: string, errors: FieldError[]): string | null {
  const given = text(value);
  if (!given) return null;
  const phone = normalizePhone(given);
  if (!phone) errors.push({ field, code: 'INVALID_PHONE', message: `is not a phone number (got "${given}")` });
  return phone;
}

function checkEmail(value: string | null | undefined, field: string, errors: FieldError[]): string | null {
  const email = text(value)?.toLowerCase() ?? null;
  if (email && (!EMAIL.test(email) || email.length > 200)) errors.push({ field, code: 'INVALID_EMAIL', message: `is not an e-mail address (got "${email}")` });
  return email;
}

/** Checks the contact fields of an entry; wrong ones are pushed to `errors`, named by their path. */
export function checkContacts(input: EntryContactsInput, errors: FieldError[]): EntryContacts {
  const website = text(input.website);
  if (website && (!WEBSITE.test(website) || website.length > 500)) errors.push({ field: 'website', code: 'INVALID_URL', message: 'must be a link starting with https://' });
  const address = text(input.address);
  if (address && address.length > 500) errors.push({ field: 'address', code: 'TOO_LONG', message: 'must be at most 500 characters' });
  const notes = text(input.notes);
  if (notes && notes.length > 5000) errors.push({ field: 'notes', code: 'TOO_LONG', message: 'must be at most 5000 characters' });
  const points = input.contactPoints ?? [];
  if (points.length > MAX_CONTACT_POINTS) errors.push({ field: 'contactPoints', code: 'TOO_MANY', message: `at most ${MAX_CONTACT_POINTS}` });
  const contactPoints = points.slice(0, MAX_CONTACT_POINTS).map((point, i) => {
    const stored: StoredContactPoint = {
      name: text(point.name),
      position: text(point.position),
      phone: checkPhone(point.phone, `contactPoints.${i}.phone`, errors),
      email: checkEmail(point.email, `contactPoints.${i}.email`, errors),
    };
    if ((!stored.name && !stored.position) || (!text(point.phone) && !stored.email)) {
      errors.push({ field: `contactPoints.${i}`, code: 'CONTACT_POINT_INCOMPLETE', message: 'needs a name or a position, and a phone or an e-mail' });
    }
    return stored;
  });
  return {
    address,
    phone: checkPhone(input.phone, 'phone', errors),
    email: checkEmail(input.email, 'email', errors),
    website,
    notes,
    contactPoints,
  };
}
