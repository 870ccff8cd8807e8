import { Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedReaders, NeedWriters } from '../needs/need-access';
import { ReportConnection } from './report.connection';
import { Report } from './report.type';
import { ReportFilter } from './dto/report-filter.input';
import { OpenReportInput, SaveReportDraftInput } from './dto/report-inputs.input';

const READERS =
  "Republican administrators, analysts and partner keys with analytics:read read every region's reports (analysts and partners without free-text " +
  "answers and comments: personalDataHidden says why); regional staff their own region's.";
const FILLERS =
  "The report's region decides: its staff and republican administrators may; staff of another region get FORBIDDEN (OTHER_REGION), analysts " +
  'READ_ONLY_ROLE, partner keys MISSING_SCOPE, and nothing changes.';

@Resolver(() => Report)
export class ReportResolver {
  @Authorized()
  @UseMiddleware(NeedReaders)
  @Paged()
  @Query(() => ReportConnection, {
    description: `Periodic reports, the most recently changed first: filter by form, region, period, status. ${READERS} A filter on another region is FORBIDDEN (OTHER_REGION) for regional staff.`,
  })
  reports(
    @Ctx() ctx: AnalyticsContext,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Only the reports that match.' }) filter?: ReportFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Report>> {
    return ctx.services.reportList.list(filter, { first, after }, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => Report, { nullable: true, description: `One periodic report; null when there is none with this id. ${READERS}` })
  report(@Arg('id', () => ID, { description: 'The report id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<Report | null> {
    return ctx.services.reports.get(id, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Report, {
    description:
      "Opens a region's report on a form for a period: the existing one, or a new DRAFT on the form's current version, pre-filled with the region's " +
      'figures for the period (each answer showing its source and the figure as computed). A region the form does not expect is BAD_USER_INPUT ' +
      `(REGION_NOT_EXPECTED); a period of another type, before the form's first or not yet started is BAD_USER_INPUT on period. ${FILLERS}`,
  })
  openReport(@Arg('input', () => OpenReportInput, { description: 'Which report.' }) input: OpenReportInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reports.open(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Report, {
    description:
      "Saves a DRAFT or RETURNED report as it goes: the answers given replace those fields' answers, the others stay; only their shape is checked " +
      '(WRONG_TYPE, UNKNOWN_FIELD, UNKNOWN_CHOICE, UNKNOWN_NEED), completeness waits for submitReport. A submitted report is CONFLICT ' +
      `(REPORT_SUBMITTED), an accepted one CONFLICT (REPORT_LOCKED), a stale version CONFLICT (STALE_VERSION). ${FILLERS}`,
  })
  saveReportDraft(@Arg('input', () => SaveReportDraftInput, { description: 'The answers to save.' }) input: SaveReportDraftInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reports.saveDraft(input, ctx.identity);
  }
}
