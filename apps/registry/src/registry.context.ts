import type { SubgraphContext } from '@birge/server-kit';
import type { OrganizationService } from './modules/organization/organization.service';
import type { RegionService } from './modules/region/region.service';

export interface RegistryServices {
  regions: RegionService;
  organizations: OrganizationService;
}

export type RegistryContext = SubgraphContext<RegistryServices>;
