import type { OrganizationEntity } from './organization.entity';
import { Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from './organization-enums';
import type { Organization } from './organization.type';

export function toOrganization(entity: OrganizationEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    nameKk: entity.nameKk ?? null,
    nameRu: entity.nameRu ?? null,
    nameLatin: entity.nameLatin ?? null,
    kind: entity.kind as OrganizationKind,
    legalForm: (entity.legalForm ?? null) as LegalForm | null,
    bin: entity.bin ?? null,
    qazvolunteerId: entity.qazvolunteerId ?? null,
    directions: entity.directions as Direction[],
    categories: (entity.categories ?? []) as VolunteerCategory[],
    modes: (entity.modes ?? []) as VolunteeringMode[],
    description: entity.description ?? null,
    contactPeople: (entity.contactPeople ?? []).map((person) => ({
      ...person,
      role: person.role ?? null,
      emailConsent: person.emailConsent === true,
      emailConsentAt: person.emailConsent && person.emailConsentAt ? new Date(person.emailConsentAt) : null,
      regionCode: entity.regionCode,
    })),
    volunteerCount: entity.volunteerCount ?? null,
    foundedOn: entity.foundedOn ?? null,
    status: (entity.status ?? 'ACTIVE') as OrganizationStatus,
    regionCode: entity.regionCode,
    districtCode: entity.districtCode,
    createdAt: entity.createdAt,
    createdBy: entity.createdBy,
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy ?? null,
    version: entity.version,
    storedVerificationStatus: entity.verificationStatus ?? 'UNVERIFIED',
    verifiedAt: entity.verifiedAt ?? null,
  };
}
