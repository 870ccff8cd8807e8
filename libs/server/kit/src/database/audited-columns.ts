import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns of a record that keeps who made it: `created_at` (TypeORM sets it) and
 * `created_by`, a user id. An entity extends it to have them; the columns keep their names in
 * every table.
 */
export abstract class CreatedColumns {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;
}

/**
 * The columns of a record that keeps who made it and who changed it last: CreatedColumns, then
 * `updated_at` (TypeORM sets it) and `updated_by` (null until a change), a user id.
 */
export abstract class AuditedColumns extends CreatedColumns {
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;
}
