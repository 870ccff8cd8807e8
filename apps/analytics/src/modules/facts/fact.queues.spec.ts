import { EVENT_ROUTES } from '@birge/shared-reference';
import { ORGANIZATION_FIGURES_QUEUE, ORGANIZATION_IMPORTS_QUEUE, REQUEST_FIGURES_QUEUE } from './fact.queues';

describe('analytics queues', () => {
  it('are the queues the event routes deliver registrations and submissions to', () => {
    expect(EVENT_ROUTES['registry.organization-registered']).toContain(ORGANIZATION_FIGURES_QUEUE);
    expect(EVENT_ROUTES['assistance.request-submitted']).toContain(REQUEST_FIGURES_QUEUE);
    expect(EVENT_ROUTES['registry.organizations-imported']).toContain(ORGANIZATION_IMPORTS_QUEUE);
  });
});
