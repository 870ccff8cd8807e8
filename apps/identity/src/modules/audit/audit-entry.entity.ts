import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One audited mutation (a root mutation field), allowed or refused. */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_id', type: 'text' })
  sourceId: string;

  @TimestampColumn('occurred_at')
  occurredAt: Date;

  @TimestampColumn('recorded_at')
  recordedAt: Date;

  @Column({ type: 'text' })
  service: string;

  @Column({ name: 'user_id', type: 'text', nullable: true })
  userId: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ name: 'key_id', type: 'text', nullable: true })
  keyId: string | null;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'operation_name', type: 'text', nullable: true })
  operationName: string | null;

  @Column({ name: 'target_ids', type: 'text', array: true })
  targetIds: string[];

  @Column({ type: 'text' })
  outcome: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
