import { AuditedColumns } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** An entry of the needs and problems register (table `analytics.need`). */
@Entity({ name: 'need' })
export class NeedEntity extends AuditedColumns {
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

  @VersionColumn()
  version: number;
}
