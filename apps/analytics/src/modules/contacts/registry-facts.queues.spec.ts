import { EVENT_ROUTES } from '@birge/shared-reference';
import { CONTACT_COVERAGE_QUEUE, ORGANIZATION_MERGES_QUEUE, ORGANIZATION_UPDATES_QUEUE } from './registry-facts.queues';

describe('analytics queues for registry facts', () => {
  it('are the queues the event routes deliver contacts, edits and merges to', () => {
    expect(EVENT_ROUTES['registry.contact-logged']).toContain(CONTACT_COVERAGE_QUEUE);
    expect(EVENT_ROUTES['registry.organization-updated']).toContain(ORGANIZATION_UPDATES_QUEUE);
    expect(EVENT_ROUTES['registry.organizations-merged']).toContain(ORGANIZATION_MERGES_QUEUE);
  });
});
