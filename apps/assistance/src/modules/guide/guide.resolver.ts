import { ListSize, Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AddGuideVersionInput, CreateGuideInput, GuideFilter, UpdateGuideInput } from './guide.inputs';
import { Guide, GuideConnection, GuideVersion } from './guide.type';

const WHO_WRITES =
  "Who may: the republican administrator (any guide), a region's staff (their region's), partners with assistance:write; analysts never " +
  '(READ_ONLY_ROLE). Wrong fields are BAD_USER_INPUT naming the field (extensions.fields).';
const FILE_RULES =
  'The file (PDF, DOCX, XLSX or plain text) is checked like request attachments: BAD_USER_INPUT with extensions.reason ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ' +
  'ATTACHMENT_CONTENT_MISMATCH, ATTACHMENT_EMPTY, INVALID_BASE64 or INVALID_FILE_NAME on file.…, and nothing is stored.';

@Resolver(() => Guide)
export class GuideResolver {
  @Authorized(Access.READ)
  @Paged()
  @Query(() => GuideConnection, { description: "The library of guides and templates, by title, keyset-paged. Every reader sees every region's guides." })
  guides(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => GuideFilter, { nullable: true, description: 'Only the guides that match.' }) filter?: GuideFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Guide>> {
    return ctx.services.guides.list(filter, first, after);
  }

  @Authorized(Access.READ)
  @Query(() => Guide, { nullable: true, description: 'One guide; null when there is none with this id.' })
  guide(@Arg('id', () => ID, { description: 'The guide.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<Guide | null> {
    return ctx.services.guides.get(id, ctx.loaders);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Guide, { description: `Adds a guide to the library with its first version. ${FILE_RULES} ${WHO_WRITES}` })
  createGuide(@Arg('input', () => CreateGuideInput, { description: 'The guide and its file.' }) input: CreateGuideInput, @Ctx() ctx: AssistanceContext): Promise<Guide> {
    return ctx.services.guides.create(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Guide, { description: `Changes a guide's title, description or tags; a stale version is CONFLICT (STALE_VERSION). ${WHO_WRITES}` })
  updateGuide(@Arg('input', () => UpdateGuideInput, { description: 'What changes.' }) input: UpdateGuideInput, @Ctx() ctx: AssistanceContext): Promise<Guide> {
    return ctx.services.guides.update(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Guide, {
    description: `Adds a new version of a guide's file, which becomes the latest; the older ones stay readable. A stale version is CONFLICT (STALE_VERSION). ${FILE_RULES} ${WHO_WRITES}`,
  })
  addGuideVersion(
    @Arg('input', () => AddGuideVersionInput, { description: 'The guide and the new file.' }) input: AddGuideVersionInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<Guide> {
    return ctx.services.guides.addVersion(input, ctx.identity);
  }

  @ListSize(20)
  @FieldResolver(() => [GuideVersion], { description: 'Every version of its file, the latest first.' })
  versions(@Root() guide: Guide, @Ctx() ctx: AssistanceContext): Promise<GuideVersion[]> {
    return ctx.services.guides.versionsLoader(ctx.loaders).load(guide.id);
  }

  @FieldResolver(() => GuideVersion, { description: 'The latest version: the one shown and downloaded by default.' })
  async latestVersion(@Root() guide: Guide, @Ctx() ctx: AssistanceContext): Promise<GuideVersion> {
    const versions = await ctx.services.guides.versionsLoader(ctx.loaders).load(guide.id);
    const latest = versions.find((version) => version.number === guide.latestVersionNumber) ?? versions[0];
    return latest;
  }
}

@Resolver(() => GuideVersion)
export class GuideVersionResolver {
  @FieldResolver(() => String, { description: 'The file content, base64; ask for it only when downloading.' })
  contentBase64(@Root() version: GuideVersion, @Ctx() ctx: AssistanceContext): Promise<string> {
    return ctx.services.guides.contentBase64(version);
  }
}
