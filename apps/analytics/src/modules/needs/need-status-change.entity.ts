import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of an entry's status history (table `analytics.need_status_change`); the first one records the entry. */
@Entity({ name: 'need_status_change' })
export class NeedStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  /** Null on the first step: the entry was recorded. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
