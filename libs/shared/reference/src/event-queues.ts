import { EVENT_ROUTES, type EventName } from './events';

/**
 * The queue through which `subgraph` consumes `event`: its entry in EVENT_ROUTES, the one place
 * queue names are written (`<owning subgraph>.<purpose>`). Consumers and tests ask for it here
 * instead of writing the name again. Throws when the route gives the subgraph no queue, or several.
 */
export function consumerQueue(event: EventName, subgraph: string): string {
  const queues = EVENT_ROUTES[event].filter((queue) => queue.startsWith(`${subgraph}.`));
  if (queues.length !== 1) throw new Error(`EVENT_ROUTES gives ${subgraph} ${queues.length} queues for ${event}; it must give exactly one`);
  return queues[0];
}
