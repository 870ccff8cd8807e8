import { CreatedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A thread of the feedback channel between a region's front office and the republican office (table `analytics.feedback_thread`). */
@Entity({ name: 'feedback_thread' })
export class FeedbackThreadEntity extends CreatedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  status: string;

  /** When its newest message was posted: the list's order. */
  @TimestampColumn('last_message_at')
  lastMessageAt: Date;

  @Column({ name: 'message_count', type: 'int', default: 0 })
  messageCount: number;

  /** When and by whom it was last closed or reopened; null while it never was. */
  @TimestampColumn('status_changed_at', { nullable: true })
  statusChangedAt: Date | null;

  @Column({ name: 'status_changed_by', type: 'text', nullable: true })
  statusChangedBy: string | null;
}
