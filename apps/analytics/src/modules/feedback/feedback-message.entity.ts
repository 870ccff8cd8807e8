import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message of a feedback thread (table `analytics.feedback_message`). */
@Entity({ name: 'feedback_message' })
export class FeedbackMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'author_id', type: 'text' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  /** Set under the thread's lock, so a thread's messages are strictly ordered (see FeedbackService.post). */
  @TimestampColumn('created_at')
  createdAt: Date;
}
