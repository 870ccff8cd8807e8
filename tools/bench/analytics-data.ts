import { REGIONS } from '@birge/shared-reference';
import type { Client } from 'pg';

/** National scale ×1: organizations, requests and contacts of the whole country (the figures ÷ 10). */
export const NATIONAL = { organizations: 10_000, requests: 100_000, contacts: 50_000 };

const DISTRICTS = REGIONS.flatMap((region) => region.districts.map((district) => ({ region: region.code, district: district.code })));
const KINDS = ['NGO', 'INITIATIVE_GROUP', 'INDEPENDENT_VOLUNTEER'];
const DIRECTIONS = ['AYALA', 'ASYL_MURA', 'BILIM', 'QAMQOR', 'SAGLYQ', 'SABAQTASTYQ', 'TAZA_ALEM', 'UMIT', 'MEDIA', 'CULTURE_AND_ARTS'];
const SUBTYPES = [
  ['ADMINISTRATIVE', 'STATE_BODY_LIAISON'],
  ['ADMINISTRATIVE', 'PREMISES_AND_EQUIPMENT'],
  ['CONSULTATIVE', 'ORGANIZATION_REGISTRATION'],
  ['CONSULTATIVE', 'GRANTS_AND_PROGRAMMES'],
  ['INFORMATIONAL', 'MEDIA_PUBLICITY'],
];
/** Most requests end; about one in six is still open, as in a working front office. */
const STATUSES = ['RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'DECLINED', 'WITHDRAWN', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'NEW', 'IN_PROGRESS'];

/**
 * Writes `scale` × national scale of facts straight into the analytics read model, set-based
 * (generate_series), spread over the last three years: organizations with their profile and
 * verification, requests with times, ratings and referrals, contacts. Ids are derived from the
 * row number, so requests and contacts point at organizations that exist.
 */
export async function generateAnalyticsFacts(pg: Client, scale: number): Promise<{ organizations: number; requests: number; contacts: number }> {
  const counts = { organizations: NATIONAL.organizations * scale, requests: NATIONAL.requests * scale, contacts: NATIONAL.contacts * scale };
  const places = [DISTRICTS.map((d) => d.region), DISTRICTS.map((d) => d.district)];
  await pg.query(
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, version, legal_form, directions, categories, modes)
     SELECT md5('o' || i)::uuid, ($3::text[])[1 + i % 3], ($1::text[])[1 + i % cardinality($1::text[])],
            CASE WHEN i % 10 = 0 THEN NULL ELSE ($2::text[])[1 + i % cardinality($2::text[])] END,
            now() - ((i * 7919) % 1095) * interval '1 day', 1,
            CASE WHEN i % 3 = 0 THEN 'PUBLIC_ASSOCIATION' END,
            ARRAY[($4::text[])[1 + i % cardinality($4::text[])], ($4::text[])[1 + (i / 7) % cardinality($4::text[])]],
            ARRAY['MIDDLE'], ARRAY['OFFLINE']
     FROM generate_series(0, $5::int - 1) AS i`,
    [...places, KINDS, DIRECTIONS, counts.organizations],
  );
  await pg.query(
    `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at)
     SELECT md5('o' || i)::uuid, CASE WHEN i % 4 = 0 THEN 'VERIFIED' ELSE 'IN_REVIEW' END, now(), now()
     FROM generate_series(0, $1::int - 1) AS i WHERE i % 2 = 0`,
    [counts.organizations],
  );
  await pg.query(
    `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, outcome, version, submitted_at,
       due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
     SELECT md5('r' || i)::uuid, md5('o' || o)::uuid, ($1::text[])[1 + o % cardinality($1::text[])],
            ($2::text[])[1 + i % 5], ($3::text[])[1 + i % 5], s.status, CASE WHEN s.status = 'RESOLVED' THEN 'INFORMATION_PROVIDED' END, 3, t.at,
            t.at + interval '10 days', t.at + ((i % 72) + 1) * interval '1 hour',
            CASE WHEN s.status = 'RESOLVED' THEN t.at + ((i % 20) + 1) * interval '1 day' END,
            CASE WHEN s.status = 'RESOLVED' AND i % 3 = 0 THEN 1 + i % 5 END, i % 7 / 5, i % 11 / 9
     FROM generate_series(0, $5::int - 1) AS i
     CROSS JOIN LATERAL (SELECT (i * 7) % $6::int AS o) AS org
     CROSS JOIN LATERAL (SELECT ($4::text[])[1 + (i * 13) % cardinality($4::text[])] AS status) AS s
     CROSS JOIN LATERAL (SELECT now() - ((i::bigint * 104729) % (1095 * 24)) * interval '1 hour' AS at) AS t`,
    [places[0], SUBTYPES.map((s) => s[0]), SUBTYPES.map((s) => s[1]), STATUSES, counts.requests, counts.organizations],
  );
  await pg.query(
    `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
     SELECT md5('c' || i)::uuid, md5('o' || o)::uuid, ($1::text[])[1 + o % cardinality($1::text[])],
            CASE WHEN o % 10 = 0 THEN NULL ELSE ($2::text[])[1 + o % cardinality($2::text[])] END,
            'MEETING', (now() - ((i * 31) % 1095) * interval '1 day')::date, i % 2 = 0
     FROM generate_series(0, $3::int - 1) AS i CROSS JOIN LATERAL (SELECT (i * 11) % $4::int AS o) AS org`,
    [...places, counts.contacts, counts.organizations],
  );
  for (const table of ['organization_fact', 'organization_verification', 'request_fact', 'contact_fact']) await pg.query(`VACUUM ANALYZE analytics.${table}`);
  return counts;
}
