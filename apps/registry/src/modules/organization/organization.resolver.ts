import { Paged } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { District } from '../region/district.type';
import { Region } from '../region/region.type';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationFilter, OrganizationOrder } from './dto/organization-filter.input';
import { OrganizationFacets } from '../search/search.types';
import { OrganizationConnection } from './organization.connection';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization, {
    nullable: true,
    description: 'One organization; null when there is none with this id. Every signed-in caller reads the public registry data of every region; UNAUTHENTICATED otherwise.',
  })
  organization(
    @Arg('id', () => ID, { description: "The organization's id (a merged record's id gives the record it was merged into)." }) id: string,
    @Ctx() ctx: RegistryContext,
  ): Promise<Organization | null> {
    return ctx.services.organizations.get(id, ctx.loaders);
  }

  @Authorized()
  @Paged()
  @Query(() => OrganizationConnection, {
    description:
      'Organizations of every region, newest first unless orderBy says otherwise, a page at a time (keyset cursors). Signed-in callers only. ' +
      'filter.contact reads the contact log: regional staff get their own region only (FORBIDDEN, OTHER_REGION, with filter.regionCode of another region).',
  })
  organizations(
    @Ctx() ctx: RegistryContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Every given field must match; all organizations when omitted.' }) filter?: OrganizationFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'NEWEST when omitted.' }) orderBy?: OrganizationOrder,
  ): Promise<OrganizationConnection> {
    return ctx.services.search.list(filter, first, after, orderBy, ctx.identity);
  }

  @Authorized()
  @Query(() => OrganizationFacets, {
    description: 'Counts per region, district, kind, direction, category, mode, status, verification and contact, under a filter. Signed-in callers only.',
  })
  organizationFacets(
    @Ctx() ctx: RegistryContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'The organizations to count; all when omitted.' }) filter?: OrganizationFilter,
  ): Promise<OrganizationFacets> {
    return ctx.services.search.facets(filter, ctx.identity);
  }

  @Authorized()
  @Mutation(() => Organization, {
    description:
      'Registers an organization; wrong fields come back as BAD_USER_INPUT with extensions.fields. Republican administrators anywhere, regional ' +
      'staff in their own region (FORBIDDEN, OTHER_REGION), partners with registry:write; analysts never (READ_ONLY_ROLE).',
  })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput, { description: 'The new record.' }) input: CreateOrganizationInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Organization> {
    return ctx.services.organizations.create(input, ctx.identity);
  }

  @Authorized()
  @Mutation(() => Organization, {
    description:
      'Changes an organization. Optimistic locking: pass the version you read; a stale version gives CONFLICT with ' +
      'extensions.currentVersion and changes nothing. Wrong fields come back as BAD_USER_INPUT with extensions.fields. Who may: as for ' +
      "createOrganization, for the record's region and, when it moves, the new one.",
  })
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { description: 'The record, the version you read and the fields to change.' }) input: UpdateOrganizationInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Organization> {
    return ctx.services.organizations.update(input, ctx.identity);
  }

  @FieldResolver(() => Region, { description: 'The region whose front office keeps the record.' })
  async region(@Root() organization: Organization, @Ctx() ctx: RegistryContext): Promise<Region> {
    const region = await ctx.services.regions.regionLoader(ctx.loaders).load(organization.regionCode);
    if (!region) throw new Error(`Organization ${organization.id} points to missing region`);
    return region;
  }

  @FieldResolver(() => District, { nullable: true, description: 'Where in the region it works, when known.' })
  district(@Root() organization: Organization, @Ctx() ctx: RegistryContext): Promise<District | null> | null {
    return organization.districtCode ? ctx.services.regions.districtLoader(ctx.loaders).load(organization.districtCode) : null;
  }
}
