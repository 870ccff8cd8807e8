import { bulkWrite } from '../bulk';
import { copyRows, type CopyValue } from '../copy';
import type { GenerateContext, GeneratedOrganizations, GeneratedStaff } from '../context';
import { generatedId } from '../ids';
import { requestRecords } from './request-records';

const at = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Assistance requests with their status histories, assignments, comments, referrals to state
 * bodies and their answers, outcomes and ratings: one pass over the requests per table.
 */
export async function writeRequests(
  ctx: GenerateContext,
  organizations: GeneratedOrganizations,
  staff: GeneratedStaff,
): Promise<{ requests: number; timeline: number; referrals: number }> {
  const total = ctx.plan.requests;
  const requests = await bulkWrite(ctx, 'assistance.assistance_request', total, () =>
    copyRows(
      ctx.client,
      'assistance.assistance_request',
      [
        'id',
        'organization_id',
        'region_code',
        'type',
        'subtype',
        'status',
        'description',
        'created_at',
        'updated_at',
        'created_by',
        'version',
        'assignee_id',
        'due_at',
        'overdue_raised_at',
        'updated_by',
        'outcome_result',
        'outcome_note',
        'outcome_link',
        'resolved_at',
        'rating',
        'rating_comment',
        'rated_at',
      ],
      (function* () {
        for (const r of requestRecords(ctx, organizations, staff)) {
          if (r.serial % 20000 === 0) ctx.progress('requests', r.serial, total);
          yield [
            r.id,
            r.organizationId,
            r.regionCode,
            r.type,
            r.subtype,
            r.status,
            r.description,
            at(r.createdAt),
            at(r.updatedAt),
            r.createdBy,
            r.version,
            r.assigneeId,
            at(r.dueAt),
            at(r.overdueRaisedAt),
            r.updatedBy,
            r.outcomeResult,
            r.outcomeNote,
            r.outcomeLink,
            at(r.resolvedAt),
            r.rating,
            r.ratingComment,
            at(r.ratedAt),
          ] as CopyValue[];
        }
      })(),
    ),
  );
  ctx.progress('requests', total, total);
  // Referrals before the timeline: its REFERRED entries point at them.
  const referrals = await copyRows(
    ctx.client,
    'assistance.state_body_referral',
    ['id', 'request_id', 'state_body', 'referred_on', 'note', 'answer', 'answered_on', 'created_by', 'created_at', 'answered_by'],
    (function* () {
      for (const r of requestRecords(ctx, organizations, staff)) {
        for (const f of r.referrals) yield [f.id, r.id, f.stateBody, f.referredOn, f.note, f.answer, f.answeredOn, f.createdBy, at(f.createdAt), f.answeredBy] as CopyValue[];
      }
    })(),
  );
  let serial = 0;
  // About four entries a request.
  const timeline = await bulkWrite(ctx, 'assistance.request_timeline_entry', 4 * total, () =>
    copyRows(
      ctx.client,
      'assistance.request_timeline_entry',
      ['id', 'request_id', 'kind', 'at', 'author_id', 'text', 'from_status', 'to_status', 'assignee_id', 'referral_id'],
      (function* () {
        for (const r of requestRecords(ctx, organizations, staff)) {
          if (r.serial % 20000 === 0) ctx.progress('request histories', r.serial, total);
          for (const e of r.timeline)
            yield [generatedId('timeline', ++serial), r.id, e.kind, at(e.at), e.authorId, e.text, e.fromStatus, e.toStatus, e.assigneeId, e.referralId] as CopyValue[];
        }
      })(),
    ),
  );
  ctx.progress('request histories', total, total);
  return { requests, timeline, referrals };
}
