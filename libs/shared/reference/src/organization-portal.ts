import type { Locale } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/**
 * An organization's portal link: a contact who agreed to hear from the front office gets, by
 * e-mail, a signed link that lets them act for their own organization (ask for help, follow it,
 * rate it, propose changes of the public profile, unsubscribe) without a staff account.
 */

/** How long a portal link stays valid when staff do not say (days), and the longest allowed. */
export const PORTAL_LINK_DEFAULT_DAYS = 30;
export const PORTAL_LINK_MAX_DAYS = 90;

/** Why the gateway refuses a portal link (extensions.reason of the UNAUTHENTICATED refusal). */
export const PortalLinkRefusal = enumOf(['PORTAL_LINK_EXPIRED', 'PORTAL_LINK_REVOKED', 'PORTAL_LINK_INVALID']);
export type PortalLinkRefusal = EnumValue<typeof PortalLinkRefusal>;

/** A link's state as the registry keeps it (the gateway asks it on every use, and keeps no answer). */
export type PortalLinkState = 'ACTIVE' | 'REVOKED' | 'EXPIRED' | 'UNKNOWN';

/** `registry.portal-link-issued`: the notifications subgraph e-mails the link to the contact. */
export interface PortalLinkIssuedPayload {
  linkId: string;
  organizationId: string;
  organizationName: string;
  regionCode: string;
  contactName: string | null;
  email: string;
  language: Locale;
  /** The page the contact opens: the dashboard's portal with the signed token. */
  url: string;
  expiresAt: string;
  actorId: string;
}
