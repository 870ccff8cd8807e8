import type { SubgraphDefinition } from '@birge/server-kit';
import type { AnalyticsServices } from './analytics.context';
import { buildAnalyticsSchema } from './analytics.schema';
import { analyticsMigrations } from './migrations';
import { CoverageService } from './modules/coverage/coverage.service';
import { startFactConsumers } from './modules/facts/fact.consumers';
import { FactRecorderService } from './modules/facts/fact-recorder.service';
import { OrganizationFactEntity } from './modules/facts/organization-fact.entity';
import { RequestFactEntity } from './modules/facts/request-fact.entity';
import { OverviewService } from './modules/overview/overview.service';

export const analyticsSubgraph: SubgraphDefinition<AnalyticsServices> = {
  name: 'analytics',
  defaultPort: 4003,
  entities: [OrganizationFactEntity, RequestFactEntity],
  migrations: analyticsMigrations,
  buildSchema: buildAnalyticsSchema,
  createServices: ({ dataSource }) => ({
    facts: new FactRecorderService(dataSource),
    coverage: new CoverageService(dataSource),
    overview: new OverviewService(dataSource),
  }),
  startConsumers: ({ events }, services) => startFactConsumers(events, services.facts),
};
