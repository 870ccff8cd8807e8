import { enumOf, type EnumValue } from './enum-of';

/** Who may act in Birge. Real login and per-role rules arrive with the security issue. */
export const Role = enumOf([
  'REPUBLICAN_ADMIN',
  'REGIONAL_STAFF',
  'ANALYST',
  'PARTNER',
  /**
   * An organization's contact acting through a portal link: reaches only the `organizationPortal`
   * operations of that one organization, never staff operations.
   */
  'ORGANIZATION_CONTACT',
]);
export type Role = EnumValue<typeof Role>;

/** The verified identity the gateway forwards to every subgraph. */
export interface Identity {
  userId: string;
  role: Role;
  /** The region a regional staff member works in; null for national roles. */
  regionCode: string | null;
  /** A partner's API key scopes (see API_KEY_SCOPES); absent for staff. */
  scopes?: string[];
  /** The API key a partner called with; absent for staff. */
  keyId?: string;
  /** An organization contact's portal link: the organization it acts for; absent for everyone else. */
  organizationId?: string;
  /** An organization contact's portal link id (the link can be revoked); absent for everyone else. */
  portalLinkId?: string;
}
