import { Paged, requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { NotificationConnection } from './notification.connection';
import { Notification } from './notification.type';

@Resolver(() => Notification)
export class NotificationResolver {
  @Paged()
  @Query(() => NotificationConnection, {
    nullable: true,
    description: "The current user's notifications, newest first: their region's, or every region's for a national role.",
  })
  notifications(
    @Ctx() ctx: NotificationsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only those the current user has not read.' }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    return ctx.services.notifications.list(requireIdentity(ctx), first, after, unreadOnly);
  }

  @Query(() => Int, { nullable: true, description: 'How many of the current user\'s notifications they have not read.' })
  unreadNotificationCount(@Ctx() ctx: NotificationsContext): Promise<number> {
    return ctx.services.notifications.unreadCount(requireIdentity(ctx));
  }

  @Mutation(() => Notification, {
    description:
      'Marks a notification read for the current user; marking it again changes nothing. NOT_FOUND when there is no ' +
      'such notification for this user, BAD_USER_INPUT when the id is not one.',
  })
  markNotificationRead(@Arg('id', () => ID, { description: 'The notification, from the notifications query.' }) id: string, @Ctx() ctx: NotificationsContext): Promise<Notification> {
    return ctx.services.notifications.markRead(id, requireIdentity(ctx));
  }
}
