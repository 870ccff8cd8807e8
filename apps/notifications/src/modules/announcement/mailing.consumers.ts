import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { OrganizationMailingChangedPayload, OrganizationsImportedPayload } from '@birge/shared-reference';
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

/**
 * A bulk import's batch: records it created join the copy with no address (a file carries no
 * consent) and, until their first snapshot, no name; records it changed take their new place,
 * kind and directions (a change of their contact people comes as a snapshot of its own). One
 * statement per batch, whatever its size.
 */
export async function rememberImported(manager: EntityManager, p: OrganizationsImportedPayload, occurredAt: string): Promise<void> {
  const directions = (p.profiles?.directions ?? p.organizationIds.map(() => [])).map((list) => `{${list.join(',')}}`);
  const columns = [p.organizationIds, p.kinds, p.regionCodes, p.districtCodes, directions];
  if (p.change === 'REGISTERED') {
    await manager.query(
      `INSERT INTO notifications.mailing_organization (organization_id, name, kind, region_code, district_code, directions, verification_status, status, changed_at)
       SELECT r.id, '', r.kind, r.region_code, r.district_code, r.directions::text[], 'UNVERIFIED', 'ACTIVE', $6
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r (id, kind, region_code, district_code, directions)
       ON CONFLICT (organization_id) DO NOTHING`,
      [...columns, occurredAt],
    );
    return;
  }
  await manager.query(
    `UPDATE notifications.mailing_organization o SET kind = r.kind, region_code = r.region_code, district_code = r.district_code,
       directions = CASE WHEN $6 THEN r.directions::text[] ELSE o.directions END
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r (id, kind, region_code, district_code, directions)
     WHERE o.organization_id = r.id`,
    [...columns, Boolean(p.profiles)],
  );
}

/** The registry's snapshots of what announcements are sent to, and its bulk imports. */
export const mailingConsumers: readonly EventConsumer[] = [
  defineConsumer({
    event: 'registry.organizations-imported',
    handle: async (manager, { payload, occurredAt }) => {
      await rememberImported(manager, payload, occurredAt);
    },
  }),
  defineConsumer({
    event: 'registry.organization-mailing-changed',
    handle: async (manager, { payload }) => {
      await rememberMailing(manager, payload);
    },
  }),
];
