import { AuditedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { StoredAnswers, StoredPrefills } from './report-answer-values';

/** A region's report on a form for a period (table `analytics.report`, one per form, region and period). */
@Entity({ name: 'report' })
export class ReportEntity extends AuditedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'form_id', type: 'uuid' })
  formId: string;

  /** The form's version the report is filled on; it keeps it when the form changes. */
  @Column({ name: 'form_version', type: 'int' })
  formVersion: number;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: StoredAnswers;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  prefill: StoredPrefills;

  /** The answers as last submitted: after a return, what "changed" is judged against. */
  @Column({ name: 'submitted_answers', type: 'jsonb', nullable: true })
  submittedAnswers: StoredAnswers | null;

  @TimestampColumn('first_submitted_at', { nullable: true })
  firstSubmittedAt: Date | null;

  @TimestampColumn('last_submitted_at', { nullable: true })
  lastSubmittedAt: Date | null;

  @Column({ name: 'submission_count', type: 'int', default: 0 })
  submissionCount: number;

  @TimestampColumn('accepted_at', { nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy: string | null;

  @VersionColumn()
  version: number;
}
