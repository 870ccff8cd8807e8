import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An introduction the front office made between two organizations of a region (the pair in id order). */
@Entity({ name: 'cooperation_introduction' })
export class CooperationIntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'first_organization_id', type: 'uuid' })
  firstOrganizationId: string;

  @Column({ name: 'second_organization_id', type: 'uuid' })
  secondOrganizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'introduced_on', type: 'date' })
  introducedOn: string;

  @Column({ name: 'introduced_by', type: 'text' })
  introducedBy: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
