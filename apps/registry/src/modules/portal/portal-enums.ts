import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** Where a portal link stands. */
export const PortalLinkStatus = graphqlEnum('PortalLinkStatus', "Where an organization's portal link stands.", {
  ACTIVE: 'Opens the portal until it expires.',
  EXPIRED: 'Past its expiry: refused with PORTAL_LINK_EXPIRED.',
  REVOKED: 'Revoked by staff or by the contact unsubscribing: refused with PORTAL_LINK_REVOKED.',
});
export type PortalLinkStatus = EnumValue<typeof PortalLinkStatus>;

/** Where a proposed profile change stands. */
export const ProfileProposalStatus = graphqlEnum(
  'ProfileProposalStatus',
  "A change of an organization's public profile its contact proposed through the portal, as staff decided it.",
  {
    PENDING: "Waiting for the region's staff.",
    ACCEPTED: 'Accepted: the profile now shows it.',
    DECLINED: 'Declined, with the reason in decisionNote.',
  },
);
export type ProfileProposalStatus = EnumValue<typeof ProfileProposalStatus>;

/** The language of the portal link's e-mail. */
export const PortalLanguage = graphqlEnum('PortalLanguage', "The language of the portal link's e-mail.", {
  kk: 'Kazakh.',
  ru: 'Russian.',
  en: 'English.',
});
export type PortalLanguage = EnumValue<typeof PortalLanguage>;
