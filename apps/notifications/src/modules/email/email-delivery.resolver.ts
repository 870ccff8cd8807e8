import { Paged } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { NotificationsContext } from '../../notifications.context';
import { EmailDeliveryConnection } from './email-delivery.connection';
import { EmailDeliveryFilter } from './email-delivery-filter.input';
import { EmailDelivery } from './email-delivery.type';

@Resolver(() => EmailDelivery)
export class EmailDeliveryResolver {
  @Authorized(Role.REPUBLICAN_ADMIN)
  @Paged()
  @Query(() => EmailDeliveryConnection, {
    description:
      'The email delivery log, newest first: every email of a notification, queued, sent or failed with the server’s reason and its attempts. ' +
      'Republican administrators only (FORBIDDEN otherwise).',
  })
  emailDeliveries(
    @Ctx() ctx: NotificationsContext,
    @Arg('filter', () => EmailDeliveryFilter, { nullable: true, description: 'Status, kind and period; every given field must match.' }) filter?: EmailDeliveryFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<EmailDeliveryConnection> {
    return ctx.services.emailDeliveries.list(filter, first, after);
  }
}
