import { consumerQueue, EVENT_ROUTES, type EventEnvelope, type EventName } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from './event-bus';
import { claimEvent } from './processed-events';

/**
 * The one shape of an event consumer, used by every subgraph: which event, and what to do with it.
 * The queue is the subgraph's entry for the event in EVENT_ROUTES (consumerQueue), never written
 * again here. The kit claims the event id (`<schema>.processed_event`) in the same transaction as
 * `handle`, so a redelivered event (a crash after commit, a retried job) changes nothing. `handle`
 * must still be safe against events of one record arriving out of order: they travel on separate
 * queues (compare a version, or occurred-at).
 */
export interface EventConsumer<N extends EventName = EventName> {
  event: N;
  /**
   * Only when EVENT_ROUTES gives the subgraph several queues for the event (one per purpose): which
   * of them. Otherwise left out, and the route's one queue for the subgraph is used.
   */
  queue?: string;
  handle(manager: EntityManager, event: EventEnvelope<N>): Promise<void>;
}

/** The queue `consumer` of the subgraph whose schema is `schema` reads (schema and subgraph share their name). */
export function queueOf(consumer: EventConsumer, schema: string): string {
  return consumer.queue ?? consumerQueue(consumer.event, schema);
}

/** Declares a consumer with its event's payload type; the list of a subgraph's consumers holds any event's. */
export function defineConsumer<N extends EventName>(consumer: EventConsumer<N>): EventConsumer {
  return consumer as unknown as EventConsumer;
}

/** Fails when EVENT_ROUTES does not deliver a consumer's event to its queue (the consumer would wait forever). */
export function assertRouted(consumers: readonly EventConsumer[], schema: string): void {
  for (const consumer of consumers) {
    const queue = queueOf(consumer, schema);
    if (!EVENT_ROUTES[consumer.event].includes(queue)) {
      throw new Error(`EVENT_ROUTES does not deliver ${consumer.event} to ${queue}: add the queue to its route`);
    }
  }
}

/**
 * Handles one event once: claims its id for the consumer's queue and runs the handler in one
 * transaction. @returns false when it had been handled before.
 */
export function handleOnce<N extends EventName>(dataSource: DataSource, schema: string, consumer: EventConsumer<N>, event: EventEnvelope<N>): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if (!(await claimEvent(manager, schema, event.eventId, queueOf(consumer as unknown as EventConsumer, schema)))) return false;
    await consumer.handle(manager, event);
    return true;
  });
}

/** Subscribes every consumer to its queue; a thrown error leaves the job to pg-boss's retries. */
export async function startEventConsumers(events: EventBus, dataSource: DataSource, schema: string, consumers: readonly EventConsumer[]): Promise<void> {
  assertRouted(consumers, schema);
  for (const consumer of consumers) {
    await events.consume(queueOf(consumer, schema), async (event) => {
      await handleOnce(dataSource, schema, consumer, event);
    });
  }
}
