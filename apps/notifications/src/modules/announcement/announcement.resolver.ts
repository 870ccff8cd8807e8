import { Paged, requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { AnnouncementStatus } from './announcement-enums';
import { CreateAnnouncementInput, UpdateAnnouncementInput } from './announcement-input';
import { AnnouncementTargetInput } from './announcement-target.input';
import { AnnouncementConnection } from './announcement.connection';
import { Announcement, AnnouncementAudience } from './announcement.type';

const WHO = 'Republican administrators (any region) and regional staff (their region); FORBIDDEN (READ_ONLY_ROLE) for analysts, and for partners.';
const READ = 'Republican administrators and analysts read every one, regional staff their region’s and those sent to it (FORBIDDEN OTHER_REGION otherwise); not partners.';
const EDIT = 'Only a draft or a scheduled one (CONFLICT ANNOUNCEMENT_SENT / ANNOUNCEMENT_CANCELLED otherwise); FORBIDDEN (OTHER_REGION) for another office’s.';

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Paged()
  @Query(() => AnnouncementConnection, {
    description: `Announcements, newest first, with their delivery figures (counts, never an address). ${READ}`,
  })
  announcements(
    @Ctx() ctx: NotificationsContext,
    @Arg('status', () => AnnouncementStatus, { nullable: true, description: 'Only announcements in this status.' }) status?: AnnouncementStatus,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<AnnouncementConnection> {
    return ctx.services.announcements.list(requireIdentity(ctx), status, first, after);
  }

  @Query(() => Announcement, { description: `One announcement. NOT_FOUND when there is none. ${READ}` })
  announcement(@Ctx() ctx: NotificationsContext, @Arg('id', () => ID, { description: 'The announcement.' }) id: string): Promise<Announcement> {
    return ctx.services.announcements.get(id, requireIdentity(ctx));
  }

  @Query(() => AnnouncementAudience, {
    description: `How many organizations, addresses and staff a target reaches now, before sending (counts only, never an address). ${WHO}`,
  })
  announcementAudience(
    @Ctx() ctx: NotificationsContext,
    @Arg('target', () => AnnouncementTargetInput, { description: 'Who it would be for.' }) target: AnnouncementTargetInput,
  ): Promise<AnnouncementAudience> {
    return ctx.services.announcements.audience(target, requireIdentity(ctx));
  }

  @Mutation(() => Announcement, { description: `Saves a new announcement as a draft, or scheduled when scheduledAt is given. ${WHO}` })
  createAnnouncement(
    @Ctx() ctx: NotificationsContext,
    @Arg('input', () => CreateAnnouncementInput, { description: 'The announcement.' }) input: CreateAnnouncementInput,
  ): Promise<Announcement> {
    return ctx.services.announcements.create(input, requireIdentity(ctx));
  }

  @Mutation(() => Announcement, { description: `Changes a draft or scheduled announcement (optimistic locking by version). ${EDIT} ${WHO}` })
  updateAnnouncement(
    @Ctx() ctx: NotificationsContext,
    @Arg('input', () => UpdateAnnouncementInput, { description: 'The changes.' }) input: UpdateAnnouncementInput,
  ): Promise<Announcement> {
    return ctx.services.announcements.update(input, requireIdentity(ctx));
  }

  @Mutation(() => Announcement, { description: `Cancels a draft or scheduled announcement: it is never sent. ${EDIT} ${WHO}` })
  cancelAnnouncement(@Ctx() ctx: NotificationsContext, @Arg('id', () => ID, { description: 'The announcement.' }) id: string): Promise<Announcement> {
    return ctx.services.announcements.cancel(id, requireIdentity(ctx));
  }

  @Mutation(() => Announcement, {
    description:
      'Sends an announcement now: by e-mail to the consenting, subscribed contacts of the targeted organizations (through the mail queue; see ' +
      `figures), in the app to the targeted regions’ staff. ${EDIT} ${WHO}`,
  })
  sendAnnouncement(@Ctx() ctx: NotificationsContext, @Arg('id', () => ID, { description: 'The announcement.' }) id: string): Promise<Announcement> {
    return ctx.services.announcements.send(id, requireIdentity(ctx));
  }

  @Mutation(() => String, {
    description:
      'Stops announcements to the address of an unsubscribe link (from an announcement mail); open to anyone holding the link, no sign-in. ' +
      'Returns the address, masked. BAD_USER_INPUT (INVALID_TOKEN) for a link this service did not sign.',
  })
  unsubscribeFromAnnouncements(@Ctx() ctx: NotificationsContext, @Arg('token', { description: 'The token of the link (its ?token= part).' }) token: string): Promise<string> {
    return ctx.services.announcements.unsubscribe(token);
  }
}
