import { OrganizationPortal } from './modules/portal/organization-portal.type';
import { OrganizationPortalRequestsResolver } from './modules/portal/portal.resolver';
import { buildFederatedSchema } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { assistanceAuthChecker } from './modules/access/access-checker';
import { AttachmentResolver } from './modules/attachment/attachment.resolver';
import { AssistanceCatalogResolver } from './modules/catalog/assistance-catalog.resolver';
import { OrganizationRequestsResolver } from './modules/organization/organization.resolver';
import { Organization } from './modules/organization/organization.type';
import { PremisesResolver } from './modules/premises/premises.resolver';
import { RegionAssistanceResolver } from './modules/region/region.resolver';
import { Region } from './modules/region/region.type';
import { AssistanceRequestDetailsResolver } from './modules/request/assistance-request-details.resolver';
import { AssistanceRequestResolver } from './modules/request/assistance-request.resolver';
import { assistanceReferences } from './modules/request/assistance-request.reference';
import { RequestWorkflowResolver } from './modules/request/request-workflow.resolver';
import { TrainingRegistrationResolver } from './modules/training/training-registration.resolver';
import { TrainingResolver } from './modules/training/training.resolver';
import { StateBodyHistoryResolver, StateBodyReferralEntryResolver } from './modules/directory/state-body.resolver';
import { Sponsor, StateBody } from './modules/directory/state-body.type';
import { GrantProgrammeDocumentResolver, GrantProgrammeResolver } from './modules/programme/grant-programme.resolver';
import { JointEventParticipantResolver, JointEventResolver } from './modules/joint-event/joint-event.resolver';
import { PublicationResolver } from './modules/publication/publication.resolver';
import { GuideResolver, GuideVersionResolver } from './modules/guide/guide.resolver';
import { RequestGuidesResolver } from './modules/guide/request-guides.resolver';

/**
 * Access is decided in three places, each once: the auth checker (`@Authorized(Access.READ |
 * Access.WRITE)`) for the role and the partner's scope, the services for the region of the stored
 * record, and the kit's guard (inside buildFederatedSchema) for the fields marked `@PersonalData()`.
 */
export async function buildAssistanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    partnerScope: 'assistance',
    authChecker: assistanceAuthChecker,
    resolvers: [
      AssistanceRequestResolver,
      RequestWorkflowResolver,
      AssistanceRequestDetailsResolver,
      AttachmentResolver,
      AssistanceCatalogResolver,
      OrganizationRequestsResolver,
      RegionAssistanceResolver,
      PremisesResolver,
      TrainingResolver,
      TrainingRegistrationResolver,
      StateBodyHistoryResolver,
      StateBodyReferralEntryResolver,
      GrantProgrammeResolver,
      GrantProgrammeDocumentResolver,
      JointEventResolver,
      JointEventParticipantResolver,
      PublicationResolver,
      GuideResolver,
      GuideVersionResolver,
      RequestGuidesResolver,
      OrganizationPortalRequestsResolver,
    ],
    orphanedTypes: [Organization, Region, StateBody, Sponsor, OrganizationPortal],
    referenceResolvers: assistanceReferences,
  });
}
