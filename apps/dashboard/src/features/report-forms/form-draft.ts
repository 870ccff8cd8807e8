import type {
  CreateReportFormInput,
  ReportCommentRule,
  ReportFieldInput,
  ReportFieldType,
  ReportFormFieldsFragment,
  ReportPeriodType,
  ReportSectionInput,
} from '../../gql/graphql';

/** A text of the form in the three languages, as the designer types it. */
export interface LabelDraft {
  kk: string;
  ru: string;
  en: string;
}

export interface ChoiceDraft {
  key: string;
  label: LabelDraft;
}

export interface FieldDraft {
  key: string;
  type: ReportFieldType;
  label: LabelDraft;
  help: LabelDraft;
  required: boolean;
  /** Bounds as typed; empty: no bound. */
  min: string;
  max: string;
  integer: boolean;
  choices: ChoiceDraft[];
  /** A pre-fill source key (NUMBER only); empty: typed in by the region. */
  prefillSource: string;
  commentRule: ReportCommentRule;
}

export interface SectionDraft {
  key: string;
  title: LabelDraft;
  fields: FieldDraft[];
}

export interface FormDraft {
  title: LabelDraft;
  description: LabelDraft;
  periodType: ReportPeriodType;
  firstPeriod: string;
  /** Empty: every region. */
  regionCodes: string[];
  dueDays: string;
  onTimeWindowDays: string;
  sections: SectionDraft[];
}

export const FIELD_TYPES: readonly ReportFieldType[] = ['NUMBER', 'TEXT', 'CHOICE', 'MULTI_CHOICE', 'NEEDS'];
export const PERIOD_TYPES = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as const satisfies readonly ReportPeriodType[];
export const COMMENT_RULES: readonly ReportCommentRule[] = ['NONE', 'WHEN_MISSING', 'WHEN_CHANGED', 'WHEN_MISSING_OR_CHANGED'];

export const emptyLabel = (): LabelDraft => ({ kk: '', ru: '', en: '' });

export function newField(index: number): FieldDraft {
  return {
    key: `field_${index}`,
    type: 'NUMBER',
    label: emptyLabel(),
    help: emptyLabel(),
    required: false,
    min: '',
    max: '',
    integer: false,
    choices: [],
    prefillSource: '',
    commentRule: 'NONE',
  };
}

export function newSection(index: number, fieldIndex: number): SectionDraft {
  return { key: `section_${index}`, title: emptyLabel(), fields: [newField(fieldIndex)] };
}

export function newFormDraft(): FormDraft {
  return {
    title: emptyLabel(),
    description: emptyLabel(),
    periodType: 'QUARTER',
    firstPeriod: '',
    regionCodes: [],
    dueDays: '15',
    onTimeWindowDays: '0',
    sections: [newSection(1, 1)],
  };
}

const hasChoices = (type: ReportFieldType) => type === 'CHOICE' || type === 'MULTI_CHOICE';
const trimmed = (label: LabelDraft): LabelDraft => ({ kk: label.kk.trim(), ru: label.ru.trim(), en: label.en.trim() });
const blank = (label: LabelDraft) => !label.kk.trim() && !label.ru.trim() && !label.en.trim();
/** A bound as typed: empty is none; anything else goes as a number (NaN is refused by the API, named on the field). */
const bound = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value.replace(',', '.')));
const whole = (value: string): number => (value.trim() === '' ? Number.NaN : Number(value));

function fieldInput(field: FieldDraft): ReportFieldInput {
  const input: ReportFieldInput = { key: field.key.trim(), type: field.type, label: trimmed(field.label), required: field.required, commentRule: field.commentRule };
  if (!blank(field.help)) input.help = trimmed(field.help);
  // Bounds of a CHOICE field, choices of other types, pre-fill and whole numbers outside NUMBER: not sent, as the designer hides them.
  if (field.type !== 'CHOICE') {
    const min = bound(field.min);
    const max = bound(field.max);
    if (min !== undefined) input.min = min;
    if (max !== undefined) input.max = max;
  }
  if (hasChoices(field.type)) input.choices = field.choices.map((choice) => ({ key: choice.key.trim(), label: trimmed(choice.label) }));
  if (field.type === 'NUMBER') {
    input.integer = field.integer;
    if (field.prefillSource) input.prefillSource = field.prefillSource;
  }
  return input;
}

function sectionInput(section: SectionDraft): ReportSectionInput {
  return { key: section.key.trim(), title: trimmed(section.title), fields: section.fields.map(fieldInput) };
}

/** The designer's draft as the API takes it (createReportForm; updateReportForm adds id and revision). */
export function formInput(draft: FormDraft): CreateReportFormInput {
  const input: CreateReportFormInput = {
    title: trimmed(draft.title),
    periodType: draft.periodType,
    dueDays: whole(draft.dueDays),
    onTimeWindowDays: whole(draft.onTimeWindowDays),
    sections: draft.sections.map(sectionInput),
  };
  if (!blank(draft.description)) input.description = trimmed(draft.description);
  if (draft.firstPeriod.trim()) input.firstPeriod = draft.firstPeriod.trim();
  if (draft.regionCodes.length > 0) input.regionCodes = draft.regionCodes;
  return input;
}

const label = (text: { kk: string; ru: string; en: string } | null | undefined): LabelDraft => (text ? { kk: text.kk, ru: text.ru, en: text.en } : emptyLabel());
const typed = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A stored form as the designer edits it: its current version's sections with their fields. */
export function draftFromForm(form: ReportFormFieldsFragment): FormDraft {
  return {
    title: label(form.title),
    description: label(form.description),
    periodType: form.periodType,
    firstPeriod: form.firstPeriod,
    regionCodes: [...form.regionCodes],
    dueDays: String(form.dueDays),
    onTimeWindowDays: String(form.onTimeWindowDays),
    sections: form.sections.map((section) => ({
      key: section.key,
      title: label(section.title),
      fields: form.fields
        .filter((field) => field.sectionKey === section.key)
        .map((field) => ({
          key: field.key,
          type: field.type,
          label: label(field.label),
          help: label(field.help),
          required: field.required,
          min: typed(field.min),
          max: typed(field.max),
          integer: field.integer,
          choices: field.choices.map((choice) => ({ key: choice.key, label: label(choice.label) })),
          prefillSource: field.prefillSource?.key ?? '',
          commentRule: field.commentRule,
        })),
    })),
  };
}
