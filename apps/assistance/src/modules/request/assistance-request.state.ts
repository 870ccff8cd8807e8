import type { AssistanceRequestState } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import type { AssistanceRequestEntity } from './assistance-request.entity';

/** What a request's state counts from other tables than the request's own. */
export interface RequestStateFigures {
  firstResponseAt: string | null;
  referralCount: number;
  answeredReferralCount: number;
}

/** A request just submitted: no response, no referral yet. */
export const NO_STATE_FIGURES: RequestStateFigures = { firstResponseAt: null, referralCount: 0, answeredReferralCount: 0 };

/**
 * The first response (the first status change out of NEW) and the referrals of a request, read in
 * the transaction of the change, so the state its event carries is the request as committed.
 */
export async function requestStateFigures(manager: EntityManager, requestId: string): Promise<RequestStateFigures> {
  const [row]: { firstResponseAt: Date | null; referralCount: number; answeredReferralCount: number }[] = await manager.query(
    `SELECT (SELECT min(at) FROM assistance.request_timeline_entry WHERE request_id = $1 AND kind = 'STATUS_CHANGED' AND from_status = 'NEW') AS "firstResponseAt",
            (SELECT count(*)::int FROM assistance.state_body_referral WHERE request_id = $1) AS "referralCount",
            (SELECT count(*)::int FROM assistance.state_body_referral WHERE request_id = $1 AND answered_on IS NOT NULL) AS "answeredReferralCount"`,
    [requestId],
  );
  return {
    firstResponseAt: row.firstResponseAt ? new Date(row.firstResponseAt).toISOString() : null,
    referralCount: row.referralCount,
    answeredReferralCount: row.answeredReferralCount,
  };
}

/** The state every request event carries (a request's events go out only once its region is known). */
export function requestState(request: AssistanceRequestEntity, figures: RequestStateFigures): AssistanceRequestState {
  if (!request.regionCode) throw new Error(`request ${request.id} has no region yet; its events wait for it`);
  return {
    requestId: request.id,
    organizationId: request.organizationId,
    regionCode: request.regionCode,
    type: request.type as AssistanceRequestState['type'],
    subtype: request.subtype as AssistanceRequestState['subtype'],
    status: request.status as AssistanceRequestState['status'],
    outcome: (request.outcomeResult as AssistanceRequestState['outcome']) ?? null,
    assigneeId: request.assigneeId,
    version: request.version,
    submittedAt: request.createdAt.toISOString(),
    dueAt: request.dueAt?.toISOString() ?? null,
    resolvedAt: request.resolvedAt?.toISOString() ?? null,
    rating: request.rating ?? null,
    ...figures,
  };
}
