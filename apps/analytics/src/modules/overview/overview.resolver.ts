import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NationalOverview } from './national-overview.type';

@Resolver(() => NationalOverview)
export class OverviewResolver {
  @Authorized()
  @Query(() => NationalOverview, {
    nullable: true,
    description: 'Organizations and open assistance requests across the country and per region. Any signed-in caller (partners with analytics:read).',
  })
  nationalOverview(@Ctx() ctx: AnalyticsContext): Promise<NationalOverview> {
    return ctx.services.overview.national();
  }
}
