import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'portal_link' })
export class PortalLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text' })
  language: string;

  @Column({ name: 'issued_by', type: 'text' })
  issuedBy: string;

  @TimestampColumn('issued_at')
  issuedAt: Date;

  @TimestampColumn('expires_at')
  expiresAt: Date;

  @TimestampColumn('revoked_at', { nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;
}
