import { requireIdentity, type ReferenceResolvers } from '@birge/server-kit';
import type { NotificationsContext } from '../../notifications.context';

export const notificationReferences: ReferenceResolvers = {
  Notification: {
    // A notification outside the reader's region resolves to null, as if it did not exist.
    __resolveReference: (reference: { id: string }, ctx: NotificationsContext) => ctx.services.notifications.visibleLoader(ctx.loaders, requireIdentity(ctx)).load(reference.id),
  },
};
