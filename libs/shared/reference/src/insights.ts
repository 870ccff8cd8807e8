import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';
import { AssistanceType, AssistanceSubtype } from './assistance-catalog';
import { AssistanceOutcomeResult } from './assistance-outcome';
import { BookableResourceKind } from './assistance-premises';
import { AssistanceRequestStatus } from './assistance-status';
import { Direction } from './directions';
import { OrganizationKind } from './organization-kind';
import { LegalForm, VerificationStatus, VolunteerCategory, VolunteeringMode } from './registry-vocabulary';

/**
 * The vocabulary of the one analytics API (`insights`, `insightSeries`, `insightDrillDown`):
 * what figures can be asked for (measures), what they can be cut and grouped by (dimensions),
 * and which family of facts each belongs to. Shared so that the dashboard labels the same codes.
 */

/** What a figure is cut or grouped by. */
export enum InsightDimension {
  REGION = 'REGION',
  DISTRICT = 'DISTRICT',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  ORGANIZATION_KIND = 'ORGANIZATION_KIND',
  LEGAL_FORM = 'LEGAL_FORM',
  VERIFICATION_STATUS = 'VERIFICATION_STATUS',
  DIRECTION = 'DIRECTION',
  CATEGORY = 'CATEGORY',
  MODE = 'MODE',
  REQUEST_TYPE = 'REQUEST_TYPE',
  REQUEST_SUBTYPE = 'REQUEST_SUBTYPE',
  REQUEST_STATUS = 'REQUEST_STATUS',
  REQUEST_OUTCOME = 'REQUEST_OUTCOME',
  RESOURCE_KIND = 'RESOURCE_KIND',
}

/** A figure the analytics API computes. */
export const InsightMeasure = enumOf([
  'ORGANIZATIONS',
  'NEW_ORGANIZATIONS',
  'VERIFIED_ORGANIZATIONS',
  'VERIFIED_SHARE',
  'TOLD_ORGANIZATIONS',
  'OUTREACH_SHARE',
  'DISTRICTS',
  'COVERED_DISTRICTS',
  'COVERAGE_SHARE',
  'CONTACTS',
  'REQUESTS',
  'OPEN_REQUESTS',
  'RESOLVED_REQUESTS',
  'OVERDUE_REQUESTS',
  'OVERDUE_SHARE',
  'FIRST_RESPONSE_HOURS_MEDIAN',
  'FIRST_RESPONSE_HOURS_P90',
  'RESOLUTION_HOURS_MEDIAN',
  'RESOLUTION_HOURS_P90',
  'REFERRALS',
  'ANSWERED_REFERRALS',
  'REFERRAL_ANSWER_SHARE',
  'RATINGS',
  'RATING_AVERAGE',
  'TRAININGS_HELD',
  'TRAINING_SEATS',
  'TRAINING_PARTICIPANTS',
  'TRAINING_ATTENDANCE_RATE',
  'BOOKINGS',
  'BOOKED_HOURS',
]);
export type InsightMeasure = EnumValue<typeof InsightMeasure>;

/** The family of facts a measure is counted over; it decides which dimensions can cut it. */
export enum InsightFamily {
  ORGANIZATIONS = 'ORGANIZATIONS',
  COVERAGE = 'COVERAGE',
  CONTACTS = 'CONTACTS',
  REQUESTS = 'REQUESTS',
  TRAININGS = 'TRAININGS',
  BOOKINGS = 'BOOKINGS',
}

export const INSIGHT_MEASURE_FAMILY: Record<InsightMeasure, InsightFamily> = {
  ORGANIZATIONS: InsightFamily.ORGANIZATIONS,
  NEW_ORGANIZATIONS: InsightFamily.ORGANIZATIONS,
  VERIFIED_ORGANIZATIONS: InsightFamily.ORGANIZATIONS,
  VERIFIED_SHARE: InsightFamily.ORGANIZATIONS,
  TOLD_ORGANIZATIONS: InsightFamily.ORGANIZATIONS,
  OUTREACH_SHARE: InsightFamily.ORGANIZATIONS,
  DISTRICTS: InsightFamily.COVERAGE,
  COVERED_DISTRICTS: InsightFamily.COVERAGE,
  COVERAGE_SHARE: InsightFamily.COVERAGE,
  CONTACTS: InsightFamily.CONTACTS,
  REQUESTS: InsightFamily.REQUESTS,
  OPEN_REQUESTS: InsightFamily.REQUESTS,
  RESOLVED_REQUESTS: InsightFamily.REQUESTS,
  OVERDUE_REQUESTS: InsightFamily.REQUESTS,
  OVERDUE_SHARE: InsightFamily.REQUESTS,
  FIRST_RESPONSE_HOURS_MEDIAN: InsightFamily.REQUESTS,
  FIRST_RESPONSE_HOURS_P90: InsightFamily.REQUESTS,
  RESOLUTION_HOURS_MEDIAN: InsightFamily.REQUESTS,
  RESOLUTION_HOURS_P90: InsightFamily.REQUESTS,
  REFERRALS: InsightFamily.REQUESTS,
  ANSWERED_REFERRALS: InsightFamily.REQUESTS,
  REFERRAL_ANSWER_SHARE: InsightFamily.REQUESTS,
  RATINGS: InsightFamily.REQUESTS,
  RATING_AVERAGE: InsightFamily.REQUESTS,
  TRAININGS_HELD: InsightFamily.TRAININGS,
  TRAINING_SEATS: InsightFamily.TRAININGS,
  TRAINING_PARTICIPANTS: InsightFamily.TRAININGS,
  TRAINING_ATTENDANCE_RATE: InsightFamily.TRAININGS,
  BOOKINGS: InsightFamily.BOOKINGS,
  BOOKED_HOURS: InsightFamily.BOOKINGS,
};

