import { AuditedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A request for help (table `assistance.assistance_request`). */
@Entity({ name: 'assistance_request' })
export class AssistanceRequestEntity extends AuditedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Null until the registry's event about the organization has arrived. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  subtype: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text' })
  description: string;

  @VersionColumn()
  version: number;

  /** YYYY-MM-DD: the day the organization would like the help by. */
  @Column({ name: 'wished_for_date', type: 'date', nullable: true })
  wishedForDate: string | null;

  /** The staff member responsible: an opaque user id from the identity. */
  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId: string | null;

  /** Set with the region, from the region's service level for the sub-type. */
  @TimestampColumn('due_at', { nullable: true })
  dueAt: Date | null;

  /** When the overdue event was raised; set once, in the transaction that raises it. */
  @TimestampColumn('overdue_raised_at', { nullable: true })
  overdueRaisedAt: Date | null;

  @Column({ name: 'outcome_result', type: 'text', nullable: true })
  outcomeResult: string | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'outcome_link', type: 'text', nullable: true })
  outcomeLink: string | null;

  @TimestampColumn('resolved_at', { nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment: string | null;

  @TimestampColumn('rated_at', { nullable: true })
  ratedAt: Date | null;
}
