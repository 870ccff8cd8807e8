import { assertRouted, defineConsumer, queueOf } from './event-consumer';

describe('event consumers', () => {
  const handle = () => Promise.resolve();

  it("read the subgraph's queue for their event from EVENT_ROUTES, unless they name one", () => {
    expect(queueOf(defineConsumer({ event: 'assistance.request-submitted', handle }), 'analytics')).toBe('analytics.request-figures');
    expect(queueOf(defineConsumer({ event: 'assistance.request-submitted', handle }), 'notifications')).toBe('notifications.request-submitted');
    expect(queueOf(defineConsumer({ event: 'assistance.request-submitted', queue: 'analytics.request-figures', handle }), 'analytics')).toBe('analytics.request-figures');
    expect(() => queueOf(defineConsumer({ event: 'assistance.request-submitted', handle }), 'registry')).toThrow(/gives registry 0 queues/);
  });

  it('start only on a queue that EVENT_ROUTES delivers their event to', () => {
    expect(() => assertRouted([defineConsumer({ event: 'assistance.request-submitted', handle })], 'analytics')).not.toThrow();
    expect(() => assertRouted([defineConsumer({ event: 'assistance.request-submitted', queue: 'analytics.nowhere', handle })], 'analytics')).toThrow(
      /does not deliver assistance.request-submitted to analytics.nowhere/,
    );
  });
});