const PLACE_AND_TIME = [InsightDimension.REGION, InsightDimension.DISTRICT, InsightDimension.MONTH, InsightDimension.QUARTER, InsightDimension.YEAR];
/** The organization's dimensions: a fact of another family cut by one of them is read with its organization. */
export const INSIGHT_ORGANIZATION_DIMENSIONS: readonly InsightDimension[] = [
  InsightDimension.ORGANIZATION_KIND,
  InsightDimension.LEGAL_FORM,
  InsightDimension.VERIFICATION_STATUS,
  InsightDimension.DIRECTION,
  InsightDimension.CATEGORY,
  InsightDimension.MODE,
];
const ORGANIZATION = INSIGHT_ORGANIZATION_DIMENSIONS;
const REQUEST = [InsightDimension.REQUEST_TYPE, InsightDimension.REQUEST_SUBTYPE, InsightDimension.REQUEST_STATUS, InsightDimension.REQUEST_OUTCOME];

/** The dimensions that can cut (filter or group) each family of facts. */
export const INSIGHT_FAMILY_DIMENSIONS: Record<InsightFamily, readonly InsightDimension[]> = {
  ORGANIZATIONS: [...PLACE_AND_TIME, ...ORGANIZATION],
  COVERAGE: PLACE_AND_TIME,
  CONTACTS: [...PLACE_AND_TIME, ...ORGANIZATION],
  REQUESTS: [...PLACE_AND_TIME, ...ORGANIZATION, ...REQUEST],
  // A training belongs to a region (its front office); it has no district nor organization.
  TRAININGS: [InsightDimension.REGION, InsightDimension.MONTH, InsightDimension.QUARTER, InsightDimension.YEAR],
  BOOKINGS: [...PLACE_AND_TIME, ...ORGANIZATION, InsightDimension.RESOURCE_KIND],
};

/** The measures whose value is a share between 0 and 1. */
export const INSIGHT_SHARE_MEASURES: readonly InsightMeasure[] = [
  InsightMeasure.VERIFIED_SHARE,
  InsightMeasure.OUTREACH_SHARE,
  InsightMeasure.COVERAGE_SHARE,
  InsightMeasure.OVERDUE_SHARE,
  InsightMeasure.REFERRAL_ANSWER_SHARE,
  InsightMeasure.TRAINING_ATTENDANCE_RATE,
];

export const INSIGHT_DIMENSION_LABELS: Record<InsightDimension, LocalizedText> = {
  REGION: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  DISTRICT: { kk: 'Аудан', ru: 'Район', en: 'District' },
  MONTH: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
  QUARTER: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
  YEAR: { kk: 'Жыл', ru: 'Год', en: 'Year' },
  ORGANIZATION_KIND: { kk: 'Ұйым түрі', ru: 'Вид организации', en: 'Organization kind' },
  LEGAL_FORM: { kk: 'Ұйымдық-құқықтық нысан', ru: 'Организационно-правовая форма', en: 'Legal form' },
  VERIFICATION_STATUS: { kk: 'Тексеру мәртебесі', ru: 'Статус проверки', en: 'Verification status' },
  DIRECTION: { kk: 'Бағыт', ru: 'Направление', en: 'Direction' },
  CATEGORY: { kk: 'Волонтерлер санаты', ru: 'Категория волонтёров', en: 'Volunteer category' },
  MODE: { kk: 'Волонтерлік нысаны', ru: 'Формат волонтёрства', en: 'Volunteering mode' },
  REQUEST_TYPE: { kk: 'Көмек түрі', ru: 'Тип помощи', en: 'Request type' },
  REQUEST_SUBTYPE: { kk: 'Көмек кіші түрі', ru: 'Подтип помощи', en: 'Request sub-type' },
  REQUEST_STATUS: { kk: 'Өтініш мәртебесі', ru: 'Статус обращения', en: 'Request status' },
  REQUEST_OUTCOME: { kk: 'Өтініш нәтижесі', ru: 'Результат обращения', en: 'Request outcome' },
  RESOURCE_KIND: { kk: 'Ресурс түрі', ru: 'Вид ресурса', en: 'Resource kind' },
};

