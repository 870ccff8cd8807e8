import { Paged } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { Organization } from '../organization/organization.type';
import { CreatePublicationInput, PublicationFilter, UpdatePublicationInput } from './publication.inputs';
import { Publication, PublicationConnection } from './publication.type';

const WHO_WRITES =
  "Who may: a region's staff (their region's log), the republican administrator (any region's), partners with assistance:write; analysts never " +
  '(READ_ONLY_ROLE). Wrong fields are BAD_USER_INPUT naming the field (extensions.fields).';

@Resolver(() => Publication)
export class PublicationResolver {
  @Authorized(Access.READ)
  @Paged()
  @Query(() => PublicationConnection, {
    description: "The publication log (media coverage), the latest first, keyset-paged. Regional staff read their region's; the republican office and analysts every region's.",
  })
  publications(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => PublicationFilter, { nullable: true, description: 'Only the publications that match.' }) filter?: PublicationFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<PublicationConnection> {
    return ctx.services.publications.list(filter, first, after, ctx.identity) as Promise<PublicationConnection>;
  }

  @Authorized(Access.READ)
  @Query(() => Publication, { nullable: true, description: "One publication; null when there is none with this id, FORBIDDEN for another region's staff." })
  publication(@Arg('id', () => ID, { description: 'The publication.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<Publication | null> {
    return ctx.services.publications.get(id, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Publication, { description: `Adds a publication to the region's log. ${WHO_WRITES}` })
  createPublication(
    @Arg('input', () => CreatePublicationInput, { description: 'The publication.' }) input: CreatePublicationInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<Publication> {
    return ctx.services.publications.create(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Publication, { description: `Changes a publication (its outlet, reach, directions...); a stale version is CONFLICT (STALE_VERSION). ${WHO_WRITES}` })
  updatePublication(
    @Arg('input', () => UpdatePublicationInput, { description: 'What changes.' }) input: UpdatePublicationInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<Publication> {
    return ctx.services.publications.update(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ID, { description: `Removes a publication from the log; answers its id. ${WHO_WRITES}` })
  deletePublication(
    @Arg('id', () => ID, { description: 'The publication.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last read.' }) version: number,
    @Ctx() ctx: AssistanceContext,
  ): Promise<string> {
    return ctx.services.publications.remove(id, version, ctx.identity);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization whose request it came from; null when entered on its own.' })
  organization(@Root() publication: Publication): Organization | null {
    return publication.organizationId ? { id: publication.organizationId } : null;
  }
}
