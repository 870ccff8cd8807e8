import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'profile_change_proposal' })
export class ProfileProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'volunteer_count', type: 'int', nullable: true })
  volunteerCount: number | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status: string;

  @TimestampColumn('proposed_at')
  proposedAt: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @TimestampColumn('decided_at', { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;
}
