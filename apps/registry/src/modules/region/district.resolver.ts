import { assertAdmin, ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { DistrictChange } from './district-change.type';
import { District } from './district.type';
import { LocalizedTextInput } from './localized-text.input';
import { DistrictKind } from './region-kind.enum';
import { Region } from './region.type';

const LOCKING = 'Optimistic locking: pass the version you read; a stale version gives CONFLICT (STALE_VERSION, extensions.currentVersion) and changes nothing.';
const ADMIN_ONLY =
  'Only the republican office (REPUBLICAN_ADMIN) may do this; others get FORBIDDEN with extensions.reason ADMIN_ONLY (READ_ONLY_ROLE for analysts, ' +
  'MISSING_SCOPE for partner keys), ' +
  'anonymous callers UNAUTHENTICATED.';

@Resolver(() => District)
export class DistrictResolver {
  @Authorized()
  @Mutation(() => District, {
    description: `Renames a district in Kazakh, Russian and English; kept in District.history. ${LOCKING} ${ADMIN_ONLY}`,
  })
  renameDistrict(
    @Arg('code', () => ID, { description: "The district's KATO code." }) code: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('name', () => LocalizedTextInput, { description: 'The new name in all three languages.' }) name: LocalizedTextInput,
    @Ctx() ctx: RegistryContext,
    @Arg('reason', () => String, { nullable: true, description: 'Why (e.g. the decree), up to 1000 characters.' }) reason?: string | null,
  ): Promise<District> {
    return ctx.services.districts.rename(code, version, name, assertAdmin(ctx.identity, `district ${code}`), reason);
  }

  @Authorized()
  @Mutation(() => District, {
    description:
      "Adds a district to a region. The code is a KATO code: nine digits starting with the two of the region's code (INVALID_KATO); " +
      `a code already taken gives CONFLICT (DUPLICATE_KATO) naming the district that has it. Kept in District.history. ${ADMIN_ONLY}`,
  })
  addDistrict(
    @Arg('regionCode', () => ID, { description: 'The KATO code of the region it belongs to.' }) regionCode: string,
    @Arg('code', () => ID, { description: 'Its KATO code.' }) code: string,
    @Arg('kind', () => DistrictKind, { description: 'A district, a city of regional significance or a city district.' }) kind: DistrictKind,
    @Arg('name', () => LocalizedTextInput, { description: 'Its name in all three languages.' }) name: LocalizedTextInput,
    @Ctx() ctx: RegistryContext,
    @Arg('reason', () => String, { nullable: true, description: 'Why (e.g. the decree), up to 1000 characters.' }) reason?: string | null,
  ): Promise<District> {
    return ctx.services.districts.add(regionCode, code, kind, name, assertAdmin(ctx.identity, `districts of region ${regionCode}`), reason);
  }

  @Authorized()
  @Mutation(() => District, {
    description:
      'Abolishes a district. It is kept (organizations, contacts and history still point to it) with abolishedOn, but leaves ' +
      'Region.districts and district coverage, and new organizations, moves and contacts refuse it (DISTRICT_ABOLISHED). ' +
      `Abolishing twice gives CONFLICT (ALREADY_ABOLISHED). ${LOCKING} ${ADMIN_ONLY}`,
  })
  abolishDistrict(
    @Arg('code', () => ID, { description: "The district's KATO code." }) code: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('abolishedOn', { description: 'The day it ceased to exist, YYYY-MM-DD; not in the future (DATE_IN_FUTURE).' }) abolishedOn: string,
    @Arg('reason', { description: 'Why (e.g. the decree and which district takes over), 1 to 1000 characters.' }) reason: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<District> {
    return ctx.services.districts.abolish(code, version, abolishedOn, reason, assertAdmin(ctx.identity, `district ${code}`));
  }

  @FieldResolver(() => Region, { description: 'The region it belongs to.' })
  async region(@Root() district: District, @Ctx() ctx: RegistryContext): Promise<Region> {
    const region = await ctx.services.regions.region(district.regionCode);
    if (!region) throw new Error(`District ${district.code} points to missing region ${district.regionCode}`);
    return region;
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [DistrictChange], {
    description: 'Every change the republican office made to it (added, renamed, abolished), newest first, with who, when and the values before and after.',
  })
  history(@Root() district: District, @Ctx() ctx: RegistryContext): Promise<DistrictChange[]> {
    return ctx.services.districts.historyLoader(ctx.loaders).load(district.code);
  }
}
