import { consumerQueue } from './event-queues';

describe('consumerQueue', () => {
  it('is the queue EVENT_ROUTES gives the subgraph for the event, and refuses a subgraph the event does not reach', () => {
    expect(consumerQueue('registry.organizations-imported', 'analytics')).toBe('analytics.organization-imports');
    expect(consumerQueue('registry.organizations-imported', 'assistance')).toBe('assistance.organization-imports');
    expect(consumerQueue('audit.mutation-recorded', 'identity')).toBe('identity.audit');
    expect(() => consumerQueue('audit.mutation-recorded', 'analytics')).toThrow(/0 queues/);
  });
});
