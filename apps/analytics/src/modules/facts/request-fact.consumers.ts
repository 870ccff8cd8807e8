import { defineConsumer } from '@birge/server-kit';
import { REQUEST_ASSIGNMENTS_QUEUE, REQUEST_FIGURES_QUEUE, REQUEST_STATUS_CHANGES_QUEUE } from './fact.queues';
import { upsertRequestFacts } from './request-fact-upsert';

/**
 * Every event of a request carries its whole state after the change, so each is stored the same
 * way: the newest version wins, whatever order the queues deliver them in.
 */
export const requestFactConsumers = [
  defineConsumer({
    event: 'assistance.request-submitted',
    queue: REQUEST_FIGURES_QUEUE,
    handle: (manager, event) => upsertRequestFacts(manager, [event.payload.state]),
  }),
  defineConsumer({
    event: 'assistance.request-status-changed',
    queue: REQUEST_STATUS_CHANGES_QUEUE,
    handle: (manager, event) => upsertRequestFacts(manager, [event.payload.state]),
  }),
  defineConsumer({
    event: 'assistance.request-assigned',
    queue: REQUEST_ASSIGNMENTS_QUEUE,
    handle: (manager, event) => upsertRequestFacts(manager, [event.payload.state]),
  }),
];
