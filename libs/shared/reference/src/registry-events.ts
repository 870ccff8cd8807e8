import type { ContactKind, VerificationStatus } from './registry-vocabulary';
import type { OrganizationKind } from './organization-kind';
import type { OrganizationProfileColumns, OrganizationProfileFacts } from './organization-profile-facts';

/** An organization was registered (the form, or the API); carries what other subgraphs copy. */
export interface OrganizationRegisteredPayload {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  districtCode: string | null;
  /** Legal form, directions, categories and modes; absent on events queued before the registry sent them. */
  profile?: OrganizationProfileFacts;
  /** Who registered it (a user id); absent on events queued before producers sent it. Notifications never go to the actor. */
  actorId?: string | null;
}

/** An organization's registry record changed (any field); carries what other subgraphs copy. */
export interface OrganizationUpdatedPayload {
  organizationId: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  districtCode: string | null;
  version: number;
  /** Legal form, directions, categories and modes after the change; absent on events queued before the registry sent them. */
  profile?: OrganizationProfileFacts;
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
  /** The kept record's region and district after the merge (it may take the merged one's district). */
  regionCode: string;
  districtCode: string | null;
  /** The kept record's kind, and its version after the merge (absent in events published before they were added). */
  keptKind?: OrganizationKind;
  keptVersion?: number;
  /** The kept record's legal form, directions, categories and modes after the merge (absent in events published before they were added). */
  keptProfile?: OrganizationProfileFacts;
}

/**
 * One batch of a bulk import (registry CSV import): up to a few thousand organizations the import
 * created (`change: 'REGISTERED'`, what `registry.organization-registered` says of one record) or
 * changed (`'UPDATED'`, what `registry.organization-updated` says, with the version after it).
 * Column-wise, so consumers store a batch with one set-based statement (unnest of the arrays):
 * entry i of every array is the same organization. A single create keeps its per-record event.
 */
export interface OrganizationsImportedPayload {
  /** The import run; every batch of one file carries the same id. */
  importId: string;
  /** 0-based position of this batch among the import's batches of the same `change`. */
  batch: number;
  change: 'REGISTERED' | 'UPDATED';
  organizationIds: string[];
  kinds: OrganizationKind[];
  regionCodes: string[];
  districtCodes: (string | null)[];
  /** The record's version after the import (1 for a new record). */
  versions: number[];
  /** Legal forms, directions, categories and modes (absent on events queued before the registry sent them). */
  profiles?: OrganizationProfileColumns;
}

/**
 * An organization's verification status was derived anew (a check recorded or changed, a decision,
 * a merge). Carries the stored status (VERIFIED, not its EXPIRED reading) and when it was derived,
 * which orders two changes of one organization (the registry derives them under the record's lock).
 */
export interface OrganizationVerificationChangedPayload {
  organizationId: string;
  regionCode: string;
  status: VerificationStatus;
  /** ISO 8601; set while VERIFIED. */
  verifiedAt: string | null;
  /** ISO 8601: when the status was derived. */
  changedAt: string;
  /** The stored status before this derivation; absent on events queued before producers sent it. */
  previousStatus?: VerificationStatus;
  /** Who recorded the check or decision (a user id); absent on events queued before producers sent it. */
  actorId?: string | null;
}

/**
 * A verified organization's verification runs out within days (REGISTRY_REVERIFY_AFTER_MONTHS
 * after it was obtained): the region's staff should check it again. Raised once per verification
 * by the registry's daily sweep.
 */
export interface VerificationExpiringPayload {
  organizationId: string;
  regionCode: string;
  districtCode: string | null;
  verifiedAt: string;
  /** ISO 8601: when it turns EXPIRED. */
  expiresAt: string;
  daysLeft: number;
}

/**
 * No organization of a district has been contacted within the contact window
 * (REGISTRY_CONTACT_WINDOW_MONTHS) although it has organizations: the district's contacts went
 * stale. Raised once per district and stale spell (a new contact ends it) by the registry's sweep.
 */
export interface DistrictContactsStalePayload {
  regionCode: string;
  districtCode: string;
  /** The newest contact with an organization of the district (YYYY-MM-DD); null: never. */
  lastContactOn: string | null;
  organizations: number;
  windowMonths: number;
}
