import {
  ASSISTANCE_CATALOG,
  AssistanceRequestStatus as ReferenceStatus,
  AssistanceType as ReferenceAssistanceType,
  Direction as ReferenceDirection,
  OrganizationKind as ReferenceOrganizationKind,
} from '@birge/shared-reference';
import type { AssistanceRequestStatus, AssistanceSubtype, AssistanceType, Direction, OrganizationKind } from '../../gql/graphql';

// The API's enums and the shared reference enums carry the same values; the shared library is the
// single place that knows the order of the lists and which sub-type belongs to which type.
export const DIRECTIONS: readonly Direction[] = Object.values(ReferenceDirection);
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.values(ReferenceOrganizationKind);
export const ASSISTANCE_TYPES: readonly AssistanceType[] = Object.values(ReferenceAssistanceType);
export const ASSISTANCE_STATUSES: readonly AssistanceRequestStatus[] = Object.values(ReferenceStatus);

export function subtypesOf(type: AssistanceType): readonly AssistanceSubtype[] {
  return ASSISTANCE_CATALOG[type as ReferenceAssistanceType];
}

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

export function isOrganizationKind(value: string): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(value);
}

export function isAssistanceType(value: string): value is AssistanceType {
  return (ASSISTANCE_TYPES as readonly string[]).includes(value);
}
