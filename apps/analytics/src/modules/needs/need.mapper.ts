import { allowedNeedTransitions } from '@birge/shared-reference';
import { NeedKind, NeedStatus, NeedTheme } from './need-enums';
import type { NeedCommentEntity } from './need-comment.entity';
import type { NeedComment } from './need-comment.type';
import type { NeedEntity } from './need.entity';
import type { NeedStatusChangeEntity } from './need-status-change.entity';
import type { NeedStatusChange } from './need-status-change.type';
import type { Need } from './need.type';

export function toNeed(entity: NeedEntity): Need {
  const status = entity.status as NeedStatus;
  return {
    id: entity.id,
    region: { code: entity.regionCode },
    district: entity.districtCode ? { code: entity.districtCode } : null,
    regionCode: entity.regionCode,
    theme: entity.theme as NeedTheme,
    kind: entity.kind as NeedKind,
    narrative: entity.narrative,
    firstNoticedOn: entity.firstNoticedOn,
    status,
    allowedTransitions: [...allowedNeedTransitions(status)],
    evidence: {
      organizationIds: entity.organizationIds,
      organizations: entity.organizationIds.map((id) => ({ id })),
      contactIds: entity.contactIds,
      assistanceRequestIds: entity.assistanceRequestIds,
      assistanceRequests: entity.assistanceRequestIds.map((id) => ({ id })),
      trainingIds: entity.trainingIds,
      trainings: entity.trainingIds.map((id) => ({ id })),
    },
    createdAt: entity.createdAt,
    createdBy: entity.createdBy,
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy,
    version: entity.version,
  };
}

export function toNeedStatusChange(entity: NeedStatusChangeEntity, regionCode: string): NeedStatusChange {
  return { ...entity, fromStatus: entity.fromStatus as NeedStatus | null, toStatus: entity.toStatus as NeedStatus, regionCode };
}

export function toNeedComment(entity: NeedCommentEntity, regionCode: string): NeedComment {
  return { ...entity, regionCode };
}
