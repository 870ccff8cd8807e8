import {
  ACCESS_RESTRICTION_LABELS,
  AccessRestriction,
  API_KEY_SCOPES,
  ASSISTANCE_OUTCOME_LABELS,
  AssistanceOutcomeResult,
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  BookableResourceKind,
  BookingStatus,
  CheckOutcome,
  ContactKind,
  Direction,
  DIRECTION_LABELS,
  LEGAL_FORM_LABELS,
  LegalForm,
  OrganizationKind,
  OrganizationStatus,
  VERIFICATION_METHOD_LABELS,
  VerificationMethod,
  VerificationStatus,
  VOLUNTEER_CATEGORY_LABELS,
  VolunteerCategory,
  VOLUNTEERING_MODE_LABELS,
  VolunteeringMode,
  TrainingAudience,
  TrainingRegistrationStatus,
} from '@birge/shared-reference';
import { NOTIFICATION_KINDS } from '../features/notifications/inbox-filter';
import en from './en.json';
import { formatDateTime, formatMessage, isMessageKey, LOCALES, translate } from './i18n';
import kk from './kk.json';
import ru from './ru.json';

const catalogs: Record<string, Record<string, string | undefined>> = { kk, ru, en };

describe('translation catalogs', () => {
  it('have the same keys in Kazakh, Russian and English, none empty', () => {
    const keys = Object.keys(kk).sort();
    for (const locale of LOCALES) {
      const catalog = catalogs[locale] ?? {};
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const key of keys) expect(catalog[key]?.trim()).toBeTruthy();
    }
  });

  it('label every value of every enum the API sends', () => {
    const expected = [
      ...Object.values(Direction).map((value) => `direction.${value}`),
      ...Object.values(OrganizationKind).map((value) => `organizationKind.${value}`),
      ...Object.values(AssistanceType).map((value) => `assistanceType.${value}`),
      ...Object.values(AssistanceSubtype).map((value) => `assistanceSubtype.${value}`),
      ...Object.values(AssistanceRequestStatus).map((value) => `status.${value}`),
      ...Object.values(AssistanceRequestStatus).map((value) => `transition.${value}`),
      ...Object.values(AssistanceOutcomeResult).map((value) => `outcome.${value}`),
      ...Object.values(TrainingAudience).map((value) => `audience.${value}`),
      ...Object.values(TrainingRegistrationStatus).map((value) => `registrationStatus.${value}`),
      ...Object.values(BookableResourceKind).map((value) => `resourceKind.${value}`),
      ...Object.values(BookingStatus).map((value) => `bookingStatus.${value}`),
      ...['ATTENDED', 'NO_SHOW'].map((value) => `attendance.${value}`),
      ...['SCHEDULED', 'CANCELLED'].map((value) => `trainingStatus.${value}`),
      ...['REPUBLICAN_ADMIN', 'REGIONAL_STAFF', 'ANALYST'].map((value) => `role.${value}`),
      ...NOTIFICATION_KINDS.map((value) => `notificationKind.${value}`),
      ...Object.values(LegalForm).map((value) => `legalForm.${value}`),
      ...Object.values(VolunteerCategory).map((value) => `category.${value}`),
      ...Object.values(VolunteeringMode).map((value) => `mode.${value}`),
      ...Object.values(OrganizationStatus).map((value) => `organizationStatus.${value}`),
      ...Object.values(ContactKind).map((value) => `contactKind.${value}`),
      ...Object.values(VerificationMethod).map((value) => `verificationMethod.${value}`),
      ...Object.values(CheckOutcome).map((value) => `checkOutcome.${value}`),
      ...Object.values(VerificationStatus).map((value) => `verificationStatus.${value}`),
      ...['VERIFIED', 'REJECTED'].map((value) => `verificationDecision.${value}`),
      ...['RECENT', 'STALE', 'NEVER'].map((value) => `contactRecency.${value}`),
      ...['ESTABLISHED', 'STALE', 'NEVER'].map((value) => `coverageStatus.${value}`),
      ...['NEWEST', 'OLDEST', 'NAME', 'RECENTLY_UPDATED', 'RELEVANCE'].map((value) => `organizationOrder.${value}`),
      'regionKind.OBLAST',
      'regionKind.CITY',
      'districtKind.DISTRICT',
      'districtKind.CITY',
      'districtKind.CITY_DISTRICT',
    ];
    expect(expected.filter((key) => !isMessageKey(key))).toEqual([]);
    expect(Object.values(Direction)).toHaveLength(12);
  });

  it('translate every field error code the servers use', () => {
    const codes = [
      'REQUIRED',
      'TOO_SHORT',
      'TOO_LONG',
      'UNKNOWN_REGION',
      'UNKNOWN_DISTRICT',
      'DISTRICT_NOT_IN_REGION',
      'INVALID_ID',
      'SUBTYPE_NOT_IN_TYPE',
      'OUT_OF_RANGE',
      'INVALID_CURSOR',
      'generic',
    ];
    expect(codes.filter((code) => !isMessageKey(`errors.field.${code}`))).toEqual([]);
    // Labels of the Kazakh and Russian catalogs differ from English: a copy-paste would show here.
    expect(translate('kk', 'errors.field.REQUIRED')).not.toBe(translate('en', 'errors.field.REQUIRED'));
    expect(translate('ru', 'errors.field.REQUIRED')).not.toBe(translate('en', 'errors.field.REQUIRED'));
  });

  it('translate the registry field codes, conflict reasons and import codes', () => {
    const fieldCodes = [
      'INVALID_BIN',
      'BIN_ONLY_FOR_NGO',
      'LEGAL_FORM_ONLY_FOR_NGO',
      'DUPLICATE_BIN',
      'DUPLICATE_QAZVOLUNTEER_ID',
      'INVALID_QAZVOLUNTEER_ID',
      'INVALID_PHONE',
      'INVALID_URL',
      'DATE_IN_FUTURE',
      'INVALID_DATE',
      'QAZVOLUNTEER_ID_MISSING',
      'SAME_RECORD',
      'ATTACHMENT_TOO_LARGE',
      'ATTACHMENT_EMPTY',
      'ATTACHMENT_CONTENT_MISMATCH',
      'INVALID_BASE64',
      'CSV_NOT_UTF8',
      'CSV_TOO_LARGE',
    ];
    expect(fieldCodes.filter((code) => !isMessageKey(`errors.field.${code}`))).toEqual([]);
    const reasons = ['DUPLICATE_BIN', 'DUPLICATE_QAZVOLUNTEER_ID', 'POSSIBLE_DUPLICATES', 'CONFLICTING_BIN', 'CONFLICTING_QAZVOLUNTEER_ID'];
    expect(reasons.filter((reason) => !isMessageKey(`errors.reason.${reason}`))).toEqual([]);
    const importCodes = [
      'CSV_MALFORMED',
      'CSV_EMPTY',
      'UNKNOWN_COLUMN',
      'DUPLICATE_COLUMN',
      'MISSING_COLUMN',
      'WRONG_CELL_COUNT',
      'LENGTH',
      'UNKNOWN_VALUE',
      'DUPLICATE_IN_FILE',
      'DUPLICATE_BIN',
      'DUPLICATE_QAZVOLUNTEER_ID',
      'NOT_AN_INTEGER',
    ];
    // Import codes are the import's own, or the same codes as the forms' fields.
    expect(importCodes.filter((code) => !isMessageKey(`importError.${code}`) && !isMessageKey(`errors.field.${code}`))).toEqual([]);
    expect(translate('kk', 'errors.field.INVALID_BIN')).not.toBe(translate('en', 'errors.field.INVALID_BIN'));
  });

  it('keep the registry vocabulary as the shared reference names it', () => {
    const labels = [
      ['legalForm', LEGAL_FORM_LABELS],
      ['category', VOLUNTEER_CATEGORY_LABELS],
      ['mode', VOLUNTEERING_MODE_LABELS],
      ['verificationMethod', VERIFICATION_METHOD_LABELS],
    ] as const;
    for (const [prefix, byValue] of labels) {
      for (const [value, text] of Object.entries(byValue)) {
        for (const locale of LOCALES) expect(catalogs[locale]?.[`${prefix}.${value}`]).toBe(text[locale]);
      }
    }
  });

  it('translate the conflict reasons and login codes the dashboard explains', () => {
    const reasons = ['STALE_VERSION', 'INVALID_TRANSITION', 'BOOKING_OVERLAP', 'TRAINING_CLOSED', 'TRAINING_PAST', 'ALREADY_REGISTERED', 'NOT_RESOLVED', 'ALREADY_RATED'];
    expect(reasons.filter((reason) => !isMessageKey(`errors.reason.${reason}`))).toEqual([]);
    expect(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED'].filter((code) => !isMessageKey(`errors.code.${code}`))).toEqual([]);
    expect(['LINK_REQUIRED', 'INVALID_PERIOD', 'IN_THE_PAST', 'EMAIL_TAKEN', 'INVALID_EMAIL'].filter((code) => !isMessageKey(`errors.field.${code}`))).toEqual([]);
  });

  it('keep the outcomes as the shared reference names them', () => {
    for (const outcome of Object.values(AssistanceOutcomeResult)) {
      for (const locale of LOCALES) expect(catalogs[locale]?.[`outcome.${outcome}`]).toBe(ASSISTANCE_OUTCOME_LABELS[outcome][locale]);
    }
  });

  it('explain every access restriction as the shared reference names it, as a hidden value and as a refusal', () => {
    for (const reason of Object.values(AccessRestriction)) {
      for (const locale of LOCALES) expect(catalogs[locale]?.[`accessRestriction.${reason}`]).toBe(ACCESS_RESTRICTION_LABELS[reason][locale]);
      expect(isMessageKey(`errors.reason.${reason}`)).toBe(true);
    }
  });

  it('label every API key scope and the roles of the audit log', () => {
    expect(API_KEY_SCOPES.filter((scope) => !isMessageKey(`apiScope.${scope}`))).toEqual([]);
    expect(isMessageKey('role.PARTNER')).toBe(true);
    expect(['UNKNOWN_SCOPE', 'TOO_LATE', 'name.LENGTH'].filter((code) => !isMessageKey(`errors.field.${code}`))).toEqual([]);
  });

  it('keep the directions as the shared reference names them', () => {
    for (const direction of Object.values(Direction)) {
      for (const locale of LOCALES) expect(catalogs[locale]?.[`direction.${direction}`]).toBe(DIRECTION_LABELS[direction][locale]);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(formatMessage('{shown} / {total}', { shown: 2, total: 3 })).toBe('2 / 3');
    expect(formatMessage('Error: {message}', {})).toBe('Error: {message}');
    expect(translate('kk', 'errors.field.generic', { message: 'is odd' })).toBe('Қате: is odd');
  });
});

describe('formatDateTime', () => {
  it('writes day.month.year hours:minutes in local time', () => {
    const local = new Date(2026, 10, 5, 7, 3);
    expect(formatDateTime(local.toISOString())).toBe('05.11.2026 07:03');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
