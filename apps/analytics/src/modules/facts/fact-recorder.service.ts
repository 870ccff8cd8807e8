import { handleOnce, startEventConsumers, type EventBus, type EventConsumer } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { organizationFactConsumers } from './organization-fact.consumers';
import { requestFactConsumers } from './request-fact.consumers';
import { trainingBookingFactConsumers } from './training-booking-fact.consumers';

/**
 * Turns other subgraphs' events into analytics facts through the kit's consumers: each event is
 * claimed by id in the same transaction as its write, so a redelivered event changes nothing, and
 * each write compares versions (or keeps a tombstone) so events arriving out of order do not either.
 */
export class FactRecorderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consumers: readonly EventConsumer[] = [...organizationFactConsumers, ...requestFactConsumers, ...trainingBookingFactConsumers],
  ) {}

  start(events: EventBus): Promise<void> {
    return startEventConsumers(events, this.dataSource, 'analytics', this.consumers);
  }

  /** Records one event as its queue's consumer would. @returns false when it had been recorded before. */
  record(event: EventEnvelope): Promise<boolean> {
    const consumer = this.consumers.find((candidate) => candidate.event === event.name);
    if (!consumer) throw new Error(`analytics does not consume ${event.name}`);
    return handleOnce(this.dataSource, 'analytics', consumer, event);
  }
}
