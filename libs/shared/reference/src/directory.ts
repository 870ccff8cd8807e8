import { enumOf, type EnumValue } from './enum-of';

/**
 * The directory of state bodies and sponsors the front offices work with (issue 17), kept by the
 * registry. Other subgraphs refer to its entries by id and keep a copy of their names from
 * `registry.directory-entry-changed`.
 */

/** What kind of state body an entry is. */
export const StateBodyKind = enumOf([
  /** The akimat of a region, a city or a district. */
  'AKIMAT',
  /** A department or office of an akimat (youth policy, social protection, ...). */
  'DEPARTMENT',
  /** A territorial office of a ministry or an agency. */
  'TERRITORIAL_OFFICE',
  /** A state institution (a school, a hospital, a centre of social services, ...). */
  'INSTITUTION',
  'OTHER',
]);
export type StateBodyKind = EnumValue<typeof StateBodyKind>;

/** What kind of sponsor or partner an entry is. */
export const SponsorKind = enumOf([
  'BUSINESS',
  'FOUNDATION',
  /** A partner of the National Volunteer Network (writes recommendation letters for organizations it knows). */
  'NATIONAL_NETWORK_PARTNER',
  'INTERNATIONAL',
  'OTHER',
]);
export type SponsorKind = EnumValue<typeof SponsorKind>;

/** Which list of the directory an entry is in. */
export type DirectoryEntryKind = 'STATE_BODY' | 'SPONSOR';

/** A directory entry was created, changed or archived: what other subgraphs copy of it. */
export interface DirectoryEntryChangedPayload {
  entryId: string;
  entryKind: DirectoryEntryKind;
  /** The region whose front office keeps it; null for a sponsor working across the country. */
  regionCode: string | null;
  name: { kk: string; ru: string; en: string };
  archived: boolean;
  /** Orders two changes of one entry: an older one never overwrites a newer. */
  version: number;
}
