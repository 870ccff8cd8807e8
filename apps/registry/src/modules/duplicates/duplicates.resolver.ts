import { ListSize, requireIdentity } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Organization } from '../organization/organization.type';
import { MergeOrganizationsInput, PossibleDuplicate, PossibleDuplicatesInput } from './duplicates.types';

@Resolver(() => PossibleDuplicate)
export class DuplicatesResolver {
  @Authorized()
  @ListSize(10)
  @Query(() => [PossibleDuplicate], {
    description:
      'Registered records of the same region with a similar name (Kazakh, Russian and Latin spellings folded alike, ' +
      'legal-form words ignored), most similar first; ask before creating a record. Signed-in callers only.',
  })
  possibleDuplicates(
    @Arg('input', () => PossibleDuplicatesInput, { description: 'The names and region of the record being entered.' }) input: PossibleDuplicatesInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<PossibleDuplicate[]> {
    return ctx.services.duplicates.find(input);
  }

  @Authorized()
  @Mutation(() => Organization, {
    description:
      'Folds mergeId into keepId: contacts, verification checks, decisions and history move over, empty fields are filled ' +
      'from the merged record, and the merged id keeps resolving to the kept record. Emits registry.organizations-merged so ' +
      'other subgraphs re-point their references. Different BINs or Qazvolunteer.kz IDs: CONFLICT. The caller must be allowed to ' +
      "change both records' regions (FORBIDDEN, OTHER_REGION; READ_ONLY_ROLE for analysts).",
  })
  mergeOrganizations(
    @Arg('input', () => MergeOrganizationsInput, { description: 'Which record stays and which goes.' }) input: MergeOrganizationsInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Organization> {
    return ctx.services.duplicates.merge(input, requireIdentity(ctx));
  }
}

@Resolver(() => Organization)
export class OrganizationDuplicatesResolver {
  @ListSize(10)
  @FieldResolver(() => [PossibleDuplicate], { description: 'Other records of the region with a similar name: candidates for a merge.' })
  possibleDuplicates(@Root() organization: Organization, @Ctx() ctx: RegistryContext): Promise<PossibleDuplicate[]> {
    return ctx.services.duplicates.loader(ctx.loaders).load(organization.id);
  }
}
