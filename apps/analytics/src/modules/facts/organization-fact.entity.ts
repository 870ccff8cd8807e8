import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization as analytics knows it from the registry's events (registered, imported, updated, merged). */
@Entity({ name: 'organization_fact' })
export class OrganizationFactEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;

  @TimestampColumn('registered_at')
  registeredAt: Date;

  /** NGOs' legal form; null for others (and for facts recorded before it was sent). */
  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  directions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  modes: string[];

  /** The registry version this fact reflects (from registry.organization-updated); null until the first edit. */
  @Column({ type: 'int', nullable: true })
  version: number | null;

  /** Set when the organization was merged into another: a tombstone, never counted, that late events cannot revive. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;
}
