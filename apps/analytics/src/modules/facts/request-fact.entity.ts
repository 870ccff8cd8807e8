import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An assistance request as analytics knows it from `assistance.request-submitted`. */
@Entity({ name: 'request_fact' })
export class RequestFactEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  subtype: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;
}
