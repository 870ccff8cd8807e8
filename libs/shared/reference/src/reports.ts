import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/**
 * Periodic reports (issue 12, item 2): forms the republican office designs, reports the regions'
 * front offices fill per period, and their review. The vocabulary shared by the analytics
 * subgraph, the notifications subgraph (event payloads) and the dashboard.
 */

/** How long a period of a form is. A period is written `2026` (YEAR), `2026-H1`, `2026-Q3`, `2026-07` (MONTH). */
export const ReportPeriodType = enumOf(['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR']);
export type ReportPeriodType = EnumValue<typeof ReportPeriodType>;

export const REPORT_PERIOD_TYPE_LABELS: Record<ReportPeriodType, LocalizedText> = {
  [ReportPeriodType.MONTH]: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
  [ReportPeriodType.QUARTER]: { kk: 'Тоқсан', ru: 'Квартал', en: 'Quarter' },
  [ReportPeriodType.HALF_YEAR]: { kk: 'Жарты жыл', ru: 'Полугодие', en: 'Half-year' },
  [ReportPeriodType.YEAR]: { kk: 'Жыл', ru: 'Год', en: 'Year' },
};

/** What a field of a form asks for. */
export const ReportFieldType = enumOf([
  'NUMBER',
  'TEXT',
  'CHOICE',
  'MULTI_CHOICE',
  /** A list of entries of the region's needs and problems register. */
  'NEEDS',
]);
export type ReportFieldType = EnumValue<typeof ReportFieldType>;

export const REPORT_FIELD_TYPE_LABELS: Record<ReportFieldType, LocalizedText> = {
  [ReportFieldType.NUMBER]: { kk: 'Сан', ru: 'Число', en: 'Number' },
  [ReportFieldType.TEXT]: { kk: 'Мәтін', ru: 'Текст', en: 'Text' },
  [ReportFieldType.CHOICE]: { kk: 'Бір нұсқа', ru: 'Один вариант', en: 'One choice' },
  [ReportFieldType.MULTI_CHOICE]: { kk: 'Бірнеше нұсқа', ru: 'Несколько вариантов', en: 'Several choices' },
  [ReportFieldType.NEEDS]: { kk: 'Қажеттіліктер тізімі', ru: 'Список потребностей', en: 'Linked needs' },
};

/** When a field's answer must come with the front office's comment. */
export const ReportCommentRule = enumOf([
  'NONE',
  /** Left empty: say why. */
  'WHEN_MISSING',
  /** Changed from what was last submitted (after a return or a reopening): say why. */
  'WHEN_CHANGED',
  'WHEN_MISSING_OR_CHANGED',
]);
export type ReportCommentRule = EnumValue<typeof ReportCommentRule>;

export const REPORT_COMMENT_RULE_LABELS: Record<ReportCommentRule, LocalizedText> = {
  [ReportCommentRule.NONE]: { kk: 'Түсініктеме қажет емес', ru: 'Комментарий не нужен', en: 'No comment needed' },
  [ReportCommentRule.WHEN_MISSING]: { kk: 'Бос қалса, түсініктеме қажет', ru: 'Если пусто — нужен комментарий', en: 'A missing value needs a comment' },
  [ReportCommentRule.WHEN_CHANGED]: { kk: 'Өзгерсе, түсініктеме қажет', ru: 'Если изменено — нужен комментарий', en: 'A changed value needs a comment' },
  [ReportCommentRule.WHEN_MISSING_OR_CHANGED]: {
    kk: 'Бос қалса немесе өзгерсе, түсініктеме қажет',
    ru: 'Если пусто или изменено — нужен комментарий',
    en: 'A missing or changed value needs a comment',
  },
};

/** Where a report stands. A region that has not opened its report yet has no report (NOT_STARTED in completeness). */
export const ReportStatus = enumOf([
  'DRAFT',
  'SUBMITTED',
  /** Sent back by the republican office (or reopened after acceptance): the region fixes and resubmits. */
  'RETURNED',
  /** Locked: only an administrator reopens it, with a reason. */
  'ACCEPTED',
]);
export type ReportStatus = EnumValue<typeof ReportStatus>;

export const REPORT_STATUS_LABELS: Record<ReportStatus, LocalizedText> = {
  [ReportStatus.DRAFT]: { kk: 'Жоба', ru: 'Черновик', en: 'Draft' },
  [ReportStatus.SUBMITTED]: { kk: 'Жіберілді', ru: 'Отправлен', en: 'Submitted' },
  [ReportStatus.RETURNED]: { kk: 'Қайтарылды', ru: 'Возвращён', en: 'Returned' },
  [ReportStatus.ACCEPTED]: { kk: 'Қабылданды', ru: 'Принят', en: 'Accepted' },
};

/** A step of a report's history. */
export const ReportAction = enumOf(['OPENED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REOPENED']);
export type ReportAction = EnumValue<typeof ReportAction>;

export const REPORT_ACTION_LABELS: Record<ReportAction, LocalizedText> = {
  [ReportAction.OPENED]: { kk: 'Ашылды', ru: 'Открыт', en: 'Opened' },
  [ReportAction.SUBMITTED]: { kk: 'Жіберілді', ru: 'Отправлен', en: 'Submitted' },
  [ReportAction.RETURNED]: { kk: 'Қайтарылды', ru: 'Возвращён', en: 'Returned' },
  [ReportAction.ACCEPTED]: { kk: 'Қабылданды', ru: 'Принят', en: 'Accepted' },
  [ReportAction.REOPENED]: { kk: 'Қайта ашылды', ru: 'Переоткрыт', en: 'Reopened' },
};

/** Limits of forms and reports, shared by the API's checks and the dashboard's forms. */
export const REPORT_LIMITS = {
  titleMaxLength: 200,
  labelMaxLength: 300,
  helpMaxLength: 1000,
  sectionsMax: 20,
  fieldsMax: 100,
  choicesMax: 20,
  fieldKeyMaxLength: 40,
  textAnswerMaxLength: 8000,
  commentMaxLength: 4000,
  needsPerFieldMax: 30,
  dueDaysMax: 120,
  onTimeWindowDaysMax: 60,
  /** The largest absolute value a NUMBER field stores. */
  numberMaxAbs: 1e12,
} as const;

/** Reports are judged on substance: a required narrative shorter than this (without blanks) is refused as a placeholder. */
export const REPORT_TEXT_MIN_SUBSTANCE = 20;
