import { MAX_DISTRICTS_PER_REGION, REGION_CODES } from '@birge/shared-reference';
import { ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { District } from './district.type';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @ListSize(REGION_CODES.length)
  @Query(() => [Region], { description: 'All 17 oblasts and 3 cities of republican significance, in official order. Public reference data: no sign-in needed.' })
  regions(@Ctx() ctx: RegistryContext): Promise<Region[]> {
    return ctx.services.regions.list();
  }

  @Query(() => Region, { nullable: true, description: 'One region by its KATO code; null when there is none.' })
  region(@Arg('code', () => ID, { description: "The region's KATO code, e.g. 710000000 for Astana." }) code: string, @Ctx() ctx: RegistryContext): Promise<Region | null> {
    return ctx.services.regions.region(code);
  }

  @ListSize(MAX_DISTRICTS_PER_REGION)
  @FieldResolver(() => [District], {
    description: 'Districts, cities of regional significance and city districts that exist now, in official order; abolished ones are in abolishedDistricts.',
  })
  districts(@Root() region: Region, @Ctx() ctx: RegistryContext): Promise<District[]> {
    return ctx.services.regions.liveDistricts(region.code);
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [District], { description: 'Districts of this region that were abolished (kept for history), most recently abolished first.' })
  abolishedDistricts(@Root() region: Region, @Ctx() ctx: RegistryContext): Promise<District[]> {
    return ctx.services.regions.abolishedDistricts(region.code);
  }
}
