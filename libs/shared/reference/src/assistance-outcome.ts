import { AssistanceSubtype } from './assistance-catalog';
import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** What came of a resolved request. Each sub-type allows its own results (see OUTCOMES_BY_SUBTYPE). */
export const AssistanceOutcomeResult = enumOf([
  'PERMIT_OBTAINED',
  'PERMIT_REFUSED',
  'DOCUMENTS_OBTAINED',
  'PREMISES_PROVIDED',
  'EQUIPMENT_PROVIDED',
  'NOTHING_AVAILABLE',
  'TRAINING_DELIVERED',
  'ORGANIZATION_REGISTERED',
  'REGISTRATION_REFUSED',
  'GRANT_APPLICATION_SUBMITTED',
  'REPORT_SUBMITTED',
  'INFORMATION_PROVIDED',
  'PARTNERS_INTRODUCED',
  'PUBLICATION_MADE',
  'MEDIA_CONTACTED',
]);
export type AssistanceOutcomeResult = EnumValue<typeof AssistanceOutcomeResult>;

const R = AssistanceOutcomeResult;

export const OUTCOMES_BY_SUBTYPE: Readonly<Record<AssistanceSubtype, readonly AssistanceOutcomeResult[]>> = {
  [AssistanceSubtype.STATE_BODY_LIAISON]: [R.PERMIT_OBTAINED, R.PERMIT_REFUSED, R.DOCUMENTS_OBTAINED],
  [AssistanceSubtype.PREMISES_AND_EQUIPMENT]: [R.PREMISES_PROVIDED, R.EQUIPMENT_PROVIDED, R.NOTHING_AVAILABLE],
  [AssistanceSubtype.TRAINING]: [R.TRAINING_DELIVERED],
  [AssistanceSubtype.ORGANIZATION_REGISTRATION]: [R.ORGANIZATION_REGISTERED, R.REGISTRATION_REFUSED],
  [AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS]: [R.GRANT_APPLICATION_SUBMITTED, R.REPORT_SUBMITTED],
  [AssistanceSubtype.GRANTS_AND_PROGRAMMES]: [R.INFORMATION_PROVIDED],
  [AssistanceSubtype.COOPERATION]: [R.PARTNERS_INTRODUCED, R.INFORMATION_PROVIDED],
  [AssistanceSubtype.MEDIA_PUBLICITY]: [R.PUBLICATION_MADE],
  [AssistanceSubtype.MEDIA_INTEREST]: [R.PUBLICATION_MADE, R.MEDIA_CONTACTED],
};

/** Results that are only credible with a link to the evidence (the publication itself). */
export const OUTCOMES_REQUIRING_LINK: readonly AssistanceOutcomeResult[] = [R.PUBLICATION_MADE];

export const ASSISTANCE_OUTCOME_LABELS: Record<AssistanceOutcomeResult, LocalizedText> = {
  [R.PERMIT_OBTAINED]: { kk: 'Рұқсат алынды', ru: 'Разрешение получено', en: 'Permit obtained' },
  [R.PERMIT_REFUSED]: { kk: 'Рұқсат берілмеді', ru: 'В разрешении отказано', en: 'Permit refused' },
  [R.DOCUMENTS_OBTAINED]: { kk: 'Құжаттар алынды', ru: 'Документы получены', en: 'Documents obtained' },
  [R.PREMISES_PROVIDED]: { kk: 'Орын берілді', ru: 'Помещение предоставлено', en: 'Premises provided' },
  [R.EQUIPMENT_PROVIDED]: { kk: 'Жабдық берілді', ru: 'Оборудование предоставлено', en: 'Equipment provided' },
  [R.NOTHING_AVAILABLE]: { kk: 'Бос орын/жабдық жоқ', ru: 'Нет свободных помещений или оборудования', en: 'Nothing available' },
  [R.TRAINING_DELIVERED]: { kk: 'Тренинг өткізілді', ru: 'Тренинг проведён', en: 'Training delivered' },
  [R.ORGANIZATION_REGISTERED]: { kk: 'Ұйым тіркелді', ru: 'Организация зарегистрирована', en: 'Organization registered' },
  [R.REGISTRATION_REFUSED]: { kk: 'Тіркеуден бас тартылды', ru: 'В регистрации отказано', en: 'Registration refused' },
  [R.GRANT_APPLICATION_SUBMITTED]: { kk: 'Гранттық өтінім берілді', ru: 'Грантовая заявка подана', en: 'Grant application submitted' },
  [R.REPORT_SUBMITTED]: { kk: 'Есеп тапсырылды', ru: 'Отчёт сдан', en: 'Report submitted' },
  [R.INFORMATION_PROVIDED]: { kk: 'Ақпарат берілді', ru: 'Информация предоставлена', en: 'Information provided' },
  [R.PARTNERS_INTRODUCED]: { kk: 'Серіктестермен таныстырылды', ru: 'Познакомили с партнёрами', en: 'Partners introduced' },
  [R.PUBLICATION_MADE]: { kk: 'Жарияланым шықты', ru: 'Публикация вышла', en: 'Publication made' },
  [R.MEDIA_CONTACTED]: { kk: 'БАҚ-пен байланыс орнатылды', ru: 'Контакт со СМИ установлен', en: 'Media contacted' },
};
