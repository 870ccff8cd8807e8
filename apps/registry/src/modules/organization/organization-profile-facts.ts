import type { Direction, LegalForm, OrganizationKind, OrganizationProfileFacts, OrganizationUpdatedPayload, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';
import type { OrganizationEntity } from './organization.entity';

/** What the organization events carry for analytics' dimensions (legal form, directions, categories, modes). */
export function profileFactsOf(organization: Pick<OrganizationEntity, 'legalForm' | 'directions' | 'categories' | 'modes'>): OrganizationProfileFacts {
  return {
    legalForm: (organization.legalForm as LegalForm | null) ?? null,
    directions: (organization.directions ?? []) as Direction[],
    categories: (organization.categories ?? []) as VolunteerCategory[],
    modes: (organization.modes ?? []) as VolunteeringMode[],
  };
}

/** The `registry.organization-updated` event of an organization as it was saved. */
export function organizationUpdatedOf(saved: OrganizationEntity): OrganizationUpdatedPayload {
  return {
    organizationId: saved.id,
    name: saved.name,
    kind: saved.kind as OrganizationKind,
    regionCode: saved.regionCode,
    districtCode: saved.districtCode,
    version: saved.version,
    profile: profileFactsOf(saved),
  };
}
