import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** Legal forms of a registered NGO/NCO named in the memo, plus the rest. */
export const LegalForm = enumOf(['ASSOCIATION_OF_LEGAL_ENTITIES', 'PUBLIC_FOUNDATION', 'PUBLIC_ASSOCIATION', 'OTHER']);
export type LegalForm = EnumValue<typeof LegalForm>;

export const LEGAL_FORM_LABELS: Record<LegalForm, LocalizedText> = {
  [LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES]: { kk: 'Заңды тұлғалар бірлестігі', ru: 'Объединение юридических лиц', en: 'Association of legal entities' },
  [LegalForm.PUBLIC_FOUNDATION]: { kk: 'Қоғамдық қор', ru: 'Общественный фонд', en: 'Public foundation' },
  [LegalForm.PUBLIC_ASSOCIATION]: { kk: 'Қоғамдық бірлестік', ru: 'Общественное объединение', en: 'Public association' },
  [LegalForm.OTHER]: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

/** The seven categories of volunteers (the memo's "composition"). */
export const VolunteerCategory = enumOf(['PRO_BONO', 'CHILDREN', 'INCLUSIVE', 'CORPORATE', 'INTERNATIONAL', 'SILVER', 'MIDDLE']);
export type VolunteerCategory = EnumValue<typeof VolunteerCategory>;

export const VOLUNTEER_CATEGORY_LABELS: Record<VolunteerCategory, LocalizedText> = {
  [VolunteerCategory.PRO_BONO]: { kk: 'Pro bono волонтерлік (кәсіпқойлар)', ru: 'Pro bono (профессионалы)', en: 'Pro bono (professionals)' },
  [VolunteerCategory.CHILDREN]: { kk: 'Балалар волонтерлігі (18 жасқа дейін)', ru: 'Детское волонтёрство (до 18 лет)', en: 'Children (under 18)' },
  [VolunteerCategory.INCLUSIVE]: { kk: 'Инклюзивті волонтерлік', ru: 'Инклюзивное волонтёрство', en: 'Inclusive' },
  [VolunteerCategory.CORPORATE]: { kk: 'Корпоративті волонтерлік', ru: 'Корпоративное волонтёрство', en: 'Corporate' },
  [VolunteerCategory.INTERNATIONAL]: { kk: 'Халықаралық волонтерлік', ru: 'Международное волонтёрство', en: 'International' },
  [VolunteerCategory.SILVER]: { kk: 'Күміс волонтерлік (55 жастан жоғары)', ru: 'Серебряное волонтёрство (старше 55)', en: 'Silver (over 55)' },
  [VolunteerCategory.MIDDLE]: { kk: 'Орта санаттағы волонтерлер', ru: 'Средняя категория', en: 'Middle (everyone else)' },
};

/** How volunteering is done (the memo's "ways"). */
export const VolunteeringMode = enumOf(['AUTO', 'ONLINE', 'OFFLINE']);
export type VolunteeringMode = EnumValue<typeof VolunteeringMode>;

export const VOLUNTEERING_MODE_LABELS: Record<VolunteeringMode, LocalizedText> = {
  [VolunteeringMode.AUTO]: { kk: 'Автоволонтерлік', ru: 'Автоволонтёрство', en: 'Auto-volunteering' },
  [VolunteeringMode.ONLINE]: { kk: 'Онлайн волонтерлік', ru: 'Онлайн-волонтёрство', en: 'Online' },
  [VolunteeringMode.OFFLINE]: { kk: 'Офлайн волонтерлік', ru: 'Офлайн-волонтёрство', en: 'Offline' },
};

/** Whether an actor is still at work. */
export const OrganizationStatus = enumOf(['ACTIVE', 'DORMANT', 'CLOSED']);
export type OrganizationStatus = EnumValue<typeof OrganizationStatus>;

/** Kinds of interaction of a front office with an actor (the contact log). */
export const ContactKind = enumOf(['MEETING', 'CALL', 'VISIT', 'EVENT', 'MESSAGE']);
export type ContactKind = EnumValue<typeof ContactKind>;

/** The memo's five ways to check that an organization really is a volunteer organization. */
export const VerificationMethod = enumOf(['QAZVOLUNTEER_ID', 'PAST_WORK_REPORTS', 'RECOMMENDATION_LETTER', 'NVN_PARTNER_LETTER', 'VISIT']);
export type VerificationMethod = EnumValue<typeof VerificationMethod>;

export const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, LocalizedText> = {
  [VerificationMethod.QAZVOLUNTEER_ID]: { kk: 'Qazvolunteer.kz платформасындағы ID', ru: 'ID на платформе Qazvolunteer.kz', en: 'Qazvolunteer.kz ID' },
  [VerificationMethod.PAST_WORK_REPORTS]: {
    kk: 'Өткен жұмыс туралы есептер (бенефициарлармен тексерілген)',
    ru: 'Отчёты о прошлой работе (проверены у благополучателей)',
    en: 'Past-work reports, cross-checked with beneficiaries',
  },
  [VerificationMethod.RECOMMENDATION_LETTER]: {
    kk: 'Серіктестердің, бенефициарлардың ұсыныс хаты',
    ru: 'Рекомендательное письмо партнёров или благополучателей',
    en: 'Recommendation letter',
  },
  [VerificationMethod.NVN_PARTNER_LETTER]: { kk: 'ҰВЖ серіктесінің ұсыныс хаты', ru: 'Рекомендация партнёра НВС', en: 'National Volunteer Network partner letter' },
  [VerificationMethod.VISIT]: { kk: 'Іс-шараға немесе жұмыс орнына бару', ru: 'Посещение мероприятия или места работы', en: 'Visit to an event or working place' },
};

export const CheckOutcome = enumOf(['PASSED', 'FAILED', 'PENDING']);
export type CheckOutcome = EnumValue<typeof CheckOutcome>;

export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  IN_REVIEW = 'IN_REVIEW',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}
