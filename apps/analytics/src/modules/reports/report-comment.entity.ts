import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message of a report's comment thread (table `analytics.report_comment`). */
@Entity({ name: 'report_comment' })
export class ReportCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ name: 'author_id', type: 'text' })
  authorId: string;

  /** REGION or REPUBLICAN_OFFICE. */
  @Column({ name: 'author_side', type: 'text' })
  authorSide: string;

  /** The field the comment is about; null for the report as a whole. */
  @Column({ name: 'field_key', type: 'text', nullable: true })
  fieldKey: string | null;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
