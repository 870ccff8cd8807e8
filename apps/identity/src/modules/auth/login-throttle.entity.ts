import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins of one address (lower-cased), whether or not an account has it. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ name: 'email_key', type: 'text' })
  emailKey: string;

  @Column({ name: 'failed_count', type: 'int', default: 0 })
  failedCount: number;

  @TimestampColumn('last_failed_at', { nullable: true })
  lastFailedAt: Date | null;

  @TimestampColumn('locked_until', { nullable: true })
  lockedUntil: Date | null;
}
