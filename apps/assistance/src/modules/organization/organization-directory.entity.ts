import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What assistance knows of registry organizations, fed by the registry's events. */
@Entity({ name: 'organization_directory' })
export class OrganizationDirectoryEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;
}
