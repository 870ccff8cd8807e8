import { Ctx, Query, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NationalOverview } from './national-overview.type';

@Resolver(() => NationalOverview)
export class OverviewResolver {
  @Query(() => NationalOverview, {
    nullable: true,
    description: 'Organizations and open assistance requests across the country and per region.',
  })
  nationalOverview(@Ctx() ctx: AnalyticsContext): Promise<NationalOverview> {
    return ctx.services.overview.national();
  }
}
