import { TimestampColumn } from '@birge/server-kit';
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

  @TimestampColumn('submitted_at')
  submittedAt: Date;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId: string | null;

  /** The request's version in assistance that this state is; null for facts recorded before versions were kept. */
  @Column({ type: 'int', nullable: true })
  version: number | null;

  @TimestampColumn('due_at', { nullable: true })
  dueAt: Date | null;

  /** When the request first left NEW (the front office's first response). */
  @TimestampColumn('first_response_at', { nullable: true })
  firstResponseAt: Date | null;

  @TimestampColumn('resolved_at', { nullable: true })
  resolvedAt: Date | null;

  /** The requester's score, 1 to 5. */
  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  /** Referrals to state bodies, and how many of them were answered. */
  @Column({ name: 'referral_count', type: 'int', default: 0 })
  referralCount: number;

  @Column({ name: 'answered_referral_count', type: 'int', default: 0 })
  answeredReferralCount: number;
}
