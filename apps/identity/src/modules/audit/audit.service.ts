import { decodeCursor, pageSize, toConnection, ValidationError, type ConnectionShape } from '@birge/server-kit';
import { AUDIT_OK, isUuid, type AuditRecordedPayload, type Role } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
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

  /**
   * Stores records under their source id: a redelivered event changes nothing. A subgraph sends
   * two records of one mutation under one source id (its record id): the one stored with the
   * change and the one sent after the answer. They merge into one entry: the ids of both, and the
   * outcome of the answer when it was a refusal or an error.
   */
  /** Through `manager` when given (an event consumer's transaction), else on its own. */
  async store(entries: { sourceId: string; record: AuditRecordedPayload }[], manager?: EntityManager): Promise<number> {
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
    // One row per source id in a statement (PostgreSQL updates a row once per statement).
    const unique = [...new Map(rows.map((row) => [row.sourceId, row])).values()];
    const table = this.dataSource.getMetadata(AuditEntryEntity).tablePath;
    const stored: unknown[] = await (manager ?? this.dataSource).query(
      `INSERT INTO ${table} AS entry (source_id, occurred_at, service, user_id, role, region_code, key_id, operation, operation_name, target_ids, outcome, request_id)
       SELECT r."sourceId", r."occurredAt", r.service, r."userId", r.role, r."regionCode", r."keyId", r.operation, r."operationName", r."targetIds", r.outcome, r."requestId"
       FROM jsonb_to_recordset($1::jsonb) AS r("sourceId" text, "occurredAt" timestamptz, service text, "userId" text, role text, "regionCode" text,
         "keyId" text, operation text, "operationName" text, "targetIds" text[], outcome text, "requestId" text)
       ON CONFLICT (source_id) DO UPDATE SET
         target_ids = ARRAY(SELECT DISTINCT unnest(entry.target_ids || EXCLUDED.target_ids) LIMIT 50),
         outcome = CASE WHEN EXCLUDED.outcome <> $2 THEN EXCLUDED.outcome ELSE entry.outcome END
       WHERE NOT (EXCLUDED.target_ids <@ entry.target_ids) OR (EXCLUDED.outcome <> $2 AND entry.outcome <> EXCLUDED.outcome)
       RETURNING id`,
      [JSON.stringify(unique), AUDIT_OK],
    );
    return stored.length;
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
    page
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), base.getCount()]);
    return toConnection(rows.map(toAuditEntry), limit, totalCount, (e) => [e.occurredAt.toISOString(), e.id]);
  }
}
