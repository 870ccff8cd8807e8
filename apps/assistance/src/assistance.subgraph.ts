import { startEventConsumers, type SubgraphDefinition } from '@birge/server-kit';
import type { AssistanceServices } from './assistance.context';
import { loadAssistanceConfig } from './assistance.config';
import { buildAssistanceSchema } from './assistance.schema';
import { createAssistanceServices } from './assistance.services';
import { assistanceMigrations } from './migrations';
import { systemClock } from './modules/common/clock';
import { assistanceConsumers } from './modules/organization/assistance.consumers';
import { directoryConsumers } from './modules/directory/directory.consumers';
import { OrganizationDirectoryEntity } from './modules/organization/organization-directory.entity';
import { AssistanceRequestEntity } from './modules/request/assistance-request.entity';

/** The queue of the scheduled sweeps (overdue requests, training reminders, programmes closing soon). */
export const SWEEP_QUEUE = 'assistance.sweeps';

export const assistanceSubgraph: SubgraphDefinition<AssistanceServices> = {
  name: 'assistance',
  defaultPort: 4002,
  entities: [AssistanceRequestEntity, OrganizationDirectoryEntity],
  migrations: assistanceMigrations,
  buildSchema: buildAssistanceSchema,
  createServices: ({ dataSource, events }) => createAssistanceServices(dataSource, events, loadAssistanceConfig(), systemClock),
  startConsumers: async ({ events, dataSource }, services) => {
    await startEventConsumers(events, dataSource, 'assistance', [
      ...assistanceConsumers(services.requests, services.organizationMerges),
      ...directoryConsumers(services.directoryEntries),
    ]);
    await events.schedule(SWEEP_QUEUE, loadAssistanceConfig().ASSISTANCE_SWEEP_CRON, async () => {
      await services.overdue.run();
      await services.trainingReminders.run();
      await services.programmeReminders.run();
    });
  },
};
