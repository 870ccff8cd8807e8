import { assertRouted } from '@birge/server-kit';
import { notificationConsumers } from './notification.consumers';

describe('notification consumers', () => {
  it('consume queues the event routes really deliver to, one consumer per event', () => {
    expect(() => assertRouted(notificationConsumers, 'notifications')).not.toThrow();
    expect(new Set(notificationConsumers.map((c) => c.event)).size).toBe(notificationConsumers.length);
  });
});
