import { Arg, Authorized, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { InsightReaders } from '../insights/insight-access';
import { INSIGHT_READERS_NOTE } from '../insights/insight-descriptions';
import { OutreachFilter } from './dto/outreach-filter.input';
import { Outreach } from './outreach.type';

@Resolver()
export class OutreachResolver {
  @Authorized()
  @UseMiddleware(InsightReaders)
  @Query(() => Outreach, {
    description:
      "Outreach (the memo's first success criterion): of the organizations and initiative groups known, the share told what the front " +
      'office offers and when, per region and district, with a monthly trend. It describes reach and is never a target to grow; places ' +
      `come in the official order, never ranked. Also the insights measures TOLD_ORGANIZATIONS and OUTREACH_SHARE. ${INSIGHT_READERS_NOTE}`,
  })
  outreach(
    @Ctx() ctx: AnalyticsContext,
    @Arg('filter', () => OutreachFilter, { nullable: true, description: 'Places and period; every readable region over the last 12 months when omitted.' })
    filter?: OutreachFilter | null,
  ): Promise<Outreach> {
    return ctx.services.outreach.outreach(filter ?? {}, ctx.identity);
  }
}
