import { buildFederatedSchema } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { OrganizationRequestsResolver } from './modules/organization/organization.resolver';
import { Organization } from './modules/organization/organization.type';
import { AssistanceRequestResolver } from './modules/request/assistance-request.resolver';
import { assistanceReferences } from './modules/request/assistance-request.reference';

export function buildAssistanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [AssistanceRequestResolver, OrganizationRequestsResolver],
    orphanedTypes: [Organization],
    referenceResolvers: assistanceReferences,
  });
}
