import { Arg, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedWriters } from '../needs/need-access';
import { RepublicanOffice } from '../report-forms/report-form-access';
import { Report } from './report.type';
import { AcceptReportInput, PostReportCommentInput, ReopenReportInput, ReturnReportInput, SubmitReportInput } from './dto/report-inputs.input';

const REGION =
  "The report's region's staff and republican administrators may; staff of another region get FORBIDDEN (OTHER_REGION), analysts READ_ONLY_ROLE, " + 'partner keys MISSING_SCOPE.';
const OFFICE = 'Republican administrators only: regional staff get FORBIDDEN (ADMIN_ONLY), analysts READ_ONLY_ROLE, partner keys MISSING_SCOPE.';
const STALE = 'A stale version is CONFLICT (STALE_VERSION); an accepted report is CONFLICT (REPORT_LOCKED).';

@Resolver(() => Report)
export class ReportWorkflowResolver {
  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Report, {
    description:
      'Submits a DRAFT or RETURNED report to the republican office. Every problem comes back at once as BAD_USER_INPUT (reason REPORT_INCOMPLETE, ' +
      'extensions.fieldKeys and extensions.fields with answers.<fieldKey> and a code): REQUIRED, a required narrative that says nothing ' +
      '(PLACEHOLDER, TOO_SHORT, REPEATED_CHARACTERS, COPIES_QUESTION), BELOW_MIN, ABOVE_MAX, NOT_AN_INTEGER, ONE_CHOICE, and missing comments ' +
      '(OVERRIDE_NEEDS_COMMENT, MISSING_NEEDS_COMMENT, CHANGE_NEEDS_COMMENT). Publishes analytics.report-submitted in the same transaction. ' +
      `${STALE} ${REGION}`,
  })
  submitReport(@Arg('input', () => SubmitReportInput, { description: 'The report.' }) input: SubmitReportInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reportWorkflow.submit(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(RepublicanOffice)
  @Mutation(() => Report, {
    description:
      "Returns a SUBMITTED report to its region with a comment (kept in its history and opening the report's comment thread); the region fixes and " +
      `resubmits. Another status is CONFLICT (INVALID_STATUS). Publishes analytics.report-returned. ${STALE} ${OFFICE}`,
  })
  returnReport(@Arg('input', () => ReturnReportInput, { description: 'The report and what to fix.' }) input: ReturnReportInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reportWorkflow.return(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(RepublicanOffice)
  @Mutation(() => Report, {
    description:
      'Accepts a SUBMITTED report: it is locked, and every later write is CONFLICT (REPORT_LOCKED) until an administrator reopens it. Another ' +
      `status is CONFLICT (INVALID_STATUS). Publishes analytics.report-accepted. ${STALE} ${OFFICE}`,
  })
  acceptReport(@Arg('input', () => AcceptReportInput, { description: 'The report.' }) input: AcceptReportInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reportWorkflow.accept(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(RepublicanOffice)
  @Mutation(() => Report, {
    description:
      'Reopens an ACCEPTED report with a reason (kept in its history, its comment thread and the audit trail): it becomes RETURNED, so its region ' +
      `may change and resubmit it. Another status is CONFLICT (INVALID_STATUS). Publishes analytics.report-reopened. ${OFFICE}`,
  })
  reopenReport(@Arg('input', () => ReopenReportInput, { description: 'The report and why.' }) input: ReopenReportInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reportWorkflow.reopen(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Report, {
    description:
      "Adds a message to a report's comment thread (optionally about one field); both sides post. An accepted report takes none " + `(CONFLICT, REPORT_LOCKED). ${REGION}`,
  })
  postReportComment(@Arg('input', () => PostReportCommentInput, { description: 'The message.' }) input: PostReportCommentInput, @Ctx() ctx: AnalyticsContext): Promise<Report> {
    return ctx.services.reportWorkflow.comment(input, ctx.identity);
  }
}
