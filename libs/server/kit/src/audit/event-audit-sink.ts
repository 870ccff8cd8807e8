import type { DataSource } from 'typeorm';
import type { EventBus } from '../events/event-bus';
import type { AuditSink } from './audit-plugin';

/**
 * Audit records as durable `audit.mutation-recorded` events (pg-boss, the same database), one
 * transaction for the records of one request; the identity subgraph stores them. No table of the
 * subgraph's own is needed, so every subgraph audits the same way.
 */
export function eventAuditSink(dataSource: DataSource, events: EventBus): AuditSink {
  return async (records) => {
    await dataSource.transaction((manager) => events.publishMany(manager, 'audit.mutation-recorded', records));
  };
}
