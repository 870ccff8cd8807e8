import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** An entry of the needs and problems register (table `analytics.need`). */
@Entity({ name: 'need' })
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;

  @Column({ type: 'text' })
  theme: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  narrative: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'first_noticed_on', type: 'date' })
  firstNoticedOn: string;

  @Column({ type: 'text' })
  status: string;

  /** Evidence: ids of records other subgraphs own, kept as typed lists (no foreign tables here). */
  @Column({ name: 'organization_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organizationIds: string[];

  @Column({ name: 'contact_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contactIds: string[];

  @Column({ name: 'assistance_request_ids', type: 'uuid', array: true, default: () => "'{}'" })
  assistanceRequestIds: string[];

  @Column({ name: 'training_ids', type: 'uuid', array: true, default: () => "'{}'" })
  trainingIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;

  @VersionColumn()
  version: number;
}
