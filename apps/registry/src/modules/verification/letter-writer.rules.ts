import type { FieldError } from '@birge/server-kit';
import { SponsorKind, VerificationMethod, type DirectoryEntryKind } from '@birge/shared-reference';

/** The methods whose evidence is a letter, and so may name who wrote it. */
export const LETTER_METHODS: readonly VerificationMethod[] = [VerificationMethod.RECOMMENDATION_LETTER, VerificationMethod.NVN_PARTNER_LETTER];

/** A directory entry named as a letter's writer, as the rule needs it. */
export interface LetterWriterFacts {
  entryKind: DirectoryEntryKind;
  /** The sponsor's kind; null for a state body. */
  sponsorKind: SponsorKind | null;
  archived: boolean;
}

/**
 * Who may be named as the writer of a check's letter (`field` names the input): only on a letter
 * check (LETTER_WRITER_NOT_FOR_METHOD); an entry of the directory (UNKNOWN_DIRECTORY_ENTRY when
 * `entry` is null), still active (DIRECTORY_ENTRY_ARCHIVED). A recommendation letter comes from a
 * sponsor, a partner or a state body of any region (an akimat writes one too); a National Volunteer
 * Network partner's letter from a sponsor recorded as such (NOT_NVN_PARTNER).
 */
export function letterWriterErrors(method: VerificationMethod | string, id: string, entry: LetterWriterFacts | null, field: string): FieldError[] {
  if (!LETTER_METHODS.includes(method as VerificationMethod)) {
    return [{ field, code: 'LETTER_WRITER_NOT_FOR_METHOD', message: `only a letter check (${LETTER_METHODS.join(', ')}) names who wrote the letter` }];
  }
  if (!entry) return [{ field, code: 'UNKNOWN_DIRECTORY_ENTRY', message: `is not a sponsor or state body of the directory (got "${id}")` }];
  if (entry.archived) return [{ field, code: 'DIRECTORY_ENTRY_ARCHIVED', message: `directory entry ${id} is archived` }];
  if (method === VerificationMethod.NVN_PARTNER_LETTER && entry.sponsorKind !== SponsorKind.NATIONAL_NETWORK_PARTNER) {
    return [{ field, code: 'NOT_NVN_PARTNER', message: `directory entry ${id} is not a partner of the National Volunteer Network` }];
  }
  return [];
}
