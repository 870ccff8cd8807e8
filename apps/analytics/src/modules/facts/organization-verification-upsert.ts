import type { OrganizationVerificationChangedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

export type OrganizationVerification = Pick<OrganizationVerificationChangedPayload, 'organizationId' | 'status' | 'verifiedAt' | 'changedAt'>;

/** Stores verification statuses in one statement; a derivation older than the stored one changes nothing. */
export async function upsertOrganizationVerifications(manager: EntityManager, rows: readonly OrganizationVerification[]): Promise<void> {
  if (!rows.length) return;
  await manager.query(
    `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[])
     ON CONFLICT (organization_id) DO UPDATE SET status = EXCLUDED.status, verified_at = EXCLUDED.verified_at, changed_at = EXCLUDED.changed_at
     WHERE analytics.organization_verification.changed_at < EXCLUDED.changed_at`,
    [rows.map((r) => r.organizationId), rows.map((r) => r.status), rows.map((r) => r.verifiedAt), rows.map((r) => r.changedAt)],
  );
}
