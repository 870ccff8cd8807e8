import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { District } from './district.type';
import { Region } from './region.type';

@Resolver(() => District)
export class DistrictResolver {
  @FieldResolver(() => Region)
  async region(@Root() district: District, @Ctx() ctx: RegistryContext): Promise<Region> {
    const region = await ctx.services.regions.regionLoader(ctx.loaders).load(district.regionCode);
    if (!region) throw new Error(`District ${district.code} points to missing region ${district.regionCode}`);
    return region;
  }
}
