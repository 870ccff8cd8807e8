import { ReportAction, ReportFieldType, ReportPeriodType, ReportStatus } from '@birge/shared-reference';
import { fieldsOf } from '../report-forms/report-form-definition';
import type { ReportFormVersionEntity } from '../report-forms/report-form-version.entity';
import type { ReportFormEntity } from '../report-forms/report-form.entity';
import { prefillSourceOf } from './prefill/prefill.mapper';
import type { ReportAnswer } from './report-answer.type';
import { isOverridden } from './report-answer.rules';
import type { ReportCommentEntity } from './report-comment.entity';
import { ReportCommentSide, type ReportComment } from './report-comment.type';
import type { ReportHistoryEntity } from './report-history.entity';
import type { ReportHistoryStep } from './report-history-step.type';
import { dueOn, isOverdue, parsePeriod, submittedOnTime } from './report-period';
import type { ReportEntity } from './report.entity';
import type { Report } from './report.type';

function answersOf(report: ReportEntity, version: ReportFormVersionEntity): ReportAnswer[] {
  return fieldsOf(version.sections).map((field) => {
    const answer = report.answers[field.key];
    const filled = report.prefill[field.key];
    const source = filled ? prefillSourceOf(filled.source) : null;
    return {
      fieldKey: field.key,
      type: field.type,
      number: field.type === ReportFieldType.NUMBER ? (answer?.number ?? null) : null,
      text: field.type === ReportFieldType.TEXT ? (answer?.text ?? null) : null,
      choices: field.type === ReportFieldType.CHOICE || field.type === ReportFieldType.MULTI_CHOICE ? (answer?.choices ?? null) : null,
      needIds: field.type === ReportFieldType.NEEDS ? (answer?.needIds ?? null) : null,
      comment: answer?.comment ?? null,
      prefill: filled && source ? { source, figure: filled.figure, computedAt: new Date(filled.computedAt) } : null,
      overridden: isOverridden(field, answer, report.prefill),
      regionCode: report.regionCode,
    };
  });
}

export function toReport(report: ReportEntity, form: ReportFormEntity, version: ReportFormVersionEntity, now: Date): Report {
  const period = parsePeriod(form.periodType as ReportPeriodType, report.period, 'period');
  const due = dueOn(period, form.dueDays);
  const status = report.status as ReportStatus;
  return {
    id: report.id,
    formId: report.formId,
    formVersion: report.formVersion,
    region: { code: report.regionCode },
    regionCode: report.regionCode,
    periodType: form.periodType as ReportPeriodType,
    period: report.period,
    periodStart: period.from,
    periodEnd: period.to,
    dueOn: due,
    status,
    locked: status === ReportStatus.ACCEPTED,
    answers: answersOf(report, version),
    firstSubmittedAt: report.firstSubmittedAt,
    lastSubmittedAt: report.lastSubmittedAt,
    submittedOnTime: report.firstSubmittedAt ? submittedOnTime(report.firstSubmittedAt, due, form.onTimeWindowDays) : null,
    submissionCount: report.submissionCount,
    overdue: isOverdue(now, due, report.firstSubmittedAt !== null),
    acceptedAt: report.acceptedAt,
    acceptedBy: report.acceptedBy,
    createdAt: report.createdAt,
    createdBy: report.createdBy,
    updatedAt: report.updatedAt,
    updatedBy: report.updatedBy,
    version: report.version,
  };
}

export function toReportHistoryStep(entity: ReportHistoryEntity, regionCode: string): ReportHistoryStep {
  return { ...entity, action: entity.action as ReportAction, fromStatus: entity.fromStatus as ReportStatus | null, toStatus: entity.toStatus as ReportStatus, regionCode };
}

export function toReportComment(entity: ReportCommentEntity, regionCode: string): ReportComment {
  return { ...entity, side: entity.authorSide as ReportCommentSide, regionCode };
}
