import { AssistanceRequestStatus, AssistanceSubtype, AssistanceType } from './assistance-enums';
import type { AssistanceRequestEntity } from './assistance-request.entity';
import type { AssistanceRequest } from './assistance-request.type';

export function toAssistanceRequest(entity: AssistanceRequestEntity): AssistanceRequest {
  return {
    id: entity.id,
    type: entity.type as AssistanceType,
    subtype: entity.subtype as AssistanceSubtype,
    status: entity.status as AssistanceRequestStatus,
    description: entity.description,
    createdAt: entity.createdAt,
    version: entity.version,
    organization: { id: entity.organizationId },
    regionCode: entity.regionCode,
  };
}
