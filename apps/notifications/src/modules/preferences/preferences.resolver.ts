import { ListSize, requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { NotificationPreference, NotificationPreferenceInput } from './notification-preference.type';

const LARGEST = 60;

@Resolver(() => NotificationPreference)
export class PreferencesResolver {
  @ListSize(LARGEST)
  @Query(() => [NotificationPreference], {
    description: 'How the current user gets each kind of notification, in the app and by e-mail (IMMEDIATE unless they chose otherwise). Staff only; FORBIDDEN for partners.',
  })
  notificationPreferences(@Ctx() ctx: NotificationsContext): Promise<NotificationPreference[]> {
    return ctx.services.preferences.list(requireIdentity(ctx));
  }

  @ListSize(LARGEST)
  @Mutation(() => [NotificationPreference], {
    description:
      'Changes some of the current user’s choices (the others stay) and returns them all. E-mail: IMMEDIATE, DAILY or WEEKLY digest, OFF; in the app: ' +
      'IMMEDIATE or OFF (BAD_USER_INPUT IN_APP_NO_DIGEST otherwise). Staff only; FORBIDDEN for partners.',
  })
  updateNotificationPreferences(
    @Ctx() ctx: NotificationsContext,
    @Arg('preferences', () => [NotificationPreferenceInput], { description: `The choices to make (at most ${LARGEST}).` }) preferences: NotificationPreferenceInput[],
  ): Promise<NotificationPreference[]> {
    return ctx.services.preferences.update(preferences, requireIdentity(ctx));
  }
}
