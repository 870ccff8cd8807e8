import { Column, CreateDateColumn, Entity } from 'typeorm';
import { StatusStepColumns } from '../common/status-step-columns';

/** A step of a report's history (table `analytics.report_history`): who did what, when, and why. */
@Entity({ name: 'report_history' })
export class ReportHistoryEntity extends StatusStepColumns {
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @CreateDateColumn({ name: 'at', type: 'timestamptz', precision: 3 })
  at: Date;
}
