import { CooperationIntroductionResolver, CooperationResolver, OrganizationIntroductionsResolver } from './modules/cooperation/cooperation.resolver';
import { buildFederatedSchema, roleAuthChecker } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { ContactResolver, OrganizationContactsResolver } from './modules/contact/contact.resolver';
import { EvidenceFileResolver, OrganizationVerificationResolver, VerificationCheckResolver, VerificationResolver } from './modules/verification/verification.resolver';
import { SponsorLettersResolver, StateBodyLettersResolver, VerificationCheckLetterResolver } from './modules/verification/letter-writer.resolver';
import { DuplicatesResolver, OrganizationDuplicatesResolver } from './modules/duplicates/duplicates.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { SponsorResolver, StateBodyResolver } from './modules/directory/directory.resolver';
import { directoryReferences } from './modules/directory/directory.reference';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { OrganizationPortalResolver, PortalLinkResolver } from './modules/portal/portal.resolver';
import { organizationReferences } from './modules/organization/organization.reference';
import { DistrictResolver } from './modules/region/district.resolver';
import { RegionResolver } from './modules/region/region.resolver';
import { regionReferences } from './modules/region/region.reference';

/**
 * Authorization: `@Authorized()` (the kit's roleAuthChecker) keeps anonymous callers out of every
 * root field but the public reference data (regions, districts); the services check region writes;
 * the kit withholds the fields marked `@PersonalData()` and `@RegionRestricted(...)` (personal data,
 * other regions' contact log and evidence) and checks partner scopes on every root field.
 */
export async function buildRegistrySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    partnerScope: 'registry',
    authChecker: roleAuthChecker,
    resolvers: [
      RegionResolver,
      DistrictResolver,
      OrganizationResolver,
      ContactResolver,
      OrganizationContactsResolver,
      VerificationResolver,
      VerificationCheckResolver,
      EvidenceFileResolver,
      OrganizationVerificationResolver,
      VerificationCheckLetterResolver,
      SponsorLettersResolver,
      StateBodyLettersResolver,
      DuplicatesResolver,
      OrganizationDuplicatesResolver,
      ImportResolver,
      StateBodyResolver,
      SponsorResolver,
      CooperationResolver,
      OrganizationIntroductionsResolver,
      CooperationIntroductionResolver,
      PortalLinkResolver,
      OrganizationPortalResolver,
    ],
    referenceResolvers: { ...regionReferences, ...organizationReferences, ...directoryReferences },
  });
}
