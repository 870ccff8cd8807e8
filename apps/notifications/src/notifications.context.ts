import type { SubgraphContext } from '@birge/server-kit';
import type { AssistanceEventsConsumer } from './modules/notification/assistance-events.consumer';
import type { NotificationService } from './modules/notification/notification.service';
import type { RequestSubmittedConsumer } from './modules/notification/request-submitted.consumer';

export interface NotificationsServices {
  notifications: NotificationService;
  requestSubmitted: RequestSubmittedConsumer;
  assistanceEvents: AssistanceEventsConsumer;
}

export type NotificationsContext = SubgraphContext<NotificationsServices>;
