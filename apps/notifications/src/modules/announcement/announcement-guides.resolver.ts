import { ListSize, requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { Guide } from '../reference/guide.type';
import { MAX_ANNOUNCEMENT_GUIDES } from './announcement-guides';
import { Announcement } from './announcement.type';

/** Guides of the assistance library linked to announcements, by id: the assistance subgraph resolves them through federation. */
@Resolver(() => Announcement)
export class AnnouncementGuidesResolver {
  @Mutation(() => Announcement, {
    description:
      `Links up to ${MAX_ANNOUNCEMENT_GUIDES} guides of the library to a draft or scheduled announcement, in this order, replacing those linked before ` +
      '(an empty list unlinks them). BAD_USER_INPUT INVALID_ID on guideIds.<i>, TOO_MANY_GUIDES; CONFLICT STALE_VERSION, ANNOUNCEMENT_SENT or ' +
      'ANNOUNCEMENT_CANCELLED. Republican administrators (any) and regional staff (their office’s); FORBIDDEN for analysts and partners.',
  })
  setAnnouncementGuides(
    @Ctx() ctx: NotificationsContext,
    @Arg('id', () => ID, { description: 'The announcement.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('guideIds', () => [ID], { description: 'The guides, in the order to show them.' }) guideIds: string[],
  ): Promise<Announcement> {
    return ctx.services.announcements.setGuides(id, version, guideIds, requireIdentity(ctx));
  }

  @ListSize(MAX_ANNOUNCEMENT_GUIDES)
  @FieldResolver(() => [Guide], {
    nullable: 'items',
    description: 'Guides of the library linked to it, in their order. A guide the library no longer knows reads as null.',
  })
  async guides(@Root() announcement: Announcement, @Ctx() ctx: NotificationsContext): Promise<(Guide | null)[]> {
    const ids = await ctx.services.announcements.guideIds(ctx.loaders).load(announcement.id);
    return ids.map((id) => ({ id }));
  }
}
