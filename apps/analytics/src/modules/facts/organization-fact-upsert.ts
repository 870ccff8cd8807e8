import type { EntityManager } from 'typeorm';

/** Organizations' current place and kind, column-wise (one event is a batch of one). */
export interface OrganizationFactVersions {
  organizationIds: readonly string[];
  kinds: readonly string[];
  regionCodes: readonly string[];
  districtCodes: readonly (string | null)[];
  versions: readonly number[];
}

/**
 * Moves organization facts to the given versions in one statement, as a registry edit does: an
 * unknown organization becomes a fact registered at `occurredAt`, a known one takes the new place
 * and kind, and an older version never overwrites a newer one.
 */
export async function upsertOrganizationFacts(
  manager: EntityManager,
  facts: OrganizationFactVersions,
  occurredAt: string,
  options: { sameVersionWins?: boolean } = {},
): Promise<void> {
  if (!facts.organizationIds.length) return;
  // A rebuild from the registry's own records also corrects a fact of the same version.
  const newer = options.sameVersionWins ? '<=' : '<';
  await manager.query(
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, version)
     SELECT organization_id, kind, region_code, district_code, $6, version
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[]) AS i(organization_id, kind, region_code, district_code, version)
     ON CONFLICT (organization_id) DO UPDATE SET kind = EXCLUDED.kind, region_code = EXCLUDED.region_code,
       district_code = EXCLUDED.district_code, version = EXCLUDED.version
     WHERE analytics.organization_fact.version IS NULL OR analytics.organization_fact.version ${newer} EXCLUDED.version`,
    [facts.organizationIds, facts.kinds, facts.regionCodes, facts.districtCodes, facts.versions, occurredAt],
  );
}
