import { ListSize, requireIdentity } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Organization } from '../organization/organization.type';
import { DEFAULT_MATCHES, MAX_INTRODUCTIONS, MAX_MATCHES } from './cooperation.service';
import { CooperationIntroduction, CooperationMatch, RecordIntroductionInput } from './cooperation.type';

@Resolver()
export class CooperationResolver {
  @Authorized()
  @ListSize(MAX_MATCHES)
  @Query(() => [CooperationMatch], {
    description:
      'Cooperation matchmaking: other active organizations of the same region that share a direction with this one, ranked by the rule ' +
      'of CooperationMatch (3 per shared direction, 2 for the same district, 1 per mode and volunteer category the other adds; ties by ' +
      'name), each explained in Kazakh, Russian and English. Signed-in callers, every region (public registry data).',
  })
  cooperationMatches(
    @Ctx() ctx: RegistryContext,
    @Arg('organizationId', () => ID, { description: 'The organization to find partners for.' }) organizationId: string,
    @Arg('first', () => Int, { nullable: true, description: `1 to ${MAX_MATCHES}; ${DEFAULT_MATCHES} when omitted.` }) first?: number,
  ): Promise<CooperationMatch[]> {
    requireIdentity(ctx);
    return ctx.services.cooperation.matches(organizationId, first, ctx.loaders);
  }

  @Authorized()
  @Mutation(() => CooperationIntroduction, {
    description:
      'Records that the front office introduced two organizations of one region (who: the caller; when; a note). Once per pair: another is ' +
      "CONFLICT (ALREADY_INTRODUCED). Republican administrators, the region's staff (others FORBIDDEN, OTHER_REGION), partners with " +
      'registry:write; analysts never (READ_ONLY_ROLE). Wrong fields are BAD_USER_INPUT with extensions.fields.',
  })
  recordIntroduction(
    @Ctx() ctx: RegistryContext,
    @Arg('input', () => RecordIntroductionInput, { description: 'The two organizations, the day and a note.' }) input: RecordIntroductionInput,
  ): Promise<CooperationIntroduction> {
    return ctx.services.cooperation.record(input, ctx.identity, ctx.loaders);
  }
}

@Resolver(() => Organization)
export class OrganizationIntroductionsResolver {
  @ListSize(MAX_INTRODUCTIONS)
  @FieldResolver(() => [CooperationIntroduction], {
    description: `Introductions the front office made between this organization and others, newest first (at most ${MAX_INTRODUCTIONS}).`,
  })
  introductions(@Root() organization: Organization, @Ctx() ctx: RegistryContext): Promise<CooperationIntroduction[]> {
    return ctx.services.cooperation.introductions(organization.id);
  }
}

@Resolver(() => CooperationIntroduction)
export class CooperationIntroductionResolver {
  @FieldResolver(() => Organization, { description: 'The other organization, seen from the one asked about.' })
  async otherOrganization(@Root() introduction: CooperationIntroduction, @Ctx() ctx: RegistryContext): Promise<Organization> {
    if (introduction.otherOrganization) return introduction.otherOrganization;
    const other = await ctx.services.organizations.loader(ctx.loaders).load(introduction.otherOrganizationId);
    if (!other) throw new Error(`Introduction ${introduction.id} points to a missing organization`);
    return other;
  }
}
