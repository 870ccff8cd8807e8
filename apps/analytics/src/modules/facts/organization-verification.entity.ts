import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization's stored verification status (VERIFIED, not its EXPIRED reading), as the registry last derived it. */
@Entity({ name: 'organization_verification' })
export class OrganizationVerificationEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  status: string;

  @TimestampColumn('verified_at', { nullable: true })
  verifiedAt: Date | null;

  /** When the registry derived it: a derivation older than the stored one never overwrites it. */
  @TimestampColumn('changed_at')
  changedAt: Date;
}
