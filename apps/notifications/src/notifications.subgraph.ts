import type { SubgraphDefinition } from '@birge/server-kit';
import { notificationsMigrations } from './migrations';
import { AnnouncementScheduler } from './modules/announcement/announcement-scheduler';
import { loadAnnouncementConfig, unsubscribePage } from './modules/announcement/announcement.config';
import { AnnouncementService } from './modules/announcement/announcement.service';
import { unsubscribeRoute } from './modules/announcement/unsubscribe.route';
import { EmailDeliveryService } from './modules/email/email-delivery.service';
import { EmailSender } from './modules/email/email-sender';
import { NotificationArchiveEntity } from './modules/notification/notification-archive.entity';
import { NotificationReadEntity } from './modules/notification/notification-read.entity';
import { NotificationEvents } from './modules/notification/notification.consumers';
import { NotificationEntity } from './modules/notification/notification.entity';
import { NotificationService } from './modules/notification/notification.service';
import { DigestService } from './modules/preferences/digest.service';
import { PreferencesService } from './modules/preferences/preferences.service';
import { loadNotificationsConfig } from './notifications.config';
import type { NotificationsServices } from './notifications.context';
import { buildNotificationsSchema } from './notifications.schema';

export const notificationsSubgraph: SubgraphDefinition<NotificationsServices> = {
  name: 'notifications',
  defaultPort: 4004,
  entities: [NotificationEntity, NotificationReadEntity, NotificationArchiveEntity],
  migrations: notificationsMigrations,
  buildSchema: buildNotificationsSchema,
  createServices: ({ dataSource, env, logger }) => {
    const announcementConfig = loadAnnouncementConfig(env);
    const announcements = new AnnouncementService(dataSource, announcementConfig);
    const digests = new DigestService(dataSource, announcementConfig);
    return {
      notifications: new NotificationService(dataSource),
      inboxEvents: new NotificationEvents(dataSource),
      emailDeliveries: new EmailDeliveryService(dataSource),
      emailSender: new EmailSender(dataSource, loadNotificationsConfig(env), logger),
      announcements,
      preferences: new PreferencesService(dataSource),
      digests,
      scheduler: new AnnouncementScheduler(announcements, digests, announcementConfig.ANNOUNCEMENT_POLL_MS, logger),
      unsubscribePage: unsubscribePage(announcementConfig),
    };
  },
  // The worker: the inbox's consumers (which also queue the emails) and the email sender.
  startConsumers: async ({ events }, services) => {
    await services.inboxEvents.start(events);
    services.emailSender.start();
    services.scheduler.start();
  },
  stopWorkers: async (services) => {
    await services.scheduler.stop();
    await services.emailSender.stop();
  },
  // The one-click unsubscribe of announcement mails (List-Unsubscribe-Post), public.
  publicRoutes: (services) => ({ '/unsubscribe': unsubscribeRoute(services.announcements, services.unsubscribePage) }),
};
