/**
 * Ids of generated records. Every one begins with GENERATED_PREFIX, then a byte naming the kind of
 * record and its serial number, as a UUID of version 8 (custom): `b1e9e0KK-SSSS-8SSS-8SSS-SSSSSSSSSSSS`.
 * The prefix is the generated set's mark: one B-tree range per table finds (and removes) exactly
 * what the generator wrote, and nothing a person entered (random version-4 ids), and serial ids
 * go into each primary key in order.
 */
export const GENERATED_PREFIX = 'b1e9e0';

export const ID_KINDS = {
  marker: 0x00,
  staff: 0x01,
  organization: 0x02,
  contact: 0x03,
  check: 0x04,
  verificationEvent: 0x05,
  request: 0x06,
  timeline: 0x07,
  referral: 0x08,
  training: 0x09,
  registration: 0x0a,
  resource: 0x0b,
  booking: 0x0c,
  notification: 0x0d,
  event: 0x0e,
} as const;

export type IdKind = keyof typeof ID_KINDS;

/** The id of the `serial`-th record of a kind (0-based, below 2^52). */
export function generatedId(kind: IdKind, serial: number): string {
  const hex = serial.toString(16).padStart(22, '0');
  const k = ID_KINDS[kind].toString(16).padStart(2, '0');
  return `${GENERATED_PREFIX}${k}-${hex.slice(0, 4)}-8${hex.slice(4, 7)}-8${hex.slice(7, 10)}-${hex.slice(10)}`;
}

/** The first and last id the generator can write: `column BETWEEN $1 AND $2` finds them all. */
export const GENERATED_RANGE: readonly [string, string] = [`${GENERATED_PREFIX}00-0000-0000-0000-000000000000`, `${GENERATED_PREFIX}ff-ffff-ffff-ffff-ffffffffffff`];
