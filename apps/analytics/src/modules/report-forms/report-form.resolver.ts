import { ASSUMED_HISTORY_LENGTH, ListSize, Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { PREFILL_SOURCES_MAX, REPORT_PREFILL_SOURCES } from '../reports/prefill/prefill-sources';
import { toPrefillSource } from '../reports/prefill/prefill.mapper';
import { ReportPrefillSource } from '../reports/prefill/report-prefill-source.type';
import { ReportFormReaders, RepublicanOffice } from './report-form-access';
import { ReportFormConnection } from './report-form.connection';
import { ReportForm, ReportFormVersion } from './report-form.type';
import { CreateReportFormInput, UpdateReportFormInput } from './dto/report-form.input';
import { ReportFormFilter } from './dto/report-form-filter.input';

const READERS = 'Everyone who reads analytics reads forms: republican administrators, regional staff, analysts, partner keys with analytics:read.';
const DESIGNERS =
  'Republican administrators only: regional staff get FORBIDDEN (ADMIN_ONLY), analysts READ_ONLY_ROLE, partner keys MISSING_SCOPE. A design ' +
  'that is wrong comes back as BAD_USER_INPUT listing every problem in extensions.fields (the path of the field, e.g. sections.0.fields.2.max, ' +
  'and a code: INVALID_KEY, DUPLICATE_KEY, REQUIRED, BOUNDS_INCONSISTENT, NOT_FOR_TYPE, UNKNOWN_PREFILL_SOURCE, UNKNOWN_REGION, ...).';

@Resolver(() => ReportForm)
export class ReportFormResolver {
  @Authorized()
  @UseMiddleware(ReportFormReaders)
  @Paged()
  @Query(() => ReportFormConnection, { description: `Periodic report forms, the most recently made first. ${READERS}` })
  reportForms(
    @Ctx() ctx: AnalyticsContext,
    @Arg('filter', () => ReportFormFilter, { nullable: true, description: 'Only the forms that match.' }) filter?: ReportFormFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<ReportForm>> {
    return ctx.services.reportForms.list(filter, { first, after });
  }

  @Authorized()
  @UseMiddleware(ReportFormReaders)
  @Query(() => ReportForm, { nullable: true, description: `One report form with its current version; null when there is none with this id. ${READERS}` })
  reportForm(@Arg('id', () => ID, { description: 'The form id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<ReportForm | null> {
    return ctx.services.reportForms.get(id);
  }

  @Authorized()
  @UseMiddleware(ReportFormReaders)
  @ListSize(PREFILL_SOURCES_MAX)
  @Query(() => [ReportPrefillSource], {
    description: `The figures Birge knows for a region and period, which a NUMBER field may be pre-filled with, in kk/ru/en. ${READERS}`,
  })
  reportPrefillSources(): ReportPrefillSource[] {
    return REPORT_PREFILL_SOURCES.map(toPrefillSource);
  }

  @Authorized()
  @UseMiddleware(RepublicanOffice)
  @Mutation(() => ReportForm, {
    description:
      'Designs a periodic report form (version 1): sections and fields with their rules, the period type, the regions expected (all 20 when ' +
      `omitted), the due day and the on-time window. ${DESIGNERS}`,
  })
  createReportForm(@Arg('input', () => CreateReportFormInput, { description: 'The form.' }) input: CreateReportFormInput, @Ctx() ctx: AnalyticsContext): Promise<ReportForm> {
    return ctx.services.reportForms.create(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(RepublicanOffice)
  @Mutation(() => ReportForm, {
    description:
      'Changes a report form. New sections replace the fields in place while no report uses the current version, and make a new version once one ' +
      'does (its reports keep theirs). The period type cannot change once the form has reports (CONFLICT, FORM_IN_USE); a stale revision is ' +
      `CONFLICT (STALE_VERSION). ${DESIGNERS}`,
  })
  updateReportForm(@Arg('input', () => UpdateReportFormInput, { description: 'What changes.' }) input: UpdateReportFormInput, @Ctx() ctx: AnalyticsContext): Promise<ReportForm> {
    return ctx.services.reportForms.update(input, ctx.identity);
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [ReportFormVersion], { description: 'Every version of the form, oldest first.' })
  versions(@Root() form: ReportForm, @Ctx() ctx: AnalyticsContext): Promise<ReportFormVersion[]> {
    return ctx.services.reportForms.versionsOf(ctx.loaders, form.id);
  }
}
