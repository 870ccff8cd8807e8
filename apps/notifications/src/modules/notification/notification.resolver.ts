import { Paged, requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { NotificationConnection } from './notification.connection';
import { NotificationFilter } from './notification-filter.input';
import { NotificationKind } from './notification-kind.enum';
import { Notification } from './notification.type';

const NOT_FOUND_OR_BAD_ID = 'NOT_FOUND when there is no such notification for this user, BAD_USER_INPUT (INVALID_ID) when the id is not one.';

@Resolver(() => Notification)
export class NotificationResolver {
  @Paged()
  @Query(() => NotificationConnection, {
    nullable: true,
    description:
      "The current user's notifications, newest first: those for them, and their region's office-wide ones (every region's for a " +
      'national role), never about their own actions. Archived ones only with filter.archived.',
  })
  notifications(
    @Ctx() ctx: NotificationsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
    @Arg('filter', () => NotificationFilter, { nullable: true, description: 'Kind, read state and archive; the inbox (not archived) when omitted.' })
    filter?: NotificationFilter,
    @Arg('unreadOnly', () => Boolean, {
      nullable: true,
      description: 'Only those the current user has not read.',
      deprecationReason: 'Use filter: { read: false }.',
    })
    unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    const effective = unreadOnly && filter?.read == null ? { ...filter, read: false } : filter;
    return ctx.services.notifications.list(requireIdentity(ctx), first, after, effective);
  }

  @Query(() => Int, {
    nullable: true,
    description: "How many of the current user's notifications in the inbox (not archived) they have not read. Cheap: the dashboard polls it.",
  })
  unreadNotificationCount(@Ctx() ctx: NotificationsContext): Promise<number> {
    return ctx.services.notifications.unreadCount(requireIdentity(ctx));
  }

  @Mutation(() => Notification, {
    description: `Marks a notification read for the current user; marking it again changes nothing. ${NOT_FOUND_OR_BAD_ID}`,
  })
  markNotificationRead(
    @Arg('id', () => ID, { description: 'The notification, from the notifications query.' }) id: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<Notification> {
    return ctx.services.notifications.markRead(id, requireIdentity(ctx));
  }

  @Mutation(() => Int, {
    description:
      "Marks every unread notification of the current user's inbox (not archived) read, or those of one kind; returns how many it marked " +
      '(0 when none was unread). Other users keep their own read state.',
  })
  markAllNotificationsRead(
    @Ctx() ctx: NotificationsContext,
    @Arg('kind', () => NotificationKind, { nullable: true, description: 'Only notifications of this kind; all kinds when omitted.' }) kind?: NotificationKind,
  ): Promise<number> {
    return ctx.services.notifications.markAllRead(requireIdentity(ctx), kind);
  }

  @Mutation(() => Notification, {
    description:
      "Moves a notification out of the current user's inbox into their archive, and marks it read; archiving again changes nothing. " +
      `It stays listed with filter: { archived: true }. ${NOT_FOUND_OR_BAD_ID}`,
  })
  archiveNotification(
    @Arg('id', () => ID, { description: 'The notification, from the notifications query.' }) id: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<Notification> {
    return ctx.services.notifications.archive(id, requireIdentity(ctx));
  }
}
