import type { AssistanceRequestState } from '@birge/shared-reference';
import type { AssistanceRequestEntity } from './assistance-request.entity';

/** The state every request event carries (a request's events go out only once its region is known). */
export function requestState(request: AssistanceRequestEntity): AssistanceRequestState {
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
  };
}
