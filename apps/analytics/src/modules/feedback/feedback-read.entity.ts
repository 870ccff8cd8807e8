import { TimestampColumn } from '@birge/server-kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** How far a user has read a thread (table `analytics.feedback_read`): messages after `readAt` by others are unread. */
@Entity({ name: 'feedback_read' })
export class FeedbackReadEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @TimestampColumn('read_at')
  readAt: Date;
}
