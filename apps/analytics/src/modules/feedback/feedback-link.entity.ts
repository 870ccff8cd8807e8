import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A record a thread points to, by kind (table `analytics.feedback_link`); a link is kept once. */
@Entity({ name: 'feedback_link' })
export class FeedbackLinkEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
