import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { OrganizationMailingChangedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/**
 * Keeps `notifications.mailing_organization` and its consenting addresses from the registry's
 * snapshots, never from the registry's tables. Snapshots of one organization may arrive out of
 * order (retries): an older one than the stored is ignored (changedAt).
 */
export async function rememberMailing(manager: EntityManager, p: OrganizationMailingChangedPayload): Promise<boolean> {
  const stored: unknown[] = await manager.query(
    `INSERT INTO notifications.mailing_organization (organization_id, name, kind, region_code, district_code, directions, verification_status, status, removed, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (organization_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, region_code = EXCLUDED.region_code,
       district_code = EXCLUDED.district_code, directions = EXCLUDED.directions, verification_status = EXCLUDED.verification_status,
       status = EXCLUDED.status, removed = EXCLUDED.removed, changed_at = EXCLUDED.changed_at
     WHERE mailing_organization.changed_at <= EXCLUDED.changed_at
     RETURNING 1`,
    [p.organizationId, p.name, p.kind, p.regionCode, p.districtCode, p.directions, p.verificationStatus, p.status, p.removed, p.changedAt],
  );
  if (!stored.length) return false;
  await manager.query(`DELETE FROM notifications.mailing_address WHERE organization_id = $1`, [p.organizationId]);
  if (p.addresses.length) {
    await manager.query(
      `INSERT INTO notifications.mailing_address (organization_id, email, consent_at)
       SELECT $1, a.email, a.consent_at FROM unnest($2::text[], $3::timestamptz[]) AS a (email, consent_at) ON CONFLICT DO NOTHING`,
      [p.organizationId, p.addresses.map((a) => a.email.toLowerCase()), p.addresses.map((a) => a.consentAt)],
    );
  }
  return true;
}

/** The registry's snapshots of what announcements are sent to. */
export const mailingConsumers: readonly EventConsumer[] = [
  defineConsumer({
    event: 'registry.organization-mailing-changed',
    queue: 'notifications.organization-mailing',
    handle: async (manager, { payload }) => {
      await rememberMailing(manager, payload);
    },
  }),
];
