import type { SubgraphDefinition } from '@birge/server-kit';
import { notificationsMigrations } from './migrations';
import { NotificationArchiveEntity } from './modules/notification/notification-archive.entity';
import { NotificationReadEntity } from './modules/notification/notification-read.entity';
import { NotificationEvents } from './modules/notification/notification.consumers';
import { NotificationEntity } from './modules/notification/notification.entity';
import { NotificationService } from './modules/notification/notification.service';
import type { NotificationsServices } from './notifications.context';
import { buildNotificationsSchema } from './notifications.schema';

export const notificationsSubgraph: SubgraphDefinition<NotificationsServices> = {
  name: 'notifications',
  defaultPort: 4004,
  entities: [NotificationEntity, NotificationReadEntity, NotificationArchiveEntity],
  migrations: notificationsMigrations,
  buildSchema: buildNotificationsSchema,
  createServices: ({ dataSource }) => ({
    notifications: new NotificationService(dataSource),
    inboxEvents: new NotificationEvents(dataSource),
  }),
  startConsumers: async ({ events }, services) => {
    await services.inboxEvents.start(events);
  },
};
