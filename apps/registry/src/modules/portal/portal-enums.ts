import { registerEnumType } from 'type-graphql';

/** Where a portal link stands. */
export enum PortalLinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(PortalLinkStatus, {
  name: 'PortalLinkStatus',
  description: "Where an organization's portal link stands.",
  valuesConfig: {
    ACTIVE: { description: 'Opens the portal until it expires.' },
    EXPIRED: { description: 'Past its expiry: refused with PORTAL_LINK_EXPIRED.' },
    REVOKED: { description: 'Revoked by staff or by the contact unsubscribing: refused with PORTAL_LINK_REVOKED.' },
  },
});

/** Where a proposed profile change stands. */
export enum ProfileProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

registerEnumType(ProfileProposalStatus, {
  name: 'ProfileProposalStatus',
  description: "A change of an organization's public profile its contact proposed through the portal, as staff decided it.",
  valuesConfig: {
    PENDING: { description: "Waiting for the region's staff." },
    ACCEPTED: { description: 'Accepted: the profile now shows it.' },
    DECLINED: { description: 'Declined, with the reason in decisionNote.' },
  },
});

/** The language of the portal link's e-mail. */
export enum PortalLanguage {
  kk = 'kk',
  ru = 'ru',
  en = 'en',
}

registerEnumType(PortalLanguage, {
  name: 'PortalLanguage',
  description: "The language of the portal link's e-mail.",
  valuesConfig: { kk: { description: 'Kazakh.' }, ru: { description: 'Russian.' }, en: { description: 'English.' } },
});