export const INSIGHT_MEASURE_LABELS: Record<InsightMeasure, LocalizedText> = {
  ORGANIZATIONS: { kk: 'Ұйымдар', ru: 'Организации', en: 'Organizations' },
  NEW_ORGANIZATIONS: { kk: 'Жаңа ұйымдар', ru: 'Новые организации', en: 'New organizations' },
  VERIFIED_ORGANIZATIONS: { kk: 'Тексерілген ұйымдар', ru: 'Проверенные организации', en: 'Verified organizations' },
  VERIFIED_SHARE: { kk: 'Тексерілгендер үлесі', ru: 'Доля проверенных', en: 'Verified share' },
  TOLD_ORGANIZATIONS: { kk: 'Ұсыныс туралы хабардар ұйымдар', ru: 'Организации, знающие о предложении', en: 'Organizations told of the offer' },
  OUTREACH_SHARE: { kk: 'Хабардар болғандар үлесі', ru: 'Доля знающих о предложении', en: 'Outreach share' },
  DISTRICTS: { kk: 'Аудандар', ru: 'Районы', en: 'Districts' },
  COVERED_DISTRICTS: { kk: 'Қамтылған аудандар', ru: 'Охваченные районы', en: 'Covered districts' },
  COVERAGE_SHARE: { kk: 'Аудандарды қамту үлесі', ru: 'Доля охваченных районов', en: 'District coverage share' },
  CONTACTS: { kk: 'Байланыстар', ru: 'Контакты', en: 'Contacts' },
  REQUESTS: { kk: 'Өтініштер', ru: 'Обращения', en: 'Requests' },
  OPEN_REQUESTS: { kk: 'Ашық өтініштер', ru: 'Открытые обращения', en: 'Open requests' },
  RESOLVED_REQUESTS: { kk: 'Шешілген өтініштер', ru: 'Решённые обращения', en: 'Resolved requests' },
  OVERDUE_REQUESTS: { kk: 'Мерзімі өткен өтініштер', ru: 'Просроченные обращения', en: 'Overdue requests' },
  OVERDUE_SHARE: { kk: 'Мерзімі өткендер үлесі', ru: 'Доля просроченных', en: 'Overdue share' },
  FIRST_RESPONSE_HOURS_MEDIAN: { kk: 'Алғашқы жауапқа дейін (медиана, сағ)', ru: 'До первого ответа (медиана, ч)', en: 'Time to first response (median, h)' },
  FIRST_RESPONSE_HOURS_P90: { kk: 'Алғашқы жауапқа дейін (90-процентиль, сағ)', ru: 'До первого ответа (90-й процентиль, ч)', en: 'Time to first response (90th percentile, h)' },
  RESOLUTION_HOURS_MEDIAN: { kk: 'Шешілгенге дейін (медиана, сағ)', ru: 'До решения (медиана, ч)', en: 'Time to resolution (median, h)' },
  RESOLUTION_HOURS_P90: { kk: 'Шешілгенге дейін (90-процентиль, сағ)', ru: 'До решения (90-й процентиль, ч)', en: 'Time to resolution (90th percentile, h)' },
  REFERRALS: { kk: 'Мемлекеттік органдарға жолдамалар', ru: 'Направления в госорганы', en: 'Referrals to state bodies' },
  ANSWERED_REFERRALS: { kk: 'Жауап берілген жолдамалар', ru: 'Направления с ответом', en: 'Answered referrals' },
  REFERRAL_ANSWER_SHARE: { kk: 'Жауап берілгендер үлесі', ru: 'Доля направлений с ответом', en: 'Answered share of referrals' },
  RATINGS: { kk: 'Бағалар', ru: 'Оценки', en: 'Ratings' },
  RATING_AVERAGE: { kk: 'Орташа баға', ru: 'Средняя оценка', en: 'Average rating' },
  TRAININGS_HELD: { kk: 'Өткізілген оқытулар', ru: 'Проведённые обучения', en: 'Trainings held' },
  TRAINING_SEATS: { kk: 'Оқыту орындары', ru: 'Места на обучениях', en: 'Training seats' },
  TRAINING_PARTICIPANTS: { kk: 'Оқытуға қатысқандар', ru: 'Участники обучений', en: 'Training participants' },
  TRAINING_ATTENDANCE_RATE: { kk: 'Оқытуға қатысу үлесі', ru: 'Доля посещения обучений', en: 'Training attendance rate' },
  BOOKINGS: { kk: 'Брондаулар', ru: 'Бронирования', en: 'Bookings' },
  BOOKED_HOURS: { kk: 'Брондалған сағаттар', ru: 'Забронированные часы', en: 'Booked hours' },
};

