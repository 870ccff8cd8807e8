import { CreatedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner system's API key. The secret itself is never stored, only its SHA-256. */
@Entity({ name: 'api_key' })
export class ApiKeyEntity extends CreatedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The public start of the key (`bgk_` and 12 hex digits), unique: finds the row. */
  @Column({ type: 'text' })
  prefix: string;

  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ name: 'rate_limit_per_minute', type: 'int', nullable: true })
  rateLimitPerMinute: number | null;

  @TimestampColumn('expires_at')
  expiresAt: Date;

  @TimestampColumn('revoked_at', { nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;

  @TimestampColumn('last_used_at', { nullable: true })
  lastUsedAt: Date | null;
}
