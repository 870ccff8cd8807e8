import { buildFederatedSchema } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { ContactResolver, OrganizationContactsResolver } from './modules/contact/contact.resolver';
import {
  EvidenceFileResolver,
  OrganizationVerificationResolver,
  VerificationCheckResolver,
  VerificationResolver,
} from './modules/verification/verification.resolver';
import { DuplicatesResolver, OrganizationDuplicatesResolver } from './modules/duplicates/duplicates.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { organizationReferences } from './modules/organization/organization.reference';
import { DistrictResolver } from './modules/region/district.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { regionReferences } from './modules/region/region.reference';

export function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    partnerScope: 'registry',
    resolvers: [RegionResolver, DistrictResolver, OrganizationResolver, ContactResolver, OrganizationContactsResolver,
      VerificationResolver, VerificationCheckResolver, EvidenceFileResolver, OrganizationVerificationResolver,
      DuplicatesResolver, OrganizationDuplicatesResolver, ImportResolver],
    referenceResolvers: { ...regionReferences, ...organizationReferences },
  });
}
