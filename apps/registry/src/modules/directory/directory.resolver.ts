import { ASSUMED_ATTACHED_ITEMS, ListSize, Paged, requireIdentity, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { District } from '../region/district.type';
import { Region } from '../region/region.type';
import { CreateSponsorInput, CreateStateBodyInput, SponsorFilter, StateBodyFilter, UpdateSponsorInput, UpdateStateBodyInput } from './directory.inputs';
import { Sponsor, SponsorConnection } from './sponsor.type';
import { StateBody, StateBodyConnection } from './state-body.type';

const WHO_WRITES =
  "Who may: republican administrators, the entry's own region's staff (others FORBIDDEN, OTHER_REGION), partners with registry:write; analysts never (READ_ONLY_ROLE). " +
  'Wrong fields come back as BAD_USER_INPUT with extensions.fields.';

@Resolver(() => StateBody)
export class StateBodyResolver {
  @Authorized()
  @Paged()
  @Query(() => StateBodyConnection, {
    description: "State bodies of the directory by region, district and Kazakh name, a page at a time. Signed-in callers read every region's.",
  })
  stateBodies(
    @Ctx() ctx: RegistryContext,
    @Arg('filter', () => StateBodyFilter, { nullable: true, description: 'Every given field must match; active bodies of every region when omitted.' }) filter?: StateBodyFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<StateBody>> {
    requireIdentity(ctx);
    return ctx.services.stateBodies.list(filter, first, after);
  }

  @Authorized()
  @Query(() => StateBody, { nullable: true, description: 'One state body (archived ones too); null when there is none with this id.' })
  stateBody(@Arg('id', () => ID, { description: 'The entry.' }) id: string, @Ctx() ctx: RegistryContext): Promise<StateBody | null> {
    requireIdentity(ctx);
    return ctx.services.stateBodies.loader(ctx.loaders).load(id);
  }

  @Authorized()
  @Mutation(() => StateBody, { description: `Adds a state body to the directory of its region. ${WHO_WRITES}` })
  createStateBody(@Arg('input', () => CreateStateBodyInput, { description: 'The new entry.' }) input: CreateStateBodyInput, @Ctx() ctx: RegistryContext): Promise<StateBody> {
    return ctx.services.stateBodies.create(input, ctx.identity);
  }

  @Authorized()
  @Mutation(() => StateBody, {
    description: `Changes, archives or brings back a state body; a stale version is CONFLICT (STALE_VERSION) and changes nothing. ${WHO_WRITES}`,
  })
  updateStateBody(
    @Arg('input', () => UpdateStateBodyInput, { description: 'The entry, the version you read and what changes.' }) input: UpdateStateBodyInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<StateBody> {
    return ctx.services.stateBodies.update(input, ctx.identity);
  }

  @FieldResolver(() => Region, { description: 'The region whose office keeps the entry.' })
  async region(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<Region> {
    const region = await ctx.services.regions.regionLoader(ctx.loaders).load(body.regionCode);
    if (!region) throw new Error(`State body ${body.id} points to missing region`);
    return region;
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district it serves; null for a body of the whole region.' })
  district(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<District | null> | null {
    return body.districtCode ? ctx.services.regions.districtLoader(ctx.loaders).load(body.districtCode) : null;
  }

  @FieldResolver(() => StateBody, { nullable: true, description: 'The body it is a department of (an akimat); null for a body of its own.' })
  parent(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<StateBody | null> | null {
    return body.parentId ? ctx.services.stateBodies.loader(ctx.loaders).load(body.parentId) : null;
  }

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [StateBody], { description: 'Its active departments, by Kazakh name.' })
  departments(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<StateBody[]> {
    return ctx.services.stateBodies.departmentsLoader(ctx.loaders).load(body.id);
  }
}

@Resolver(() => Sponsor)
export class SponsorResolver {
  @Authorized()
  @Paged()
  @Query(() => SponsorConnection, { description: "Sponsors and partners of the directory by name, a page at a time. Signed-in callers read every region's." })
  sponsors(
    @Ctx() ctx: RegistryContext,
    @Arg('filter', () => SponsorFilter, { nullable: true, description: 'Every given field must match; every active sponsor when omitted.' }) filter?: SponsorFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Sponsor>> {
    requireIdentity(ctx);
    return ctx.services.sponsors.list(filter, first, after);
  }

  @Authorized()
  @Query(() => Sponsor, { nullable: true, description: 'One sponsor (archived ones too); null when there is none with this id.' })
  sponsor(@Arg('id', () => ID, { description: 'The entry.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Sponsor | null> {
    requireIdentity(ctx);
    return ctx.services.sponsors.loader(ctx.loaders).load(id);
  }

  @Authorized()
  @Mutation(() => Sponsor, { description: `Adds a sponsor or partner; one of the whole country (no region) is kept by the republican office. ${WHO_WRITES}` })
  createSponsor(@Arg('input', () => CreateSponsorInput, { description: 'The new entry.' }) input: CreateSponsorInput, @Ctx() ctx: RegistryContext): Promise<Sponsor> {
    return ctx.services.sponsors.create(input, ctx.identity);
  }

  @Authorized()
  @Mutation(() => Sponsor, { description: `Changes, archives or brings back a sponsor; a stale version is CONFLICT (STALE_VERSION). ${WHO_WRITES}` })
  updateSponsor(
    @Arg('input', () => UpdateSponsorInput, { description: 'The entry, the version you read and what changes.' }) input: UpdateSponsorInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Sponsor> {
    return ctx.services.sponsors.update(input, ctx.identity);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region it works in; null for the whole country.' })
  region(@Root() sponsor: Sponsor, @Ctx() ctx: RegistryContext): Promise<Region | null> | null {
    return sponsor.regionCode ? ctx.services.regions.regionLoader(ctx.loaders).load(sponsor.regionCode) : null;
  }
}
