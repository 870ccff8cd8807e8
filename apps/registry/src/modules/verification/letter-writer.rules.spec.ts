import { SponsorKind, VerificationMethod } from '@birge/shared-reference';
import { letterWriterErrors, type LetterWriterFacts } from './letter-writer.rules';

const ID = '0b7c7d1e-2f4a-4c8e-9a51-3d2f6e1a9b10';
const partner: LetterWriterFacts = { entryKind: 'SPONSOR', sponsorKind: SponsorKind.NATIONAL_NETWORK_PARTNER, archived: false };
const business: LetterWriterFacts = { entryKind: 'SPONSOR', sponsorKind: SponsorKind.BUSINESS, archived: false };
const akimat: LetterWriterFacts = { entryKind: 'STATE_BODY', sponsorKind: null, archived: false };
const codes = (method: VerificationMethod, entry: LetterWriterFacts | null) => letterWriterErrors(method, ID, entry, 'letterFromEntryId').map((e) => `${e.field}:${e.code}`);

describe('who may be named as the writer of a letter', () => {
  it('takes a sponsor, a partner or a state body for a recommendation letter', () => {
    expect(codes(VerificationMethod.RECOMMENDATION_LETTER, business)).toEqual([]);
    expect(codes(VerificationMethod.RECOMMENDATION_LETTER, partner)).toEqual([]);
    expect(codes(VerificationMethod.RECOMMENDATION_LETTER, akimat)).toEqual([]);
  });

  it('takes only a National Volunteer Network partner for its letter', () => {
    expect(codes(VerificationMethod.NVN_PARTNER_LETTER, partner)).toEqual([]);
    expect(codes(VerificationMethod.NVN_PARTNER_LETTER, business)).toEqual(['letterFromEntryId:NOT_NVN_PARTNER']);
    expect(codes(VerificationMethod.NVN_PARTNER_LETTER, akimat)).toEqual(['letterFromEntryId:NOT_NVN_PARTNER']);
  });

  it('refuses a writer on a check that is not a letter, whoever it is', () => {
    for (const method of [VerificationMethod.VISIT, VerificationMethod.QAZVOLUNTEER_ID, VerificationMethod.PAST_WORK_REPORTS]) {
      expect(codes(method, partner)).toEqual(['letterFromEntryId:LETTER_WRITER_NOT_FOR_METHOD']);
      expect(codes(method, null)).toEqual(['letterFromEntryId:LETTER_WRITER_NOT_FOR_METHOD']);
    }
  });

  it('refuses an entry the directory does not have, or has archived', () => {
    expect(codes(VerificationMethod.RECOMMENDATION_LETTER, null)).toEqual(['letterFromEntryId:UNKNOWN_DIRECTORY_ENTRY']);
    expect(codes(VerificationMethod.NVN_PARTNER_LETTER, { ...partner, archived: true })).toEqual(['letterFromEntryId:DIRECTORY_ENTRY_ARCHIVED']);
  });
});
