import { Arg, Authorized, Ctx, ID, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedReaders } from '../needs/need-access';
import { COMPLETENESS_PERIODS_MAX, ReportingCompleteness } from './completeness.type';

@Resolver(() => ReportingCompleteness)
export class CompletenessResolver {
  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => ReportingCompleteness, {
    description:
      'Completeness of a report form per region and period: expected, submitted, on time, returned, accepted, overdue, with the overdue list. ' +
      'Republican administrators, analysts and partner keys with analytics:read see every region the form expects; regional staff their own. ' +
      "An unknown form is NOT_FOUND; a period not of the form's type is BAD_USER_INPUT (INVALID_PERIOD) on periods.<i>.",
  })
  reportingCompleteness(
    @Ctx() ctx: AnalyticsContext,
    @Arg('formId', () => ID, { description: 'The form.' }) formId: string,
    @Arg('periods', () => [String], {
      nullable: true,
      description: `The periods (like 2026-Q1), at most ${COMPLETENESS_PERIODS_MAX}; the last four up to the current one when omitted.`,
    })
    periods?: string[],
    @Arg('regionCode', () => ID, { nullable: true, description: 'Only this region (KATO code).' }) regionCode?: string,
  ): Promise<ReportingCompleteness> {
    return ctx.services.completeness.of(formId, periods, regionCode, ctx.identity);
  }
}
