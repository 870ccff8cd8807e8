import type { AssistanceRequestState } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/**
 * Stores the newest state of requests, in one statement: an unknown request becomes a fact, a known
 * one takes a state of a higher version and ignores a lower one (request events travel on separate
 * queues, so a status change may arrive before the submission, or two changes the other way round).
 * A request of an organization merged away counts for the kept one.
 */
export async function upsertRequestFacts(manager: EntityManager, states: readonly AssistanceRequestState[], options: { sameVersionWins?: boolean } = {}): Promise<void> {
  if (!states.length) return;
  // A rebuild from assistance's own records also corrects a fact of the same version.
  const newer = options.sameVersionWins ? '<=' : '<';
  const column = <K extends keyof AssistanceRequestState>(key: K) => states.map((state) => state[key] ?? null);
  await manager.query(
    `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, outcome, assignee_id, version, submitted_at,
       due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
     SELECT i.request_id, COALESCE(o.merged_into, i.organization_id), i.region_code, i.type, i.subtype, i.status, i.outcome, i.assignee_id, i.version, i.submitted_at,
       i.due_at, i.first_response_at, i.resolved_at, i.rating, coalesce(i.referral_count, 0), coalesce(i.answered_referral_count, 0)
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::timestamptz[],
       $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::int[], $15::int[], $16::int[])
       AS i(request_id, organization_id, region_code, type, subtype, status, outcome, assignee_id, version, submitted_at,
         due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
     LEFT JOIN analytics.organization_fact o ON o.organization_id = i.organization_id
     ON CONFLICT (request_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, region_code = EXCLUDED.region_code,
       status = EXCLUDED.status, outcome = EXCLUDED.outcome, assignee_id = EXCLUDED.assignee_id, version = EXCLUDED.version,
       -- States sent before assistance carried these figures leave them as they were.
       due_at = coalesce(EXCLUDED.due_at, analytics.request_fact.due_at),
       first_response_at = coalesce(EXCLUDED.first_response_at, analytics.request_fact.first_response_at),
       resolved_at = coalesce(EXCLUDED.resolved_at, analytics.request_fact.resolved_at),
       rating = coalesce(EXCLUDED.rating, analytics.request_fact.rating),
       referral_count = greatest(EXCLUDED.referral_count, analytics.request_fact.referral_count),
       answered_referral_count = greatest(EXCLUDED.answered_referral_count, analytics.request_fact.answered_referral_count)
     WHERE analytics.request_fact.version IS NULL OR analytics.request_fact.version ${newer} EXCLUDED.version`,
    [
      column('requestId'),
      column('organizationId'),
      column('regionCode'),
      column('type'),
      column('subtype'),
      column('status'),
      column('outcome'),
      column('assigneeId'),
      column('version'),
      column('submittedAt'),
      column('dueAt'),
      column('firstResponseAt'),
      column('resolvedAt'),
      column('rating'),
      column('referralCount'),
      column('answeredReferralCount'),
    ],
  );
}
