import type { GenerateContext } from '../context';
import { bulkWrite } from '../bulk';
import { GENERATED_RANGE } from '../ids';

/**
 * The analytics read model of the generated records, in the shape its consumers and its rebuild
 * (apps/analytics/src/modules/rebuild) give it, computed set-based from the records just written
 * in the same transaction, so it equals the sources by construction:
 * - an organization's fact and verification (the stored status: VERIFIED also for an expired one);
 * - a contact counts for its district's region, or its organization's when it has no district;
 * - a request (with a region) takes its first response from the first status change out of NEW,
 *   its resolution time from its outcome, its rating and how many referrals it has and how many
 *   were answered;
 * - a training counts its seats, the participants registered and those who came;
 * - a booking counts for its resource's region and kind.
 * analytics.region_figures and the monthly rollups follow by their own triggers.
 */
export async function writeAnalytics(ctx: GenerateContext): Promise<Record<string, number>> {
  /** One statement filling `table` with about `rows` facts. */
  const q = async (step: string, sql: string, table?: string, rows = 0) => {
    ctx.progress(`analytics: ${step}`, 0, 1);
    const run = () => ctx.client.query(sql, sql.includes('$3') ? [...GENERATED_RANGE, ctx.asOf] : [...GENERATED_RANGE]);
    const result = table ? await bulkWrite(ctx, table, rows, run) : await run();
    ctx.progress(`analytics: ${step}`, 1, 1);
    return result.rowCount ?? 0;
  };
  const counts: Record<string, number> = {};
  counts.organizations = await q(
    'organizations',
    `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at, version, merged_into, legal_form, directions, categories, modes)
     SELECT id, kind, region_code, district_code, created_at, version, NULL, legal_form, directions, categories, modes
     FROM registry.organization WHERE id BETWEEN $1 AND $2`,
  );
  counts.verifications = await q(
    'verification',
    `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at)
     SELECT id, verification_status, verified_at, $3::timestamptz FROM registry.organization WHERE id BETWEEN $1 AND $2`,
  );
  counts.contacts = await q(
    'contacts',
    `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
     SELECT c.id, c.organization_id, coalesce(d.region_code, o.region_code), c.district_code, c.kind, c.occurred_on, c.told_about_offer
     FROM registry.contact c JOIN registry.organization o ON o.id = c.organization_id LEFT JOIN registry.district d ON d.code = c.district_code
     WHERE c.id BETWEEN $1 AND $2`,
    'analytics.contact_fact',
    ctx.plan.contacts,
  );
  counts.requests = await q(
    'requests',
    `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, outcome, assignee_id, version, submitted_at,
       due_at, first_response_at, resolved_at, rating, referral_count, answered_referral_count)
     SELECT r.id, r.organization_id, r.region_code, r.type, r.subtype, r.status, r.outcome_result, r.assignee_id, r.version, r.created_at,
       r.due_at, t.first_response_at, CASE WHEN r.outcome_result IS NOT NULL THEN r.resolved_at END, r.rating, coalesce(f.referrals, 0), coalesce(f.answered, 0)
     FROM assistance.assistance_request r
     LEFT JOIN (SELECT request_id, min(at) AS first_response_at FROM assistance.request_timeline_entry
                WHERE request_id BETWEEN $1 AND $2 AND kind = 'STATUS_CHANGED' AND from_status = 'NEW' GROUP BY request_id) t ON t.request_id = r.id
     LEFT JOIN (SELECT request_id, count(*) AS referrals, count(answered_on) AS answered FROM assistance.state_body_referral
                WHERE request_id BETWEEN $1 AND $2 GROUP BY request_id) f ON f.request_id = r.id
     WHERE r.id BETWEEN $1 AND $2 AND r.region_code IS NOT NULL`,
    'analytics.request_fact',
    ctx.plan.requests,
  );
  counts.trainings = await q(
    'trainings',
    `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at)
     SELECT t.id, t.region_code, t.starts_at, t.status, t.capacity,
       coalesce(sum(g.participants) FILTER (WHERE g.status = 'REGISTERED'), 0),
       coalesce(sum(coalesce(g.attended_participants, g.participants)) FILTER (WHERE g.status = 'REGISTERED' AND g.attendance = 'ATTENDED'), 0),
       $3::timestamptz
     FROM assistance.training t LEFT JOIN assistance.training_registration g ON g.training_id = t.id
     WHERE t.id BETWEEN $1 AND $2 GROUP BY t.id`,
  );
  counts.bookings = await q(
    'bookings',
    `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status)
     SELECT b.id, b.resource_id, s.kind, b.organization_id, s.region_code, lower(b.period), upper(b.period), b.status
     FROM assistance.booking b JOIN assistance.bookable_resource s ON s.id = b.resource_id
     WHERE b.id BETWEEN $1 AND $2`,
  );
  return counts;
}
