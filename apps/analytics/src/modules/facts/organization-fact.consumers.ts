import { defineConsumer } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import { profileColumns, upsertOrganizationFacts } from './organization-fact-upsert';
import { upsertOrganizationVerifications } from './organization-verification-upsert';

/**
 * A registration, or a batch of an import's new records. A record known already (an edit or a
 * merge of it arrived first) keeps what it has: those carry newer states, or its tombstone.
 */
async function recordRegistered(manager: EntityManager, event: EventEnvelope<'registry.organization-registered' | 'registry.organizations-imported'>) {
  const p = event.payload;
  const batch =
    'organizationIds' in p
      ? p
      : {
          organizationIds: [p.organizationId],
          kinds: [p.kind],
          regionCodes: [p.regionCode],
          districtCodes: [p.districtCode ?? null],
          profiles: profileColumns(p.profile),
        };
  const profiles = batch.profiles;
  const joined = (lists: string[][] | undefined) => lists?.map((list) => list.join(',')) ?? null;
  await manager.query(
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, legal_form, directions, categories, modes)
     SELECT organization_id, kind, region_code, district_code, $5, legal_form,
            coalesce(string_to_array(directions, ','), '{}'), coalesce(string_to_array(categories, ','), '{}'), coalesce(string_to_array(modes, ','), '{}')
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       AS i(organization_id, kind, region_code, district_code, legal_form, directions, categories, modes)
     ON CONFLICT (organization_id) DO NOTHING`,
    [
      batch.organizationIds,
      batch.kinds,
      batch.regionCodes,
      batch.districtCodes,
      event.occurredAt,
      profiles?.legalForms ?? null,
      joined(profiles?.directions),
      joined(profiles?.categories),
      joined(profiles?.modes),
    ],
  );
}

/**
 * `mergedId` stops counting and stays as a tombstone (with the kept record's kind and place, which
 * do not matter) so a late registration or edit of it changes nothing; what pointed to it points to
 * the kept record, which takes its place after the merge (it may have taken the merged one's district).
 */
async function recordMerge(manager: EntityManager, event: EventEnvelope<'registry.organizations-merged'>) {
  const p = event.payload;
  if (p.keptKind && p.keptVersion) {
    await upsertOrganizationFacts(
      manager,
      {
        organizationIds: [p.keptId],
        kinds: [p.keptKind],
        regionCodes: [p.regionCode],
        districtCodes: [p.districtCode],
        versions: [p.keptVersion],
        profiles: profileColumns(p.keptProfile),
      },
      event.occurredAt,
    );
  } else {
    await manager.query(`UPDATE analytics.organization_fact SET region_code = $2, district_code = $3 WHERE organization_id = $1`, [p.keptId, p.regionCode, p.districtCode]);
  }
  await manager.query(
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, merged_into)
     SELECT $1::uuid, COALESCE($3::text, (SELECT kind FROM analytics.organization_fact WHERE organization_id = $2::uuid), ''), $4::text, $5::text, $6::timestamptz, $2::uuid
     ON CONFLICT (organization_id) DO UPDATE SET merged_into = EXCLUDED.merged_into`,
    [p.mergedId, p.keptId, p.keptKind ?? null, p.regionCode, p.districtCode, event.occurredAt],
  );
  await manager.query(`UPDATE analytics.organization_fact SET merged_into = $1 WHERE merged_into = $2`, [p.keptId, p.mergedId]);
  await manager.query(`UPDATE analytics.contact_fact SET organization_id = $1 WHERE organization_id = $2`, [p.keptId, p.mergedId]);
  await manager.query(`UPDATE analytics.request_fact SET organization_id = $1 WHERE organization_id = $2`, [p.keptId, p.mergedId]);
  await manager.query(`UPDATE analytics.booking_fact SET organization_id = $1 WHERE organization_id = $2`, [p.keptId, p.mergedId]);
}

/** The registry's organization events, turned into organization facts that never go back to an older state. */
export const organizationFactConsumers = [
  defineConsumer({ event: 'registry.organization-registered', handle: recordRegistered }),
  defineConsumer({
    event: 'registry.organizations-imported',
    // A few thousand records in one statement; changed ones move like an edit does (never back to an older version).
    handle: (manager, event) => (event.payload.change === 'REGISTERED' ? recordRegistered(manager, event) : upsertOrganizationFacts(manager, event.payload, event.occurredAt)),
  }),
  defineConsumer({
    event: 'registry.organization-updated',
    handle: (manager, event) => {
      const p = event.payload;
      return upsertOrganizationFacts(
        manager,
        {
          organizationIds: [p.organizationId],
          kinds: [p.kind],
          regionCodes: [p.regionCode],
          districtCodes: [p.districtCode],
          versions: [p.version],
          profiles: profileColumns(p.profile),
        },
        event.occurredAt,
      );
    },
  }),
  defineConsumer({ event: 'registry.organizations-merged', handle: recordMerge }),
  defineConsumer({
    event: 'registry.organization-verification-changed',
    handle: (manager, event) => upsertOrganizationVerifications(manager, [event.payload]),
  }),
];
