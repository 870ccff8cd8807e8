import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** The three types of help a front office gives (the memo's catalog). */
export const AssistanceType = enumOf(['ADMINISTRATIVE', 'CONSULTATIVE', 'INFORMATIONAL']);
export type AssistanceType = EnumValue<typeof AssistanceType>;

export const AssistanceSubtype = enumOf([
  'STATE_BODY_LIAISON',
  'PREMISES_AND_EQUIPMENT',
  'TRAINING',
  'ORGANIZATION_REGISTRATION',
  'GRANT_AND_REPORTING_DOCUMENTS',
  'GRANTS_AND_PROGRAMMES',
  'COOPERATION',
  'MEDIA_PUBLICITY',
  'MEDIA_INTEREST',
]);
export type AssistanceSubtype = EnumValue<typeof AssistanceSubtype>;

/** Which sub-types belong to which type. */
export const ASSISTANCE_CATALOG: Record<AssistanceType, readonly AssistanceSubtype[]> = {
  [AssistanceType.ADMINISTRATIVE]: [AssistanceSubtype.STATE_BODY_LIAISON, AssistanceSubtype.PREMISES_AND_EQUIPMENT, AssistanceSubtype.TRAINING],
  [AssistanceType.CONSULTATIVE]: [AssistanceSubtype.ORGANIZATION_REGISTRATION, AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS],
  [AssistanceType.INFORMATIONAL]: [AssistanceSubtype.GRANTS_AND_PROGRAMMES, AssistanceSubtype.COOPERATION, AssistanceSubtype.MEDIA_PUBLICITY, AssistanceSubtype.MEDIA_INTEREST],
};

export function assistanceTypeOf(subtype: AssistanceSubtype): AssistanceType {
  const entry = Object.entries(ASSISTANCE_CATALOG).find(([, subtypes]) => subtypes.includes(subtype));
  if (!entry) throw new Error(`Unknown assistance sub-type ${subtype}`);
  return entry[0] as AssistanceType;
}

export const ASSISTANCE_TYPE_LABELS: Record<AssistanceType, LocalizedText> = {
  [AssistanceType.ADMINISTRATIVE]: { kk: 'Әкімшілік көмек', ru: 'Административная помощь', en: 'Administrative help' },
  [AssistanceType.CONSULTATIVE]: { kk: 'Консультативтік көмек', ru: 'Консультативная помощь', en: 'Consultative help' },
  [AssistanceType.INFORMATIONAL]: { kk: 'Ақпараттық көмек', ru: 'Информационная помощь', en: 'Informational help' },
};

export const ASSISTANCE_SUBTYPE_LABELS: Record<AssistanceSubtype, LocalizedText> = {
  [AssistanceSubtype.STATE_BODY_LIAISON]: {
    kk: 'Мемлекеттік органдармен өзара іс-қимыл (рұқсаттар, құжаттар)',
    ru: 'Взаимодействие с госорганами (разрешения, документы)',
    en: 'Liaison with state bodies (permits, authorizing documents)',
  },
  [AssistanceSubtype.PREMISES_AND_EQUIPMENT]: {
    kk: 'Уақытша орын мен жабдық',
    ru: 'Временное помещение и оборудование',
    en: 'Temporary premises and equipment',
  },
  [AssistanceSubtype.TRAINING]: {
    kk: 'Тренингтер, семинарлар, әлеуетті арттыру курстары',
    ru: 'Тренинги, семинары, курсы повышения потенциала',
    en: 'Trainings, seminars and capacity-building courses',
  },
  [AssistanceSubtype.ORGANIZATION_REGISTRATION]: {
    kk: 'Волонтерлік ұйымды тіркеу',
    ru: 'Регистрация волонтёрской организации',
    en: 'Registering a volunteer organization',
  },
  [AssistanceSubtype.GRANT_AND_REPORTING_DOCUMENTS]: {
    kk: 'Гранттық өтінімдер мен есептік құжаттар',
    ru: 'Грантовые заявки и отчётные документы',
    en: 'Grant applications and reporting documents',
  },
  [AssistanceSubtype.GRANTS_AND_PROGRAMMES]: {
    kk: 'Гранттар мен қолдау бағдарламалары туралы ақпарат',
    ru: 'Информация о грантах и программах поддержки',
    en: 'Grants and support programmes',
  },
  [AssistanceSubtype.COOPERATION]: {
    kk: 'Өңірдегі басқа ұйымдар және ынтымақтастық',
    ru: 'Другие организации региона и сотрудничество',
    en: 'Other organizations and cooperation',
  },
  [AssistanceSubtype.MEDIA_PUBLICITY]: {
    kk: 'БАҚ пен әлеуметтік желілерде жариялау',
    ru: 'Освещение в СМИ и социальных сетях',
    en: 'Publicity in media and social networks',
  },
  [AssistanceSubtype.MEDIA_INTEREST]: {
    kk: 'БАҚ қызығушылығын арттыру',
    ru: 'Повышение интереса СМИ',
    en: 'Raising media interest',
  },
};
