import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { Region } from '../region/region.type';
import { RegionCoverage } from './region-coverage.type';

@Resolver(() => Region)
export class CoverageResolver {
  @Authorized()
  @Directive('@requires(fields: "districts { code }")')
  @FieldResolver(() => RegionCoverage, {
    nullable: true,
    description:
      'How the front office covers the districts of this region. Null when the district list is not available ' +
      '(the gateway supplies it from the registry). Any signed-in caller (partners with analytics:read).',
  })
  coverage(@Root() region: Region, @Ctx() ctx: AnalyticsContext): Promise<RegionCoverage | null> {
    return ctx.services.coverage.ofRegion(region, ctx.loaders);
  }
}
