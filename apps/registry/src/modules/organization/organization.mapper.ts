import { Direction, OrganizationKind } from './organization-enums';
import type { OrganizationEntity } from './organization.entity';
import type { Organization } from './organization.type';

export function toOrganization(entity: OrganizationEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind as OrganizationKind,
    directions: entity.directions as Direction[],
    regionCode: entity.regionCode,
    districtCode: entity.districtCode,
    createdAt: entity.createdAt,
    version: entity.version,
  };
}
