import { CreatedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'staff_account' })
export class StaffAccountEntity extends CreatedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As the administrator typed it; unique regardless of case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** When its creation was announced (identity.account-created); null: not yet (an account older than the announcements). */
  @TimestampColumn('announced_at', { nullable: true })
  announcedAt: Date | null;

  /** kk, ru or en: the language of the mail Birge sends the person. */
  @Column({ type: 'text', default: 'kk' })
  language: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @TimestampColumn('deactivated_at', { nullable: true })
  deactivatedAt: Date | null;

  @TimestampColumn('last_login_at', { nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn()
  version: number;
}
