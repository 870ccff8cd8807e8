import type { AssistanceRequestState } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';

/**
 * Stores the newest state of requests, in one statement: an unknown request becomes a fact, a known
 * one takes a state of a higher version and ignores a lower one (request events travel on separate
 * queues, so a status change may arrive before the submission, or two changes the other way round).
 * A request of an organization merged away counts for the kept one.
 */
export async function upsertRequestFacts(
  manager: EntityManager,
  states: readonly AssistanceRequestState[],
  options: { sameVersionWins?: boolean } = {},
): Promise<void> {
  if (!states.length) return;
  // A rebuild from assistance's own records also corrects a fact of the same version.
  const newer = options.sameVersionWins ? '<=' : '<';
  const column = <K extends keyof AssistanceRequestState>(key: K) => states.map((state) => state[key]);
  await manager.query(
    `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, outcome, assignee_id, version, submitted_at)
     SELECT i.request_id, COALESCE(o.merged_into, i.organization_id), i.region_code, i.type, i.subtype, i.status, i.outcome, i.assignee_id, i.version, i.submitted_at
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::timestamptz[])
       AS i(request_id, organization_id, region_code, type, subtype, status, outcome, assignee_id, version, submitted_at)
     LEFT JOIN analytics.organization_fact o ON o.organization_id = i.organization_id
     ON CONFLICT (request_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, region_code = EXCLUDED.region_code,
       status = EXCLUDED.status, outcome = EXCLUDED.outcome, assignee_id = EXCLUDED.assignee_id, version = EXCLUDED.version
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
    ],
  );
}
