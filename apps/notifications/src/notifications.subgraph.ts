import type { SubgraphDefinition } from '@birge/server-kit';
import { notificationsMigrations } from './migrations';
import { AssistanceEventsConsumer } from './modules/notification/assistance-events.consumer';
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
    assistanceEvents: new AssistanceEventsConsumer(dataSource),
  }),
  startConsumers: async ({ events }, services) => {
    await services.requestSubmitted.start(events);
    await services.assistanceEvents.start(events);
  },
};
