import type { EntityManager } from 'typeorm';
import type { AnnouncementTarget } from './announcement.type';

/** The SQL conditions on `notifications.mailing_organization o` that a target selects, with its parameters. */
export function targetConditions(target: AnnouncementTarget, values: unknown[]): string[] {
  const add = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`NOT o.removed`, `o.status = 'ACTIVE'`];
  if (target.regionCodes.length) conditions.push(`o.region_code = ANY(${add(target.regionCodes)}::text[])`);
  if (target.districtCodes.length) conditions.push(`o.district_code = ANY(${add(target.districtCodes)}::text[])`);
  if (target.directions.length) conditions.push(`o.directions && ${add(target.directions)}::text[]`);
  if (target.organizationKinds.length) conditions.push(`o.kind = ANY(${add(target.organizationKinds)}::text[])`);
  if (target.verificationStatuses.length) conditions.push(`o.verification_status = ANY(${add(target.verificationStatuses)}::text[])`);
  return conditions;
}

export interface AudienceCounts {
  organizations: number;
  reachableOrganizations: number;
  emails: number;
  unsubscribed: number;
  staff: number;
}

/** How many a target reaches, in one statement: organizations, those with a consenting address, addresses, the unsubscribed, staff. */
export async function countAudience(manager: EntityManager, target: AnnouncementTarget): Promise<AudienceCounts> {
  const values: unknown[] = [];
  const where = targetConditions(target, values).join(' AND ');
  const staffRegions = target.regionCodes.length ? `AND region_code = ANY($${values.push(target.regionCodes)}::text[])` : '';
  const [row]: AudienceCounts[] = await manager.query(
    `WITH o AS (SELECT o.organization_id FROM notifications.mailing_organization o WHERE ${where}),
       a AS (SELECT a.organization_id, a.email, EXISTS (SELECT 1 FROM notifications.unsubscribe u WHERE u.email = a.email) AS gone
             FROM notifications.mailing_address a JOIN o USING (organization_id))
     SELECT (SELECT count(*) FROM o)::int AS organizations,
       (SELECT count(DISTINCT organization_id) FROM a WHERE NOT gone)::int AS "reachableOrganizations",
       (SELECT count(DISTINCT email) FROM a WHERE NOT gone)::int AS emails,
       (SELECT count(DISTINCT email) FROM a WHERE gone)::int AS unsubscribed,
       (SELECT count(*) FROM notifications.recipient WHERE active AND role = 'REGIONAL_STAFF' ${staffRegions})::int AS staff`,
    values,
  );
  return row;
}

/** The addresses an announcement goes to, each once (with the first organization that gave it). */
export async function audienceAddresses(manager: EntityManager, target: AnnouncementTarget): Promise<{ email: string; organizationId: string; organizationName: string }[]> {
  const values: unknown[] = [];
  const where = targetConditions(target, values).join(' AND ');
  return manager.query(
    `SELECT DISTINCT ON (a.email) a.email, o.organization_id AS "organizationId", o.name AS "organizationName"
     FROM notifications.mailing_organization o JOIN notifications.mailing_address a USING (organization_id)
     WHERE ${where} AND NOT EXISTS (SELECT 1 FROM notifications.unsubscribe u WHERE u.email = a.email)
     ORDER BY a.email, o.organization_id`,
    values,
  );
}
