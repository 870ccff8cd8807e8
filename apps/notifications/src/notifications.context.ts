import type { SubgraphContext } from '@birge/server-kit';
import type { EmailDeliveryService } from './modules/email/email-delivery.service';
import type { EmailSender } from './modules/email/email-sender';
import type { NotificationEvents } from './modules/notification/notification.consumers';
import type { NotificationService } from './modules/notification/notification.service';

export interface NotificationsServices {
  notifications: NotificationService;
  /** The event consumers the inbox is made of. */
  inboxEvents: NotificationEvents;
  /** The email delivery log. */
  emailDeliveries: EmailDeliveryService;
  /** Sends the queued emails through SMTP. */
  emailSender: EmailSender;
}

export type NotificationsContext = SubgraphContext<NotificationsServices>;
