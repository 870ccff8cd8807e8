import { EVENT_ROUTES } from '@birge/shared-reference';
import {
  ORGANIZATION_FIGURES_QUEUE,
  ORGANIZATION_IMPORTS_QUEUE,
  ORGANIZATION_VERIFICATIONS_QUEUE,
  REQUEST_ASSIGNMENTS_QUEUE,
  REQUEST_CHANGES_QUEUE,
  TRAINING_FIGURES_QUEUE,
  BOOKING_CONFIRMATIONS_QUEUE,
  BOOKING_CANCELLATIONS_QUEUE,
  REQUEST_FIGURES_QUEUE,
  REQUEST_STATUS_CHANGES_QUEUE,
} from './fact.queues';

describe('analytics queues', () => {
  it('are the queues the event routes deliver registrations, submissions and every later change of a request to', () => {
    expect(EVENT_ROUTES['registry.organization-registered']).toContain(ORGANIZATION_FIGURES_QUEUE);
    expect(EVENT_ROUTES['assistance.request-submitted']).toContain(REQUEST_FIGURES_QUEUE);
    expect(EVENT_ROUTES['registry.organizations-imported']).toContain(ORGANIZATION_IMPORTS_QUEUE);
    expect(EVENT_ROUTES['assistance.request-status-changed']).toContain(REQUEST_STATUS_CHANGES_QUEUE);
    expect(EVENT_ROUTES['assistance.request-assigned']).toContain(REQUEST_ASSIGNMENTS_QUEUE);
    expect(EVENT_ROUTES['assistance.request-changed']).toContain(REQUEST_CHANGES_QUEUE);
    expect(EVENT_ROUTES['assistance.training-changed']).toContain(TRAINING_FIGURES_QUEUE);
    expect(EVENT_ROUTES['assistance.booking-confirmed']).toContain(BOOKING_CONFIRMATIONS_QUEUE);
    expect(EVENT_ROUTES['assistance.booking-cancelled']).toContain(BOOKING_CANCELLATIONS_QUEUE);
    expect(EVENT_ROUTES['registry.organization-verification-changed']).toContain(ORGANIZATION_VERIFICATIONS_QUEUE);
  });
});
