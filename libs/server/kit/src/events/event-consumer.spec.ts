import { assertRouted, defineConsumer } from './event-consumer';

describe('event consumers', () => {
  const handle = () => Promise.resolve();

  it('start only on a queue that EVENT_ROUTES delivers their event to', () => {
    expect(() => assertRouted([defineConsumer({ event: 'assistance.request-submitted', queue: 'analytics.request-figures', handle })])).not.toThrow();
    expect(() => assertRouted([defineConsumer({ event: 'assistance.request-submitted', queue: 'analytics.nowhere', handle })])).toThrow(
      /does not deliver assistance.request-submitted to analytics.nowhere/,
    );
  });
});
