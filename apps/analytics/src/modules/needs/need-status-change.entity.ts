import { Column, CreateDateColumn, Entity } from 'typeorm';
import { StatusStepColumns } from '../common/status-step-columns';

/** One step of an entry's status history (table `analytics.need_status_change`); the first one records the entry. */
@Entity({ name: 'need_status_change' })
export class NeedStatusChangeEntity extends StatusStepColumns {
  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
