import { defineConsumer } from '@birge/server-kit';
import type { AssistanceRequestState } from '@birge/shared-reference';
import { upsertRequestFacts } from './request-fact-upsert';

/**
 * The state an event carries. Events queued by a version of assistance that did not send it yet
 * carry none: they are acknowledged, and `npm run analytics:rebuild` settles those requests.
 */
const stateOf = (payload: { state?: AssistanceRequestState }): AssistanceRequestState[] => (payload.state ? [payload.state] : []);

/**
 * Every event of a request carries its whole state after the change, so each is stored the same
 * way: the newest version wins, whatever order the queues deliver them in.
 */
export const requestFactConsumers = [
  defineConsumer({
    event: 'assistance.request-submitted',
    handle: (manager, event) => upsertRequestFacts(manager, stateOf(event.payload)),
  }),
  defineConsumer({
    event: 'assistance.request-status-changed',
    handle: (manager, event) => upsertRequestFacts(manager, stateOf(event.payload)),
  }),
  defineConsumer({
    event: 'assistance.request-assigned',
    handle: (manager, event) => upsertRequestFacts(manager, stateOf(event.payload)),
  }),
  defineConsumer({
    event: 'assistance.request-changed',
    // A state body's answer changes no column of the request, so its version stays: the same version
    // is taken too (its referral counts only grow: the upsert keeps the greater).
    handle: (manager, event) => upsertRequestFacts(manager, stateOf(event.payload), { sameVersionWins: true }),
  }),
];
