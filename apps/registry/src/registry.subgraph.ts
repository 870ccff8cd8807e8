import { LocalDiskFileStorage, type SubgraphDefinition } from '@birge/server-kit';
import { registryMigrations } from './migrations';
import { loadRegistryConfig } from './registry.config';
import { VerificationService } from './modules/verification/verification.service';
import { NOTICE_SWEEP_QUEUE, RegistryNotices } from './modules/notices/registry-notices';
import { backfillOrganizationMailing } from './modules/organization/organization-mailing-backfill';
import { DuplicatesService } from './modules/duplicates/duplicates.service';
import { OrganizationSearchService } from './modules/search/organization-search.service';
import { OrganizationImportService } from './modules/import/organization-import.service';
import { SponsorService } from './modules/directory/sponsor.service';
import { StateBodyService } from './modules/directory/state-body.service';
import { ContactEntity } from './modules/contact/contact.entity';
import { PortalLinkEntity } from './modules/portal/portal-link.entity';
import { PortalLinkService } from './modules/portal/portal-link.service';
import { ProfileProposalEntity } from './modules/portal/profile-proposal.entity';
import { ProfileProposalService } from './modules/portal/profile-proposal.service';
import { CooperationIntroductionEntity } from './modules/cooperation/cooperation-introduction.entity';
import { CooperationService } from './modules/cooperation/cooperation.service';
import { ContactService } from './modules/contact/contact.service';
import { OrganizationEntity } from './modules/organization/organization.entity';
import { OrganizationService } from './modules/organization/organization.service';
import { DistrictEntity } from './modules/region/district.entity';
import { RegionEntity } from './modules/region/region.entity';
import { DistrictService } from './modules/region/district.service';
import { RegionService } from './modules/region/region.service';
import type { RegistryServices } from './registry.context';
import { buildRegistrySchema } from './registry.schema';

export const registrySubgraph: SubgraphDefinition<RegistryServices> = {
  name: 'registry',
  defaultPort: 4001,
  entities: [RegionEntity, DistrictEntity, OrganizationEntity, ContactEntity, CooperationIntroductionEntity, PortalLinkEntity, ProfileProposalEntity],
  migrations: registryMigrations,
  buildSchema: buildRegistrySchema,
  createServices: ({ dataSource, events }) => {
    const config = loadRegistryConfig();
    const verification = new VerificationService(
      dataSource,
      new LocalDiskFileStorage(config.REGISTRY_EVIDENCE_DIR),
      {
        maxEvidenceBytes: config.REGISTRY_EVIDENCE_MAX_BYTES,
        reverifyAfterMonths: config.REGISTRY_REVERIFY_AFTER_MONTHS,
      },
      events,
    );
    const duplicates = new DuplicatesService(dataSource, events, verification);
    // Regions and districts are served from memory, read again after every edit.
    const regions = new RegionService(dataSource);
    const portalLinks = new PortalLinkService(dataSource, events, { secret: config.PORTAL_LINK_SECRET, pageUrl: config.PORTAL_PAGE_URL });
    const organizations = new OrganizationService(dataSource, events, duplicates);
    return {
      portalLinks,
      profileProposals: new ProfileProposalService(dataSource, events, portalLinks),
      regions,
      districts: new DistrictService(dataSource, () => regions.referenceChanged()),
      organizations,
      cooperation: new CooperationService(dataSource, organizations),
      contacts: new ContactService(dataSource, events),
      verification,
      duplicates,
      search: new OrganizationSearchService(dataSource, {
        reverifyAfterMonths: config.REGISTRY_REVERIFY_AFTER_MONTHS,
        contactWindowMonths: config.REGISTRY_CONTACT_WINDOW_MONTHS,
      }),
      imports: new OrganizationImportService(dataSource, events),
      stateBodies: new StateBodyService(dataSource, events),
      sponsors: new SponsorService(dataSource, events),
      notices: new RegistryNotices(dataSource, events, {
        reverifyAfterMonths: config.REGISTRY_REVERIFY_AFTER_MONTHS,
        contactWindowMonths: config.REGISTRY_CONTACT_WINDOW_MONTHS,
        verificationNoticeDays: config.REGISTRY_VERIFICATION_NOTICE_DAYS,
      }),
    };
  },
  startConsumers: async ({ dataSource, events }, services) => {
    // Once per installation: what notifications needs of organizations recorded before it was told.
    await backfillOrganizationMailing(dataSource, events);
    // Once a day, across every replica (pg-boss schedules one job per tick).
    await events.schedule(NOTICE_SWEEP_QUEUE, loadRegistryConfig().REGISTRY_NOTICE_CRON, async () => {
      await services.notices.run();
    });
  },
};
