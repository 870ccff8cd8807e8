import type { OrganizationProfileColumns, OrganizationProfileFacts } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/** Organizations' current place and kind, column-wise (one event is a batch of one). */
export interface OrganizationFactVersions {
  organizationIds: readonly string[];
  kinds: readonly string[];
  regionCodes: readonly string[];
  districtCodes: readonly (string | null)[];
  versions: readonly number[];
  /** Legal form, directions, categories and modes; absent on events queued before the registry sent them (kept as they are). */
  profiles?: OrganizationProfileColumns;
  /** When each was registered (a rebuild knows it); the event's time otherwise. */
  registeredAts?: readonly string[];
}

/** A single organization's profile, as the column-wise shape of a batch of one. */
export function profileColumns(profile: OrganizationProfileFacts | undefined): OrganizationProfileColumns | undefined {
  return profile ? { legalForms: [profile.legalForm], directions: [profile.directions], categories: [profile.categories], modes: [profile.modes] } : undefined;
}

/** Arrays of arrays travel as comma-joined text (PostgreSQL's unnest would flatten a 2-D array); codes hold no commas. */
const joined = (lists: readonly (readonly string[])[] | undefined, count: number) => (lists ? lists.map((list) => list.join(',')) : new Array<null>(count).fill(null));

/**
 * Moves organization facts to the given versions in one statement, as a registry edit does: an
 * unknown organization becomes a fact registered at `occurredAt`, a known one takes the new place,
 * kind and profile, and an older version never overwrites a newer one.
 */
export async function upsertOrganizationFacts(
  manager: EntityManager,
  facts: OrganizationFactVersions,
  occurredAt: string,
  options: { sameVersionWins?: boolean } = {},
): Promise<void> {
  const count = facts.organizationIds.length;
  if (!count) return;
  // A rebuild from the registry's own records also corrects a fact of the same version.
  const newer = options.sameVersionWins ? '<=' : '<';
  const profiles = facts.profiles;
  await manager.query(
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, version, legal_form, directions, categories, modes)
     SELECT organization_id, kind, region_code, district_code, coalesce(registered_at, $6), version, legal_form,
            coalesce(string_to_array(directions, ','), '{}'), coalesce(string_to_array(categories, ','), '{}'), coalesce(string_to_array(modes, ','), '{}')
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $7::text[], $8::text[], $9::text[], $10::text[], $12::timestamptz[])
       AS i(organization_id, kind, region_code, district_code, version, legal_form, directions, categories, modes, registered_at)
     ON CONFLICT (organization_id) DO UPDATE SET kind = EXCLUDED.kind, region_code = EXCLUDED.region_code,
       district_code = EXCLUDED.district_code, version = EXCLUDED.version,
       legal_form = CASE WHEN $11 THEN EXCLUDED.legal_form ELSE analytics.organization_fact.legal_form END,
       directions = CASE WHEN $11 THEN EXCLUDED.directions ELSE analytics.organization_fact.directions END,
       categories = CASE WHEN $11 THEN EXCLUDED.categories ELSE analytics.organization_fact.categories END,
       modes = CASE WHEN $11 THEN EXCLUDED.modes ELSE analytics.organization_fact.modes END,
       registered_at = CASE WHEN $12::timestamptz[] IS NULL THEN analytics.organization_fact.registered_at ELSE EXCLUDED.registered_at END
     WHERE analytics.organization_fact.version IS NULL OR analytics.organization_fact.version ${newer} EXCLUDED.version`,
    [
      facts.organizationIds,
      facts.kinds,
      facts.regionCodes,
      facts.districtCodes,
      facts.versions,
      occurredAt,
      profiles?.legalForms ?? new Array<null>(count).fill(null),
      joined(profiles?.directions, count),
      joined(profiles?.categories, count),
      joined(profiles?.modes, count),
      profiles !== undefined,
      facts.registeredAts ?? null,
    ],
  );
}
