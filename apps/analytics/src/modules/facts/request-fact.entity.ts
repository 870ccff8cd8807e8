import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An assistance request as analytics knows it: the newest state its events carried (AssistanceRequestState). */
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

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId: string | null;

  /** The request's version in assistance that this state is; null for facts recorded before versions were kept. */
  @Column({ type: 'int', nullable: true })
  version: number | null;
}
