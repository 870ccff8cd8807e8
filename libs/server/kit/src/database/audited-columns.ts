import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns of a record that keeps who made it and who changed it last: `created_at` and
 * `updated_at` (TypeORM sets them), `created_by` and `updated_by` (null until a change), user ids.
 * An entity extends it to have them; the columns keep their names in every table.
 */
export abstract class AuditedColumns {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;
}
