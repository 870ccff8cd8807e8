import type { SubgraphDefinition } from '@birge/server-kit';
import { notificationsMigrations } from './migrations';
import { NotificationReadEntity } from './modules/notification/notification-read.entity';
import { NotificationEntity } from './modules/notification/notification.entity';
import { NotificationService } from './modules/notification/notification.service';
import { RequestSubmittedConsumer } from './modules/notification/request-submitted.consumer';
import type { NotificationsServices } from './notifications.context';
import { buildNotificationsSchema } from './notifications.schema';

export const notificationsSubgraph: SubgraphDefinition<NotificationsServices> = {
  name: 'notifications',
  defaultPort: 4004,
  entities: [NotificationEntity, NotificationReadEntity],
  migrations: notificationsMigrations,
  buildSchema: buildNotificationsSchema,
  createServices: ({ dataSource }) => ({
    notifications: new NotificationService(dataSource),
    requestSubmitted: new RequestSubmittedConsumer(dataSource),
  }),
  startConsumers: ({ events }, services) => services.requestSubmitted.start(events),
};
