import { EVENT_ROUTES } from '@birge/shared-reference';
import { REQUEST_SUBMITTED_QUEUE } from './request-submitted.consumer';

describe('notifications queue', () => {
  it('is a queue the event routes deliver submitted assistance requests to', () => {
    expect(EVENT_ROUTES['assistance.request-submitted']).toContain(REQUEST_SUBMITTED_QUEUE);
  });
});
