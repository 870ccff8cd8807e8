import { allowedTransitions, OPEN_ASSISTANCE_STATUSES } from '@birge/shared-reference';
import { AssistanceOutcomeResult, AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from './assistance-enums';
import type { AssistanceRequestEntity } from './assistance-request.entity';
import type { AssistanceRequest } from './assistance-request.type';

/** Open and past its due date at `now`. */
export function isOverdue(entity: Pick<AssistanceRequestEntity, 'status' | 'dueAt'>, now: Date): boolean {
  return entity.dueAt !== null && entity.dueAt.getTime() < now.getTime() && OPEN_ASSISTANCE_STATUSES.includes(entity.status as AssistanceRequestStatus);
}

export function toAssistanceRequest(entity: AssistanceRequestEntity, now: Date = new Date()): AssistanceRequest {
  const status = entity.status as AssistanceRequestStatus;
  return {
    id: entity.id,
    type: entity.type as AssistanceType,
    subtype: entity.subtype as AssistanceSubtype,
    status,
    description: entity.description,
    createdAt: entity.createdAt,
    version: entity.version,
    organization: { id: entity.organizationId },
    region: entity.regionCode ? { code: entity.regionCode } : null,
    regionCode: entity.regionCode,
    wishedForDate: entity.wishedForDate ?? null,
    assigneeId: entity.assigneeId ?? null,
    dueAt: entity.dueAt ?? null,
    overdue: isOverdue({ status: entity.status, dueAt: entity.dueAt ?? null }, now),
    allowedTransitions: [...allowedTransitions(status)],
    outcome:
      entity.outcomeResult && entity.resolvedAt
        ? {
            result: entity.outcomeResult as AssistanceOutcomeResult,
            note: entity.outcomeNote,
            link: entity.outcomeLink,
            resolvedAt: entity.resolvedAt,
            regionCode: entity.regionCode,
          }
        : null,
    rating: entity.rating && entity.ratedAt ? { score: entity.rating, comment: entity.ratingComment, ratedAt: entity.ratedAt, regionCode: entity.regionCode } : null,
    createdBy: entity.createdBy,
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy ?? null,
  };
}
