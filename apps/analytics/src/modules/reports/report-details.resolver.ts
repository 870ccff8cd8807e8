import { ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { REPORT_LIMITS } from '@birge/shared-reference';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { toReportFields, toReportSections } from '../report-forms/report-form.mapper';
import { ReportFormField, ReportFormSection } from '../report-forms/report-form-field.type';
import { ReportForm } from '../report-forms/report-form.type';
import { Need } from '../needs/need.type';
import { ReportAnswer } from './report-answer.type';
import { ReportComment } from './report-comment.type';
import { ReportHistoryStep } from './report-history-step.type';
import { Report } from './report.type';

@Resolver(() => Report)
export class ReportDetailsResolver {
  @FieldResolver(() => ReportForm, { nullable: true, description: "The form (with its current version, which may be newer than the report's)." })
  form(@Root() report: Report, @Ctx() ctx: AnalyticsContext): Promise<ReportForm | null> {
    return ctx.services.reportForms.formLoader(ctx.loaders).load(report.formId);
  }

  @ListSize(REPORT_LIMITS.sectionsMax)
  @FieldResolver(() => [ReportFormSection], { description: "The sections of the report's own form version, in order." })
  async sections(@Root() report: Report, @Ctx() ctx: AnalyticsContext): Promise<ReportFormSection[]> {
    const version = await ctx.services.reportForms.versionLoader(ctx.loaders).load(`${report.formId}#${report.formVersion}`);
    return version ? toReportSections(version.sections) : [];
  }

  @ListSize(REPORT_LIMITS.fieldsMax)
  @FieldResolver(() => [ReportFormField], { description: "The fields of the report's own form version, in order: what its answers answer." })
  async fields(@Root() report: Report, @Ctx() ctx: AnalyticsContext): Promise<ReportFormField[]> {
    const version = await ctx.services.reportForms.versionLoader(ctx.loaders).load(`${report.formId}#${report.formVersion}`);
    return version ? toReportFields(version.sections) : [];
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [ReportHistoryStep], { description: 'Every step of the report, oldest first, starting with its opening: who, when, and why.' })
  history(@Root() report: Report, @Ctx() ctx: AnalyticsContext): Promise<ReportHistoryStep[]> {
    return ctx.services.reportList.historyOf(ctx.loaders, report);
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [ReportComment], { description: "The report's comment thread, oldest first." })
  comments(@Root() report: Report, @Ctx() ctx: AnalyticsContext): Promise<ReportComment[]> {
    return ctx.services.reportList.commentsOf(ctx.loaders, report);
  }
}

@Resolver(() => ReportAnswer)
export class ReportAnswerResolver {
  @ListSize(REPORT_LIMITS.needsPerFieldMax)
  @FieldResolver(() => [Need], {
    nullable: 'items',
    description: "NEEDS: the entries of the region's needs register named by needIds, in the same order (an item is null when the entry is gone); empty for other types.",
  })
  needs(@Root() answer: ReportAnswer, @Ctx() ctx: AnalyticsContext): Promise<(Need | null)[]> {
    return ctx.services.reportList.needsOf(ctx.loaders, answer.needIds ?? []);
  }
}