/** Labels of the request statuses (the same words as the dashboard's). */
export const ASSISTANCE_STATUS_LABELS: Record<string, LocalizedText> = {
  NEW: { kk: 'Жаңа', ru: 'Новый', en: 'New' },
  TRIAGED: { kk: 'Қаралды', ru: 'Рассмотрен', en: 'Triaged' },
  IN_PROGRESS: { kk: 'Орындалуда', ru: 'В работе', en: 'In progress' },
  WAITING_ON_STATE_BODY: { kk: 'Мемлекеттік органның жауабын күтуде', ru: 'Ожидает ответа госоргана', en: 'Waiting on a state body' },
  RESOLVED: { kk: 'Шешілді', ru: 'Решён', en: 'Resolved' },
  DECLINED: { kk: 'Қабылданбады', ru: 'Отклонён', en: 'Declined' },
  WITHDRAWN: { kk: 'Кері қайтарылды', ru: 'Отозван', en: 'Withdrawn' },
};

/** Labels of the verification statuses (the same words as the dashboard's). */
export const VERIFICATION_STATUS_LABELS: Record<string, LocalizedText> = {
  UNVERIFIED: { kk: 'Тексерілмеген', ru: 'Не проверена', en: 'Unverified' },
  IN_REVIEW: { kk: 'Тексерілуде', ru: 'На проверке', en: 'In review' },
  VERIFIED: { kk: 'Тексерілген', ru: 'Проверена', en: 'Verified' },
  REJECTED: { kk: 'Қабылданбаған', ru: 'Отклонена', en: 'Rejected' },
  EXPIRED: { kk: 'Тексеру мерзімі өткен', ru: 'Срок проверки истёк', en: 'Expired' },
};

const MONTH_NAMES: Record<keyof LocalizedText, readonly string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The label of a period key: `2026-03` (month), `2026-Q1` (quarter) or `2026` (year). */
export function periodLabel(key: string): LocalizedText {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const index = Number(month[2]) - 1;
    return { kk: `${month[1]} ж. ${MONTH_NAMES.kk[index]}`, ru: `${MONTH_NAMES.ru[index]} ${month[1]}`, en: `${MONTH_NAMES.en[index]} ${month[1]}` };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { kk: `${quarter[1]} ж. ${quarter[2]}-тоқсан`, ru: `${quarter[2]} кв. ${quarter[1]}`, en: `Q${quarter[2]} ${quarter[1]}` };
  return { kk: `${key} ж.`, ru: `${key} г.`, en: key };
}

/**
 * The analytics filter's fields that are dimensions (the rest are place and period): the dimension
 * each keeps values of, and its values in their declared order (the order rows and bars come in).
 */
export const INSIGHT_FILTER_DIMENSIONS = {
  organizationKinds: { dimension: InsightDimension.ORGANIZATION_KIND, values: Object.values(OrganizationKind) },
  legalForms: { dimension: InsightDimension.LEGAL_FORM, values: Object.values(LegalForm) },
  verificationStatuses: { dimension: InsightDimension.VERIFICATION_STATUS, values: Object.values(VerificationStatus) },
  directions: { dimension: InsightDimension.DIRECTION, values: Object.values(Direction) },
  categories: { dimension: InsightDimension.CATEGORY, values: Object.values(VolunteerCategory) },
  modes: { dimension: InsightDimension.MODE, values: Object.values(VolunteeringMode) },
  requestTypes: { dimension: InsightDimension.REQUEST_TYPE, values: Object.values(AssistanceType) },
  requestSubtypes: { dimension: InsightDimension.REQUEST_SUBTYPE, values: Object.values(AssistanceSubtype) },
  requestStatuses: { dimension: InsightDimension.REQUEST_STATUS, values: Object.values(AssistanceRequestStatus) },
  requestOutcomes: { dimension: InsightDimension.REQUEST_OUTCOME, values: Object.values(AssistanceOutcomeResult) },
  resourceKinds: { dimension: InsightDimension.RESOURCE_KIND, values: Object.values(BookableResourceKind) },
} as const satisfies Record<string, { dimension: InsightDimension; values: readonly string[] }>;

export type InsightFilterDimensionField = keyof typeof INSIGHT_FILTER_DIMENSIONS;
