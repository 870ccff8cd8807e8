import { Arg, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { COMPLETENESS_PERIODS_MAX } from '../completeness/completeness.type';
import { NeedReaders } from '../needs/need-access';
import { ExportLanguage, ReportExportFormat, TableExportFormat } from './export-enums';
import { ExportFile } from './export-file.type';
import { EXPORT_LANGUAGE_DESCRIPTION } from './export-limits';

@Resolver()
export class ReportExportResolver {
  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => ExportFile, {
    description:
      'A periodic report as a file (PDF or XLSX): what it is (form, region, period, status, dates), then every question with its answer, ' +
      "the pre-filled figure and its source, and the reason given for an override. Read with `report`'s rights: republican administrators, " +
      "analysts and partner keys with analytics:read every region's, regional staff their own (another region's is FORBIDDEN, OTHER_REGION); " +
      'free-text answers and comments are withheld from analysts and partners. An unknown report is NOT_FOUND.',
  })
  exportReport(
    @Ctx() ctx: AnalyticsContext,
    @Arg('id', () => ID, { description: 'The report id.' }) id: string,
    @Arg('format', () => ReportExportFormat, { description: 'PDF or XLSX.' }) format: ReportExportFormat,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.reportExports.report(id, format, language, ctx.identity, ctx.loaders);
  }

  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => ExportFile, {
    description:
      "A form's reporting completeness as a file: every region × period cell (state, due day, first submission, on time, overdue); XLSX adds " +
      "the counts per region. Read with `reportingCompleteness`'s rights (regional staff their own region). An unknown form is NOT_FOUND; a " +
      "period not of the form's type is BAD_USER_INPUT (INVALID_PERIOD) on periods.<i>.",
  })
  exportCompleteness(
    @Ctx() ctx: AnalyticsContext,
    @Arg('formId', () => ID, { description: 'The form.' }) formId: string,
    @Arg('format', () => TableExportFormat, { description: 'CSV or XLSX.' }) format: TableExportFormat,
    @Arg('periods', () => [String], {
      nullable: true,
      description: `The periods (like 2026-Q1), at most ${COMPLETENESS_PERIODS_MAX}; the last four up to the current one when omitted.`,
    })
    periods?: string[],
    @Arg('regionCode', () => ID, { nullable: true, description: 'Only this region (KATO code).' }) regionCode?: string,
    @Arg('language', () => ExportLanguage, { nullable: true, description: EXPORT_LANGUAGE_DESCRIPTION }) language?: ExportLanguage,
  ): Promise<ExportFile> {
    return ctx.services.reportExports.completenessOf(formId, periods, regionCode, format, language, ctx.identity);
  }
}
