import {
  ASSISTANCE_CATALOG,
  AssistanceRequestStatus as ReferenceStatus,
  AssistanceType as ReferenceAssistanceType,
  CheckOutcome as ReferenceCheckOutcome,
  ContactKind as ReferenceContactKind,
  Direction as ReferenceDirection,
  LegalForm as ReferenceLegalForm,
  OrganizationKind as ReferenceOrganizationKind,
  OrganizationStatus as ReferenceOrganizationStatus,
  VerificationMethod as ReferenceVerificationMethod,
  VerificationStatus as ReferenceVerificationStatus,
  VolunteerCategory as ReferenceVolunteerCategory,
  VolunteeringMode as ReferenceVolunteeringMode,
} from '@birge/shared-reference';
import type {
  AssistanceRequestStatus,
  AssistanceSubtype,
  AssistanceType,
  CheckOutcome,
  ContactKind,
  ContactRecency,
  Direction,
  LegalForm,
  OrganizationKind,
  OrganizationOrder,
  OrganizationStatus,
  VerificationMethod,
  VerificationStatus,
  VolunteerCategory,
  VolunteeringMode,
} from '../../gql/graphql';

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

export const LEGAL_FORMS: readonly LegalForm[] = Object.values(ReferenceLegalForm);
export const VOLUNTEER_CATEGORIES: readonly VolunteerCategory[] = Object.values(ReferenceVolunteerCategory);
export const VOLUNTEERING_MODES: readonly VolunteeringMode[] = Object.values(ReferenceVolunteeringMode);
export const ORGANIZATION_STATUSES: readonly OrganizationStatus[] = Object.values(ReferenceOrganizationStatus);
export const CONTACT_KINDS: readonly ContactKind[] = Object.values(ReferenceContactKind);
export const VERIFICATION_METHODS: readonly VerificationMethod[] = Object.values(ReferenceVerificationMethod);
export const CHECK_OUTCOMES: readonly CheckOutcome[] = Object.values(ReferenceCheckOutcome);
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = Object.values(ReferenceVerificationStatus);
export const CONTACT_RECENCIES: readonly ContactRecency[] = ['RECENT', 'STALE', 'NEVER'];
export const ORGANIZATION_ORDERS: readonly OrganizationOrder[] = ['NEWEST', 'OLDEST', 'NAME', 'RECENTLY_UPDATED', 'RELEVANCE'];

/** A guard for one of the lists above: `oneOf(LEGAL_FORMS)(value)`. */
export function oneOf<T extends string>(values: readonly T[]): (value: string | null | undefined) => value is T {
  return (value): value is T => value != null && (values as readonly string[]).includes(value);
}
