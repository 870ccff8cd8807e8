import type { Direction } from './directions';
import type { OrganizationKind } from './organization-kind';

/** One address of an organization's contact person who agreed to receive announcements by e-mail. */
export interface MailingAddress {
  email: string;
  /** ISO 8601: when the consent was recorded in the registry. */
  consentAt: string;
}

/**
 * What the notifications subgraph needs to send announcements to an organization: where it is,
 * what it does, whether it is verified, and the addresses whose owners consented (never the others).
 * A snapshot, raised in the same transaction as every change of these (creation, update, a
 * verification derived, a merge); `removed` when the record no longer exists (merged away).
 * `changedAt` orders two snapshots of one organization (the registry writes them under its lock).
 */
export interface OrganizationMailingChangedPayload {
  organizationId: string;
  removed: boolean;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  districtCode: string | null;
  directions: Direction[];
  /** The stored status (VERIFIED, not its EXPIRED reading) and when it was obtained. */
  verificationStatus: string;
  verifiedAt: string | null;
  /** ACTIVE, DORMANT or CLOSED: only active organizations are written to. */
  status: string;
  addresses: MailingAddress[];
  changedAt: string;
}
