import type { SubgraphDefinition } from '@birge/server-kit';
import { registryMigrations } from './migrations';
import { ContactEntity } from './modules/contact/contact.entity';
import { ContactService } from './modules/contact/contact.service';
import { OrganizationEntity } from './modules/organization/organization.entity';
import { OrganizationService } from './modules/organization/organization.service';
import { DistrictEntity } from './modules/region/district.entity';
import { RegionEntity } from './modules/region/region.entity';
import { RegionService } from './modules/region/region.service';
import type { RegistryServices } from './registry.context';
import { buildRegistrySchema } from './registry.schema';

export const registrySubgraph: SubgraphDefinition<RegistryServices> = {
  name: 'registry',
  defaultPort: 4001,
  entities: [RegionEntity, DistrictEntity, OrganizationEntity, ContactEntity],
  migrations: registryMigrations,
  buildSchema: buildRegistrySchema,
  createServices: ({ dataSource, events }) => ({
    regions: new RegionService(dataSource),
    organizations: new OrganizationService(dataSource, events),
    contacts: new ContactService(dataSource, events),
  }),
};
