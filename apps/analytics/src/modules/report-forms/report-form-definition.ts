import type { LocalizedText, ReportCommentRule, ReportFieldType } from '@birge/shared-reference';

/** A choice of a CHOICE or MULTI_CHOICE field, as stored in a form version. */
export interface ReportChoiceDefinition {
  key: string;
  label: LocalizedText;
}

/** A field of a form version, as stored (JSON in `analytics.report_form_version.sections`). */
export interface ReportFieldDefinition {
  key: string;
  type: ReportFieldType;
  label: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  /** NUMBER: bounds of the value; MULTI_CHOICE and NEEDS: bounds of how many are picked; TEXT: bounds of the length. */
  min: number | null;
  max: number | null;
  /** NUMBER only: whole numbers. */
  integer: boolean;
  choices: ReportChoiceDefinition[];
  /** NUMBER only: the key of a pre-fill source (REPORT_PREFILL_SOURCES). */
  prefillSource: string | null;
  commentRule: ReportCommentRule;
}

export interface ReportSectionDefinition {
  key: string;
  title: LocalizedText;
  fields: ReportFieldDefinition[];
}

/** Every field of a version, in order. */
export function fieldsOf(sections: readonly ReportSectionDefinition[]): ReportFieldDefinition[] {
  return sections.flatMap((section) => section.fields);
}
