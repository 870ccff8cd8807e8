import { ASSUMED_ATTACHED_ITEMS, ListSize, Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { Sponsor, StateBody } from '../directory/state-body.type';
import { AddGrantProgrammeDocumentInput, AnnounceGrantProgrammeInput, CreateGrantProgrammeInput, GrantProgrammeFilter, UpdateGrantProgrammeInput } from './grant-programme.inputs';
import { GrantProgramme, GrantProgrammeConnection, GrantProgrammeDocument } from './grant-programme.type';
import { FunderKind } from './programme-enums';

const WHO_WRITES =
  "Who may: the republican administrator (any programme), a region's staff (their region's), partners with assistance:write; analysts never " +
  '(READ_ONLY_ROLE). Wrong fields are BAD_USER_INPUT naming the field (extensions.fields).';

@Resolver(() => GrantProgramme)
export class GrantProgrammeResolver {
  @Authorized(Access.READ)
  @Paged()
  @Query(() => GrantProgrammeConnection, {
    description: "The catalog of grant and support programmes, the one closing first first, keyset-paged. Every reader sees every region's programmes.",
  })
  grantProgrammes(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => GrantProgrammeFilter, { nullable: true, description: 'Only the programmes that match; those not closed yet when omitted.' }) filter?: GrantProgrammeFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<GrantProgramme>> {
    return ctx.services.programmes.list(filter, first, after);
  }

  @Authorized(Access.READ)
  @Query(() => GrantProgramme, { nullable: true, description: 'One programme; null when there is none with this id.' })
  grantProgramme(@Arg('id', () => ID, { description: 'The programme.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<GrantProgramme | null> {
    return ctx.services.programmes.get(id, ctx.loaders, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => GrantProgramme, { description: `Adds a programme to the catalog. ${WHO_WRITES}` })
  createGrantProgramme(
    @Arg('input', () => CreateGrantProgrammeInput, { description: 'The programme.' }) input: CreateGrantProgrammeInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<GrantProgramme> {
    return ctx.services.programmes.create(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => GrantProgramme, { description: `Changes a programme; a stale version is CONFLICT (STALE_VERSION). ${WHO_WRITES}` })
  updateGrantProgramme(
    @Arg('input', () => UpdateGrantProgrammeInput, { description: 'What changes.' }) input: UpdateGrantProgrammeInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<GrantProgramme> {
    return ctx.services.programmes.update(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ID, { description: `Removes a programme and its documents; answers its id. ${WHO_WRITES}` })
  async deleteGrantProgramme(
    @Arg('id', () => ID, { description: 'The programme.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last read.' }) version: number,
    @Ctx() ctx: AssistanceContext,
  ): Promise<string> {
    const keys = await ctx.services.programmes.remove(id, version, ctx.identity);
    await ctx.services.programmeDocuments.removeFiles(keys);
    return id;
  }

  @Authorized(Access.WRITE)
  @Mutation(() => GrantProgramme, {
    description:
      'Announces a programme to its eligible audience (its regions, directions and kinds of actor): the notifications service drafts an announcement ' +
      `in the caller's name, to review and send from the announcements. A closed programme is BAD_USER_INPUT (PROGRAMME_CLOSED). ${WHO_WRITES}`,
  })
  announceGrantProgramme(
    @Arg('input', () => AnnounceGrantProgrammeInput, { description: 'The programme and the language.' }) input: AnnounceGrantProgrammeInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<GrantProgramme> {
    return ctx.services.programmes.announce(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => GrantProgramme, {
    description: `Adds a document to a programme, checked like request attachments (ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ...). ${WHO_WRITES}`,
  })
  addGrantProgrammeDocument(
    @Arg('input', () => AddGrantProgrammeDocumentInput, { description: 'The programme and the file.' }) input: AddGrantProgrammeDocumentInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<GrantProgramme> {
    return ctx.services.programmeDocuments.add(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => GrantProgramme, { description: `Removes a document of a programme; answers the programme. ${WHO_WRITES}` })
  removeGrantProgrammeDocument(@Arg('id', () => ID, { description: 'The document.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<GrantProgramme> {
    return ctx.services.programmeDocuments.remove(id, ctx.identity);
  }

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [GrantProgrammeDocument], { description: 'Its documents, oldest first.' })
  documents(@Root() programme: GrantProgramme, @Ctx() ctx: AssistanceContext): Promise<GrantProgrammeDocument[]> {
    return ctx.services.programmeDocuments.loader(ctx.loaders).load(programme.id);
  }

  @FieldResolver(() => Sponsor, { nullable: true, description: 'The funder, when it is a sponsor of the directory.' })
  funderSponsor(@Root() programme: GrantProgramme): Sponsor | null {
    return programme.funderKind === FunderKind.SPONSOR && programme.funderId ? { id: programme.funderId } : null;
  }

  @FieldResolver(() => StateBody, { nullable: true, description: 'The funder, when it is a state body of the directory.' })
  funderStateBody(@Root() programme: GrantProgramme): StateBody | null {
    return programme.funderKind === FunderKind.STATE_BODY && programme.funderId ? { id: programme.funderId } : null;
  }
}

@Resolver(() => GrantProgrammeDocument)
export class GrantProgrammeDocumentResolver {
  @FieldResolver(() => String, { description: 'The file content, base64; ask for it only when downloading.' })
  contentBase64(@Root() document: GrantProgrammeDocument, @Ctx() ctx: AssistanceContext): Promise<string> {
    return ctx.services.programmeDocuments.contentBase64(document);
  }
}
