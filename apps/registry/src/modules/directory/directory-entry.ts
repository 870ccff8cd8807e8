import { ConflictError, type EventBus, type FieldError } from '@birge/server-kit';
import type { DirectoryEntryKind } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import type { ContactPoint } from './contact-point.type';
import { text, type EntryContactsInput, type StoredContactPoint } from './directory-rules';

/** Columns every directory table has, as the rows read them. */
export const ENTRY_COLUMNS = `address, phone, email, website, contact_points AS "contactPoints", notes, archived_at AS "archivedAt",
  created_at AS "createdAt", updated_at AS "updatedAt", version`;

export interface EntryRow {
  id: string;
  regionCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  contactPoints: StoredContactPoint[];
  notes: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** The contact points as the API shows them, each knowing its entry's region (who sees the personal data). */
export function contactPointsOf(row: EntryRow): ContactPoint[] {
  return row.contactPoints.map((point) => ({ ...point, regionCode: row.regionCode }));
}

/** The contacts an update leaves: each given field replaces the stored one (an empty string clears it), an omitted one stays. */
export function contactsAfterUpdate(current: EntryRow, input: EntryContactsInput): EntryContactsInput {
  const keep = (given: string | null | undefined, stored: string | null) => (given === undefined || given === null ? stored : text(given));
  return {
    address: keep(input.address, current.address),
    phone: keep(input.phone, current.phone),
    email: keep(input.email, current.email),
    website: keep(input.website, current.website),
    notes: keep(input.notes, current.notes),
    contactPoints: input.contactPoints ?? current.contactPoints,
  };
}

/** Optimistic locking of a directory entry. */
export function assertVersion(entity: string, id: string, current: number, sent: number): void {
  if (current !== sent) {
    throw new ConflictError(`${entity} ${id} was changed by someone else (version ${current}, you sent ${sent}); reload and try again`, {
      reason: 'STALE_VERSION',
      currentVersion: current,
    });
  }
}

/** Checks a region code and, given, a district of it (with the field names of the input). */
export async function checkPlace(manager: EntityManager, regionCode: string, districtCode: string | null, errors: FieldError[]): Promise<void> {
  const [region] = await manager.query(`SELECT code FROM registry.region WHERE code = $1`, [regionCode]);
  if (!region) {
    errors.push({ field: 'regionCode', code: 'UNKNOWN_REGION', message: `is not a region code (got "${regionCode}")` });
    return;
  }
  if (!districtCode) return;
  const [district]: { region_code: string }[] = await manager.query(`SELECT region_code FROM registry.district WHERE code = $1`, [districtCode]);
  if (!district) errors.push({ field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `is not a district code (got "${districtCode}")` });
  else if (district.region_code !== regionCode) errors.push({ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: `is not in region ${regionCode}` });
}

/** Tells the other subgraphs, in the transaction of the change, what they copy of the entry. */
export async function publishEntryChanged(
  events: EventBus,
  manager: EntityManager,
  entryKind: DirectoryEntryKind,
  row: EntryRow,
  name: { kk: string; ru: string; en: string },
): Promise<void> {
  await events.publish(manager, 'registry.directory-entry-changed', {
    entryId: row.id,
    entryKind,
    regionCode: row.regionCode,
    name,
    archived: row.archivedAt !== null,
    version: row.version,
  });
}

/** The condition of a name search: every word somewhere in one of the columns. */
export function nameSearch(search: string | null | undefined, columns: string[], add: (value: unknown) => string): string[] {
  const words = (search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  return words.map((word) => {
    const placeholder = add(`%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
    return `(${columns.map((column) => `lower(${column}) LIKE ${placeholder}`).join(' OR ')})`;
  });
}
