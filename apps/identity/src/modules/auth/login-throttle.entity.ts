import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins of one address (lower-cased), whether or not an account has it. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ name: 'email_key', type: 'text' })
  emailKey: string;

  @Column({ name: 'failed_count', type: 'int', default: 0 })
  failedCount: number;

  @Column({ name: 'last_failed_at', type: 'timestamptz', precision: 3, nullable: true })
  lastFailedAt: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', precision: 3, nullable: true })
  lockedUntil: Date | null;
}
