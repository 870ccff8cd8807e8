import type { SubgraphContext } from '@birge/server-kit';
import type { ContactService } from './modules/contact/contact.service';
import type { DuplicatesService } from './modules/duplicates/duplicates.service';
import type { OrganizationSearchService } from './modules/search/organization-search.service';
import type { OrganizationImportService } from './modules/import/organization-import.service';
import type { OrganizationService } from './modules/organization/organization.service';
import type { VerificationService } from './modules/verification/verification.service';
import type { DistrictService } from './modules/region/district.service';
import type { RegionService } from './modules/region/region.service';
import type { RegistryNotices } from './modules/notices/registry-notices';
import type { CooperationService } from './modules/cooperation/cooperation.service';
import type { SponsorService } from './modules/directory/sponsor.service';
import type { PortalLinkService } from './modules/portal/portal-link.service';
import type { ProfileProposalService } from './modules/portal/profile-proposal.service';
import type { StateBodyService } from './modules/directory/state-body.service';

export interface RegistryServices {
  regions: RegionService;
  districts: DistrictService;
  organizations: OrganizationService;
  contacts: ContactService;
  verification: VerificationService;
  duplicates: DuplicatesService;
  search: OrganizationSearchService;
  imports: OrganizationImportService;
  /** The daily sweep announcing verifications running out and districts gone stale. */
  notices: RegistryNotices;
  /** The directory of state bodies and sponsors. */
  stateBodies: StateBodyService;
  sponsors: SponsorService;
  /** Cooperation matchmaking and introductions between organizations. */
  cooperation: CooperationService;
  /** Organizations' portal links, and the profile changes proposed through them. */
  portalLinks: PortalLinkService;
  profileProposals: ProfileProposalService;
}

export type RegistryContext = SubgraphContext<RegistryServices>;
