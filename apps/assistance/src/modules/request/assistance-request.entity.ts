import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'assistance_request' })
export class AssistanceRequestEntity {
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @VersionColumn()
  version: number;
}
