import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A due-soon or overdue event already raised for a form, region and period (table `analytics.report_reminder`): raised once. */
@Entity({ name: 'report_reminder' })
export class ReportReminderEntity {
  @PrimaryColumn({ name: 'form_id', type: 'uuid' })
  formId: string;

  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  /** DUE_SOON or OVERDUE. */
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @CreateDateColumn({ name: 'raised_at', type: 'timestamptz', precision: 3 })
  raisedAt: Date;
}
