import { ListSize } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AssistanceRequest } from '../request/assistance-request.type';
import { RateAssistanceRequestInput } from '../request/dto/request-workflow.inputs';
import { OrganizationPortal, PortalAssistanceRequest } from './organization-portal.type';
import { PortalSubmitRequestInput } from './portal-request.inputs';

const PORTAL_WHO =
  "Only an organization contact's portal link (Authorization: Portal <token>), for its own organization: an expired or revoked link is refused with " +
  'UNAUTHENTICATED and extensions.reason PORTAL_LINK_EXPIRED or PORTAL_LINK_REVOKED; staff and partners get FORBIDDEN (ORGANIZATION_PORTAL_ONLY). Attributed to the contact (portal:<e-mail>) and audited.';

/** The organization's requests for help, as its contact submits, follows and rates them through the portal. */
@Resolver(() => OrganizationPortal)
export class OrganizationPortalRequestsResolver {
  @Authorized(Access.PORTAL)
  @ListSize(50)
  @FieldResolver(() => [PortalAssistanceRequest], { description: "The organization's latest 50 requests for help, newest first, each with its way so far." })
  requests(@Root() portal: OrganizationPortal, @Ctx() ctx: AssistanceContext): Promise<PortalAssistanceRequest[]> {
    return ctx.services.portalRequests.list(ctx, portal.linkId);
  }

  @Authorized(Access.PORTAL)
  @Mutation(() => AssistanceRequest, {
    description: `Submits a request for help for the link's organization (the catalog's rules: a sub-type of its type, a description of 5 to 4000 characters, a wished-for day today or later). ${PORTAL_WHO}`,
  })
  organizationPortalSubmitRequest(
    @Arg('input', () => PortalSubmitRequestInput, { description: 'What is needed.' }) input: PortalSubmitRequestInput,
    @Ctx() ctx: AssistanceContext,
  ) {
    return ctx.services.portalRequests.submit(ctx, input);
  }

  @Authorized(Access.PORTAL)
  @Mutation(() => AssistanceRequest, {
    description: `Rates the help received, 1 to 5 with a comment: only a RESOLVED request of the link's organization (another's is NOT_FOUND), once (CONFLICT ALREADY_RATED). ${PORTAL_WHO}`,
  })
  organizationPortalRateRequest(
    @Arg('input', () => RateAssistanceRequestInput, { description: 'The request, the version read, the score.' }) input: RateAssistanceRequestInput,
    @Ctx() ctx: AssistanceContext,
  ) {
    return ctx.services.portalRequests.rate(ctx, input);
  }
}
