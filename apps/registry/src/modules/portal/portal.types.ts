import { Direction } from '../organization/organization-enums';
import { ListSize } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PortalLanguage, PortalLinkStatus, ProfileProposalStatus } from './portal-enums';

@ObjectType({ description: "A portal link staff issued for an organization's consenting contact. The signed token is shown once, when issued." })
export class OrganizationPortalLink {
  @Field(() => ID, { description: 'The link.' })
  id: string;

  @Field(() => ID, { description: 'The organization the link acts for (only that one).' })
  organizationId: string;

  @Field({ description: 'The contact the link is for; every action through it is attributed to this address.' })
  contactEmail: string;

  @Field(() => String, { nullable: true, description: "The contact's name, as the registry had it when the link was issued." })
  contactName: string | null;

  @Field(() => PortalLanguage, { description: 'The language of its e-mail and of the portal page it opens first.' })
  language: PortalLanguage;

  @Field({ description: 'Who issued it (a staff user id).' })
  issuedBy: string;

  @Field({ description: 'When it was issued.' })
  issuedAt: Date;

  @Field({ description: 'When it stops opening the portal (PORTAL_LINK_EXPIRED after).' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who revoked it: a staff user id, or portal:<e-mail> when the contact unsubscribed.' })
  revokedBy: string | null;

  @Field(() => PortalLinkStatus, { description: 'Active, expired or revoked, now.' })
  status: PortalLinkStatus;
}

@ObjectType({ description: 'A portal link just issued, with its address: shown once, and e-mailed to the contact.' })
export class IssuedOrganizationPortalLink {
  @Field(() => OrganizationPortalLink, { description: 'The stored link.' })
  link: OrganizationPortalLink;

  @Field({ description: 'The portal page with the signed token (#/portal?token=…). Not stored: only this answer and the e-mail carry it.' })
  url: string;
}

@ObjectType({ description: "A change of an organization's public profile its contact proposed through the portal, for staff to accept or decline." })
export class ProfileChangeProposal {
  @Field(() => ID, { description: 'The proposal.' })
  id: string;

  @Field(() => ID, { description: 'The organization.' })
  organizationId: string;

  @Field({ description: 'The contact who proposed it (through their portal link).' })
  contactEmail: string;

  @Field(() => String, { nullable: true, description: 'The proposed public description; null: unchanged.' })
  description: string | null;

  @Field(() => Int, { nullable: true, description: 'The proposed number of volunteers; null: unchanged.' })
  volunteerCount: number | null;

  @Field(() => String, { nullable: true, description: 'What the contact wrote to staff about it.' })
  note: string | null;

  @Field(() => ProfileProposalStatus, { description: 'Pending, accepted or declined.' })
  status: ProfileProposalStatus;

  @Field({ description: 'When it was proposed.' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff decided; null while pending.' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff declined (or a remark on accepting).' })
  decisionNote: string | null;
}

@ObjectType({ description: 'The public profile of the organization, as its contact sees it in the portal.' })
export class PortalOrganizationProfile {
  @Field(() => ID, { description: 'The organization.' })
  id: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'Its region (KATO code).' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'Its public description.' })
  description: string | null;

  @Field(() => Int, { nullable: true, description: 'Its number of volunteers.' })
  volunteerCount: number | null;

  @ListSize(20)
  @Field(() => [Direction], { description: 'What it works on.' })
  directions: Direction[];

  @Field({ description: 'UNVERIFIED, PENDING, VERIFIED or EXPIRED.' })
  verificationStatus: string;
}

@Directive('@key(fields: "linkId")')
@ObjectType({
  description: "What an organization's contact sees through their portal link: their organization, its profile proposals, and (from assistance) its requests for help.",
})
export class OrganizationPortal {
  @Field(() => ID, { description: 'The portal link in use.' })
  linkId: string;

  @Field({ description: 'The contact the link is for.' })
  contactEmail: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => PortalLanguage, { description: 'The language the link was issued in.' })
  language: PortalLanguage;

  @Field(() => PortalOrganizationProfile, { description: 'The organization the link acts for.' })
  organization: PortalOrganizationProfile;

  @ListSize(20)
  @Field(() => [ProfileChangeProposal], { description: 'Its latest profile change proposals (20), newest first.' })
  profileProposals: ProfileChangeProposal[];
}

@ObjectType({ description: 'The contact unsubscribed through the portal: no more mail from the front office, and their portal links revoked.' })
export class OrganizationPortalUnsubscribed {
  @Field({ description: 'The address that was unsubscribed.' })
  email: string;

  @Field(() => Int, { description: "How many of the contact's portal links were revoked with it (this one included)." })
  revokedLinks: number;
}
