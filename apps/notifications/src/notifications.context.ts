import type { SubgraphContext } from '@birge/server-kit';
import type { NotificationEvents } from './modules/notification/notification.consumers';
import type { NotificationService } from './modules/notification/notification.service';

export interface NotificationsServices {
  notifications: NotificationService;
  /** The event consumers the inbox is made of. */
  inboxEvents: NotificationEvents;
}

export type NotificationsContext = SubgraphContext<NotificationsServices>;
