import type { SubgraphDefinition } from '@birge/server-kit';
import { notificationsMigrations } from './migrations';
import { EmailDeliveryService } from './modules/email/email-delivery.service';
import { EmailSender } from './modules/email/email-sender';
import { NotificationArchiveEntity } from './modules/notification/notification-archive.entity';
import { NotificationReadEntity } from './modules/notification/notification-read.entity';
import { NotificationEvents } from './modules/notification/notification.consumers';
import { NotificationEntity } from './modules/notification/notification.entity';
import { NotificationService } from './modules/notification/notification.service';
import { loadNotificationsConfig } from './notifications.config';
import type { NotificationsServices } from './notifications.context';
import { buildNotificationsSchema } from './notifications.schema';

export const notificationsSubgraph: SubgraphDefinition<NotificationsServices> = {
  name: 'notifications',
  defaultPort: 4004,
  entities: [NotificationEntity, NotificationReadEntity, NotificationArchiveEntity],
  migrations: notificationsMigrations,
  buildSchema: buildNotificationsSchema,
  createServices: ({ dataSource, env, logger }) => ({
    notifications: new NotificationService(dataSource),
    inboxEvents: new NotificationEvents(dataSource),
    emailDeliveries: new EmailDeliveryService(dataSource),
    emailSender: new EmailSender(dataSource, loadNotificationsConfig(env), logger),
  }),
  // The worker: the inbox's consumers (which also queue the emails) and the email sender.
  startConsumers: async ({ events }, services) => {
    await services.inboxEvents.start(events);
    services.emailSender.start();
  },
  stopWorkers: (services) => services.emailSender.stop(),
};
