import { decodeCursor, pageSize, toConnection, ValidationError, type ConnectionShape } from '@birge/server-kit';
import { AUDIT_OK, isUuid, type AuditRecordedPayload, type Role } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditEntry } from './audit-entry.type';
import type { AuditLogFilter } from './dto/audit-log-filter.input';

export function toAuditEntry(entity: AuditEntryEntity): AuditEntry {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt,
    service: entity.service,
    userId: entity.userId,
    role: entity.role as Role | null,
    region: entity.regionCode ? { code: entity.regionCode } : null,
    keyId: entity.keyId,
    operation: entity.operation,
    operationName: entity.operationName,
    targetIds: entity.targetIds,
    outcome: entity.outcome,
    requestId: entity.requestId,
  };
}

const clip = (value: string | null | undefined, max = 200) => (value === null || value === undefined ? null : String(value).slice(0, max));

/** The audit log: stored from every subgraph's events and the gateway's refusals; read by republican administrators. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores records; one already stored under the same source id (a redelivered event) is skipped. */
  async store(entries: { sourceId: string; record: AuditRecordedPayload }[]): Promise<number> {
    if (!entries.length) return 0;
    const rows = entries.map(({ sourceId, record }) => ({
      sourceId: clip(sourceId) as string,
      occurredAt: Number.isNaN(Date.parse(record.occurredAt)) ? new Date() : new Date(record.occurredAt),
      service: clip(record.service, 50) as string,
      userId: clip(record.userId),
      role: clip(record.role, 50),
      regionCode: clip(record.regionCode, 20),
      keyId: clip(record.keyId),
      operation: clip(record.operation) as string,
      operationName: clip(record.operationName),
      targetIds: (record.targetIds ?? []).slice(0, 50).map((id) => String(id).slice(0, 200)),
      outcome: clip(record.outcome, 100) as string,
      requestId: clip(record.requestId),
    }));
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AuditEntryEntity)
      .values(rows)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Entries, newest first, a page at a time (keyset on occurred_at, id). */
  async list(filter: AuditLogFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<AuditEntry>> {
    // An outcome already says whether the mutation was refused; a refused flag saying otherwise could only match nothing.
    if (filter?.outcome && typeof filter.refused === 'boolean' && filter.refused === (filter.outcome === AUDIT_OK)) {
      throw ValidationError.field(
        'filter.refused',
        'CONTRADICTS_OUTCOME',
        `contradicts filter.outcome ${filter.outcome} (${filter.outcome === AUDIT_OK ? 'allowed' : 'refused'}); leave one of them out`,
      );
    }
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const base = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (filter?.userId) base.andWhere('a.user_id = :userId', { userId: filter.userId });
    if (filter?.role) base.andWhere('a.role = :role', { role: filter.role });
    if (filter?.regionCode) base.andWhere('a.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter?.operation) base.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter?.outcome) base.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (typeof filter?.refused === 'boolean') base.andWhere(filter.refused ? 'a.outcome <> :ok' : 'a.outcome = :ok', { ok: AUDIT_OK });
    if (filter?.from) base.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter?.to) base.andWhere('a.occurred_at < :to', { to: filter.to });
    const page = base.clone();
    if (cursor) {
      const [occurredAt, id] = cursor;
      if (typeof occurredAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(occurredAt)) || !isUuid(id)) {
        throw ValidationError.field('after', 'INVALID_CURSOR', 'is not a cursor returned by this list; start again without it');
      }
      page.andWhere('(a.occurred_at, a.id) < (:occurredAt::timestamptz, :id::uuid)', { occurredAt, id });
    }
    page.orderBy('a.occurred_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), base.getCount()]);
    return toConnection(rows.map(toAuditEntry), limit, totalCount, (e) => [e.occurredAt.toISOString(), e.id]);
  }
}
