import { EVENT_ROUTES, type EventName } from '@birge/shared-reference';
import { ASSISTANCE_NOTIFICATION_ROUTES } from './assistance-events.consumer';

describe('assistance notification routes', () => {
  it('consume queues the event routes really deliver to, one notification kind each', () => {
    for (const route of ASSISTANCE_NOTIFICATION_ROUTES) expect(EVENT_ROUTES[route.event as EventName]).toContain(route.queue);
    expect(new Set(ASSISTANCE_NOTIFICATION_ROUTES.map((r) => r.kind)).size).toBe(ASSISTANCE_NOTIFICATION_ROUTES.length);
  });
});
