import { AuditedColumns } from '@birge/server-kit';
import type { LocalizedText } from '@birge/shared-reference';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * A periodic report form (table `analytics.report_form`): its title and schedule. Its sections
 * and fields are versioned apart (ReportFormVersionEntity); `currentVersion` is the one new
 * reports are filled on.
 */
@Entity({ name: 'report_form' })
export class ReportFormEntity extends AuditedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb', nullable: true })
  description: LocalizedText | null;

  @Column({ name: 'period_type', type: 'text' })
  periodType: string;

  /** The first period reports are expected for (e.g. 2026-Q1). */
  @Column({ name: 'first_period', type: 'text' })
  firstPeriod: string;

  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ name: 'due_days', type: 'int' })
  dueDays: number;

  @Column({ name: 'on_time_window_days', type: 'int' })
  onTimeWindowDays: number;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion: number;

  /** Increases on every change of the form; designers pass it back (optimistic locking). */
  @VersionColumn()
  revision: number;
}
