import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns of one step of a record's status history: the status it left (null on the step that
 * recorded it), the one it entered, and the comment given. The entity adds the record, who acted and when.
 */
export abstract class StatusStepColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
