import { AUDIT_OK, type AuditRecordedPayload } from '@birge/shared-reference';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { EventBus } from '../events/event-bus';

/** The root mutation field being resolved, as far as its audit record can be known before the answer. */
export interface AuditedField {
  /** Ties this field's records together: the one written with its change and the one written after the answer. */
  recordId: string;
  record: AuditRecordedPayload;
  /** The transaction its record went into, until that transaction ends. */
  writtenIn: QueryRunner | null;
  committed: boolean;
}

/** One request's audit state: the root mutation field resolving now, and each field's record id. */
export interface AuditScope {
  current: AuditedField | null;
  recordIds: Map<string, string>;
}

const scopes = new AsyncLocalStorage<AuditScope>();

/** Runs one request with its own audit scope (the HTTP server does so for every request). */
export function runInAuditScope<T>(work: () => T): T {
  return scopes.run({ current: null, recordIds: new Map() }, work);
}

export const currentAuditScope = (): AuditScope | undefined => scopes.getStore();

/** Marks `record` (outcome OK so far) as the root mutation field now resolving. */
export function beginAuditedField(responseKey: string, record: Omit<AuditRecordedPayload, 'outcome' | 'recordId'>): void {
  const scope = scopes.getStore();
  if (!scope) return;
  const recordId = randomUUID();
  scope.recordIds.set(responseKey, recordId);
  scope.current = { recordId, record: { ...record, outcome: AUDIT_OK, recordId }, writtenIn: null, committed: false };
}

/**
 * Writes the audit record of the mutation resolving now into the first transaction it commits,
 * just before that commit (TypeORM's BeforeTransactionCommit): the change and its record are
 * stored together or not at all, so a process that dies after the commit and before the answer
 * loses no record of what it changed. The record written after the answer (the audit plugin's,
 * with the outcome and the returned id) carries the same record id, and the audit log merges the
 * two. Transactions outside a request (event consumers, scheduled jobs) are not mutations and
 * write nothing here.
 */
export class AuditInTransactionSubscriber implements EntitySubscriberInterface {
  constructor(private readonly events: EventBus) {}

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const field = scopes.getStore()?.current;
    if (!field || field.writtenIn || field.committed) return;
    field.writtenIn = event.queryRunner;
    await this.events.publish(event.manager, 'audit.mutation-recorded', field.record);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const field = scopes.getStore()?.current;
    // A savepoint released inside the transaction is not the commit yet.
    if (field?.writtenIn === event.queryRunner && !event.queryRunner.isTransactionActive) field.committed = true;
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const field = scopes.getStore()?.current;
    // Rolled back with the change: the next transaction of the same mutation writes it again.
    if (field?.writtenIn === event.queryRunner && !field.committed) field.writtenIn = null;
  }
}

/** Installs the subscriber on a subgraph's data source. */
export function auditInTransaction(dataSource: DataSource, events: EventBus): void {
  dataSource.subscribers.push(new AuditInTransactionSubscriber(events));
}
