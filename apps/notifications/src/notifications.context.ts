import type { SubgraphContext } from '@birge/server-kit';
import type { AnnouncementScheduler } from './modules/announcement/announcement-scheduler';
import type { AnnouncementService } from './modules/announcement/announcement.service';
import type { EmailDeliveryService } from './modules/email/email-delivery.service';
import type { EmailSender } from './modules/email/email-sender';
import type { NotificationEvents } from './modules/notification/notification.consumers';
import type { NotificationService } from './modules/notification/notification.service';
import type { DigestService } from './modules/preferences/digest.service';
import type { PreferencesService } from './modules/preferences/preferences.service';

export interface NotificationsServices {
  notifications: NotificationService;
  /** The event consumers the inbox is made of. */
  inboxEvents: NotificationEvents;
  /** The email delivery log. */
  emailDeliveries: EmailDeliveryService;
  /** Sends the queued emails through SMTP. */
  emailSender: EmailSender;
  /** Announcements to organizations and staff. */
  announcements: AnnouncementService;
  /** Each staff account's choices per kind and channel. */
  preferences: PreferencesService;
  /** The daily and weekly e-mail digests. */
  digests: DigestService;
  /** Sends scheduled announcements and builds digests. */
  scheduler: AnnouncementScheduler;
  /** The dashboard page an unsubscribe link opens. */
  unsubscribePage: string;
}

export type NotificationsContext = SubgraphContext<NotificationsServices>;
