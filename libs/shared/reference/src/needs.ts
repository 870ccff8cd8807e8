import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/**
 * The themes of the needs and problems register: the memo's examples of what a region's volunteer
 * movement lacks, plus funding and "other". A fixed list, so regions can be read side by side.
 */
export const NeedTheme = enumOf([
  /** Relations with the local executive bodies (akimats) are missing or broken. */
  'LOCAL_EXECUTIVE_RELATIONS',
  /** Organizations lack the knowledge to run social projects or to win and report on grants. */
  'PROJECT_AND_GRANT_SKILLS',
  /** Initiative groups have no place to meet. */
  'NO_PLACE_TO_MEET',
  /** The population is wary of volunteering. */
  'POPULATION_WARY',
  'FUNDING',
  'OTHER',
]);
export type NeedTheme = EnumValue<typeof NeedTheme>;

export const NEED_THEME_LABELS: Record<NeedTheme, LocalizedText> = {
  [NeedTheme.LOCAL_EXECUTIVE_RELATIONS]: {
    kk: 'Жергілікті атқарушы органдармен қарым-қатынас',
    ru: 'Отношения с местными исполнительными органами',
    en: 'Relations with local executive bodies',
  },
  [NeedTheme.PROJECT_AND_GRANT_SKILLS]: {
    kk: 'Ұйымдарға жоба мен грант жүргізу білімі жетіспейді',
    ru: 'Организациям не хватает навыков проектной и грантовой работы',
    en: 'Organizations lack project and grant skills',
  },
  [NeedTheme.NO_PLACE_TO_MEET]: {
    kk: 'Бастамашыл топтардың бас қосатын орны жоқ',
    ru: 'Инициативным группам негде собираться',
    en: 'No place to meet',
  },
  [NeedTheme.POPULATION_WARY]: {
    kk: 'Халық волонтерлікке сақтықпен қарайды',
    ru: 'Население настороженно относится к волонтёрству',
    en: 'Population wary of volunteering',
  },
  [NeedTheme.FUNDING]: { kk: 'Қаржыландыру', ru: 'Финансирование', en: 'Funding' },
  [NeedTheme.OTHER]: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

/** Whose need it is: the region's volunteer movement, or the front office itself (the memo keeps them apart). */
export const NeedKind = enumOf(['MOVEMENT', 'FRONT_OFFICE']);
export type NeedKind = EnumValue<typeof NeedKind>;

export const NEED_KIND_LABELS: Record<NeedKind, LocalizedText> = {
  [NeedKind.MOVEMENT]: { kk: 'Волонтерлік қозғалыстың қажеттілігі', ru: 'Потребность волонтёрского движения', en: "The volunteer movement's need" },
  [NeedKind.FRONT_OFFICE]: { kk: 'Фронт-офистің өз қажеттілігі', ru: 'Потребность самого фронт-офиса', en: "The front office's own need" },
};

/** Where an entry of the register stands. Deliberately no priority or score: the register is qualitative. */
export const NeedStatus = enumOf([
  'OPEN',
  /** Handed up to the republican front office. */
  'ESCALATED',
  'BEING_ADDRESSED',
  'RESOLVED',
  'NO_LONGER_RELEVANT',
]);
export type NeedStatus = EnumValue<typeof NeedStatus>;

export const NEED_STATUS_LABELS: Record<NeedStatus, LocalizedText> = {
  [NeedStatus.OPEN]: { kk: 'Ашық', ru: 'Открыта', en: 'Open' },
  [NeedStatus.ESCALATED]: { kk: 'Республикалық кеңсеге жіберілді', ru: 'Передана в республиканский офис', en: 'Escalated to the republican office' },
  [NeedStatus.BEING_ADDRESSED]: { kk: 'Шешілу үстінде', ru: 'Решается', en: 'Being addressed' },
  [NeedStatus.RESOLVED]: { kk: 'Шешілді', ru: 'Решена', en: 'Resolved' },
  [NeedStatus.NO_LONGER_RELEVANT]: { kk: 'Өзектілігін жойды', ru: 'Утратила актуальность', en: 'No longer relevant' },
};

const S = NeedStatus;

/**
 * The one table of an entry's life: from each status, the statuses it may move to. A region may
 * take a need up itself (OPEN -> BEING_ADDRESSED) or hand it to the republican office first;
 * anything not yet final may stop being relevant. RESOLVED and NO_LONGER_RELEVANT are final: a
 * need that comes back is a new entry, with its own history.
 */
export const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  [S.OPEN]: [S.ESCALATED, S.BEING_ADDRESSED, S.NO_LONGER_RELEVANT],
  [S.ESCALATED]: [S.BEING_ADDRESSED, S.NO_LONGER_RELEVANT],
  [S.BEING_ADDRESSED]: [S.RESOLVED, S.NO_LONGER_RELEVANT],
  [S.RESOLVED]: [],
  [S.NO_LONGER_RELEVANT]: [],
};

/** The statuses a need in `from` may move to; empty for a final status. */
export function allowedNeedTransitions(from: NeedStatus): readonly NeedStatus[] {
  return NEED_TRANSITIONS[from] ?? [];
}

export const FINAL_NEED_STATUSES: readonly NeedStatus[] = [S.RESOLVED, S.NO_LONGER_RELEVANT];

/** Limits of the register's texts and lists, shared by the API's checks and the dashboard's forms. */
export const NEED_LIMITS = {
  narrativeMaxLength: 8000,
  commentMaxLength: 4000,
  evidenceMaxPerKind: 50,
} as const;
