import type { ContactKind } from './registry-vocabulary';
import type { OrganizationKind } from './organization-kind';

/** An organization's registry record changed (any field); carries what other subgraphs copy. */
export interface OrganizationUpdatedPayload {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  districtCode: string | null;
  version: number;
}

/** The front office was in touch with an actor; analytics derives district coverage from these. */
export interface ContactLoggedPayload {
  contactId: string;
  organizationId: string;
  regionCode: string;
  /** The district the contact counts for; null when neither the contact nor the organization has one. */
  districtCode: string | null;
  kind: ContactKind;
  /** YYYY-MM-DD. */
  occurredOn: string;
  toldAboutOffer: boolean;
}

/**
 * Two records were found to be one actor: `mergedId` no longer exists, everything that pointed to
 * it (contacts, checks, requests, figures) now belongs to `keptId`. Consumers re-point their rows.
 */
export interface OrganizationsMergedPayload {
  keptId: string;
  mergedId: string;
  regionCode: string;
  districtCode: string | null;
}
