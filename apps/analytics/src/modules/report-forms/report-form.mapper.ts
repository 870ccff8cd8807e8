import { prefillSourceOf } from '../reports/prefill/prefill.mapper';
import { ReportPeriodType } from './report-enums';
import type { ReportSectionDefinition } from './report-form-definition';
import type { ReportFormField, ReportFormSection } from './report-form-field.type';
import type { ReportFormVersionEntity } from './report-form-version.entity';
import type { ReportFormEntity } from './report-form.entity';
import type { ReportForm, ReportFormVersion } from './report-form.type';

export function toReportSections(definition: readonly ReportSectionDefinition[]): ReportFormSection[] {
  return definition.map((section) => ({ key: section.key, title: section.title }));
}

export function toReportFields(definition: readonly ReportSectionDefinition[]): ReportFormField[] {
  return definition.flatMap((section) =>
    section.fields.map((field) => ({
      key: field.key,
      sectionKey: section.key,
      type: field.type,
      label: field.label,
      help: field.help,
      required: field.required,
      min: field.min,
      max: field.max,
      integer: field.integer,
      choices: field.choices,
      prefillSource: prefillSourceOf(field.prefillSource),
      commentRule: field.commentRule,
    })),
  );
}

export function toReportForm(entity: ReportFormEntity, current: ReportFormVersionEntity): ReportForm {
  return {
    ...entity,
    periodType: entity.periodType as ReportPeriodType,
    regions: entity.regionCodes.map((code) => ({ code })),
    version: entity.currentVersion,
    sections: toReportSections(current.sections),
    fields: toReportFields(current.sections),
  };
}

export function toReportFormVersion(entity: ReportFormVersionEntity): ReportFormVersion {
  return {
    version: entity.version,
    sections: toReportSections(entity.sections),
    fields: toReportFields(entity.sections),
    createdAt: entity.createdAt,
    createdBy: entity.createdBy,
  };
}
