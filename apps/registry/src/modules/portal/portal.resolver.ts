import { ForbiddenError, ListSize } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { Arg, Authorized, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { DecideProfileChangeInput, IssueOrganizationPortalLinkInput, ProposeProfileChangeInput } from './portal.inputs';
import { IssuedOrganizationPortalLink, OrganizationPortal, OrganizationPortalLink, OrganizationPortalUnsubscribed, ProfileChangeProposal } from './portal.types';

const STAFF_WHO =
  "Staff of the organization's region and republican administrators; others get FORBIDDEN with extensions.reason (OTHER_REGION; READ_ONLY_ROLE or PERSONAL_DATA_HIDDEN_FOR_ROLE for analysts, MISSING_SCOPE for partner keys, ORGANIZATION_PORTAL_ONLY for portal links).";
const PORTAL_WHO =
  "Only an organization contact's portal link (Authorization: Portal <token>), for its own organization: an expired or revoked link is refused with " +
  'UNAUTHENTICATED and extensions.reason PORTAL_LINK_EXPIRED or PORTAL_LINK_REVOKED; staff and partners get FORBIDDEN (ORGANIZATION_PORTAL_ONLY). Attributed to the contact and audited.';

/** Staff issue, list and revoke organizations' portal links and decide the profile changes proposed through them. */
@Resolver()
export class PortalLinkResolver {
  @Authorized()
  @Mutation(() => IssuedOrganizationPortalLink, {
    description:
      'Issues a portal link for a contact person of the organization who agreed to be e-mailed, and e-mails it to them: BAD_USER_INPUT with field contactEmail (UNKNOWN_CONTACT, NO_CONSENT) otherwise. ' +
      `The link lets the contact act for this organization only, until it expires or is revoked. ${STAFF_WHO}`,
  })
  issueOrganizationPortalLink(
    @Arg('input', () => IssueOrganizationPortalLinkInput, { description: 'The organization and its contact.' }) input: IssueOrganizationPortalLinkInput,
    @Ctx() ctx: RegistryContext,
  ) {
    return ctx.services.portalLinks.issue(input, ctx.identity);
  }

  @Authorized()
  @Mutation(() => OrganizationPortalLink, { description: `Revokes a portal link at once (revoking twice changes nothing). ${STAFF_WHO}` })
  revokeOrganizationPortalLink(@Arg('id', () => ID, { description: 'The link.' }) id: string, @Ctx() ctx: RegistryContext) {
    return ctx.services.portalLinks.revoke(id, ctx.identity);
  }

  @Authorized()
  @ListSize(50)
  @Query(() => [OrganizationPortalLink], { description: `The organization's portal links (the latest 50), newest first, with their status. ${STAFF_WHO}` })
  organizationPortalLinks(@Arg('organizationId', () => ID, { description: 'The organization.' }) organizationId: string, @Ctx() ctx: RegistryContext) {
    return ctx.services.portalLinks.list(organizationId, ctx.identity);
  }

  @Authorized()
  @ListSize(50)
  @Query(() => [ProfileChangeProposal], { description: `Profile changes the organization's contacts proposed through the portal (the latest 50), newest first. ${STAFF_WHO}` })
  profileChangeProposals(@Arg('organizationId', () => ID, { description: 'The organization.' }) organizationId: string, @Ctx() ctx: RegistryContext) {
    return ctx.services.profileProposals.list(organizationId, ctx.identity);
  }

  @Authorized()
  @Mutation(() => ProfileChangeProposal, {
    description: `Accepts a proposed profile change (the profile takes its values) or declines it (a note is required). A decided proposal is CONFLICT (ALREADY_DECIDED). ${STAFF_WHO}`,
  })
  decideProfileChangeProposal(@Arg('input', () => DecideProfileChangeInput, { description: 'The decision.' }) input: DecideProfileChangeInput, @Ctx() ctx: RegistryContext) {
    return ctx.services.profileProposals.decide(input, ctx.identity);
  }

  @Directive('@federation__inaccessible')
  @Query(() => String, { description: 'Internal: ACTIVE, EXPIRED, REVOKED or UNKNOWN for a portal link. Not part of the public API; the gateway’s own signed calls only.' })
  _portalLinkState(@Arg('linkId', () => ID, { description: 'The link (the token’s subject).' }) linkId: string, @Ctx() ctx: RegistryContext): Promise<string> {
    if (ctx.internalCaller !== 'gateway') throw new ForbiddenError('This field is for the Birge gateway only');
    return ctx.services.portalLinks.state(linkId);
  }
}

/** What an organization's contact does through their portal link. */
@Resolver()
export class OrganizationPortalResolver {
  @Authorized(Role.ORGANIZATION_CONTACT)
  @Query(() => OrganizationPortal, {
    description: `The portal of the organization the link acts for: its public profile, its profile proposals and its requests for help. ${PORTAL_WHO}`,
  })
  organizationPortal(@Ctx() ctx: RegistryContext): Promise<OrganizationPortal> {
    return ctx.services.profileProposals.portal(ctx);
  }

  @Authorized(Role.ORGANIZATION_CONTACT)
  @Mutation(() => ProfileChangeProposal, {
    description: `Proposes a change of the organization's public profile for staff review; nothing changes until they accept it. ${PORTAL_WHO}`,
  })
  organizationPortalProposeProfileChange(
    @Arg('input', () => ProposeProfileChangeInput, { description: 'The proposed values.' }) input: ProposeProfileChangeInput,
    @Ctx() ctx: RegistryContext,
  ) {
    return ctx.services.profileProposals.propose(ctx, input);
  }

  @Authorized(Role.ORGANIZATION_CONTACT)
  @Mutation(() => OrganizationPortalUnsubscribed, {
    description: `The contact stops receiving the front office's mail: their consent is withdrawn and their portal links to the organization revoked, this one included. ${PORTAL_WHO}`,
  })
  organizationPortalUnsubscribe(@Ctx() ctx: RegistryContext) {
    return ctx.services.portalLinks.unsubscribe(ctx);
  }
}
