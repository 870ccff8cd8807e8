import { TimestampColumn } from '@birge/server-kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SessionRevokedReason = 'ROTATED' | 'LOGOUT' | 'REUSE_DETECTED' | 'ACCOUNT_DEACTIVATED';

/** One refresh token. Only its SHA-256 is stored; rotation chains tokens of one login by family. */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @TimestampColumn('expires_at')
  expiresAt: Date;

  @TimestampColumn('revoked_at', { nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: SessionRevokedReason | null;
}
