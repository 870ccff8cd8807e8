import type { SubgraphDefinition } from '@birge/server-kit';
import type { AssistanceServices } from './assistance.context';
import { buildAssistanceSchema } from './assistance.schema';
import { assistanceMigrations } from './migrations';
import { consumeOrganizationDirectory } from './modules/organization/organization-directory.consumer';
import { OrganizationDirectoryEntity } from './modules/organization/organization-directory.entity';
import { AssistanceRequestEntity } from './modules/request/assistance-request.entity';
import { AssistanceRequestService } from './modules/request/assistance-request.service';

export const assistanceSubgraph: SubgraphDefinition<AssistanceServices> = {
  name: 'assistance',
  defaultPort: 4002,
  entities: [AssistanceRequestEntity, OrganizationDirectoryEntity],
  migrations: assistanceMigrations,
  buildSchema: buildAssistanceSchema,
  createServices: ({ dataSource, events }) => ({ requests: new AssistanceRequestService(dataSource, events) }),
  startConsumers: ({ events, dataSource }, services) => consumeOrganizationDirectory(events, dataSource, services.requests),
};
