import type { SubgraphDefinition } from '@birge/server-kit';
import { loadAnalyticsConfig } from './analytics.config';
import type { AnalyticsServices } from './analytics.context';
import { buildAnalyticsSchema } from './analytics.schema';
import { analyticsMigrations } from './migrations';
import { ContactFactEntity } from './modules/contacts/contact-fact.entity';
import { startRegistryFactConsumers } from './modules/contacts/registry-facts.consumers';
import { RegistryFactsService } from './modules/contacts/registry-facts.service';
import { CoverageService } from './modules/coverage/coverage.service';
import { startFactConsumers } from './modules/facts/fact.consumers';
import { FactRecorderService } from './modules/facts/fact-recorder.service';
import { OrganizationFactEntity } from './modules/facts/organization-fact.entity';
import { OrganizationVerificationEntity } from './modules/facts/organization-verification.entity';
import { RequestFactEntity } from './modules/facts/request-fact.entity';
import { systemClock } from './modules/needs/need-clock';
import { NeedCommentEntity } from './modules/needs/need-comment.entity';
import { NeedListService } from './modules/needs/need-list.service';
import { NeedStatusChangeEntity } from './modules/needs/need-status-change.entity';
import { NeedThreadService } from './modules/needs/need-thread.service';
import { NeedWorkflowService } from './modules/needs/need-workflow.service';
import { NeedEntity } from './modules/needs/need.entity';
import { NeedService } from './modules/needs/need.service';
import { OverviewService } from './modules/overview/overview.service';

export const analyticsSubgraph: SubgraphDefinition<AnalyticsServices> = {
  name: 'analytics',
  defaultPort: 4003,
  entities: [OrganizationFactEntity, OrganizationVerificationEntity, RequestFactEntity, ContactFactEntity, NeedEntity, NeedStatusChangeEntity, NeedCommentEntity],
  migrations: analyticsMigrations,
  buildSchema: buildAnalyticsSchema,
  createServices: ({ dataSource, events }) => {
    const needs = new NeedService(dataSource, systemClock);
    return {
      facts: new FactRecorderService(dataSource),
      registryFacts: new RegistryFactsService(dataSource),
      coverage: new CoverageService(dataSource, { windowMonths: loadAnalyticsConfig().ANALYTICS_CONTACT_WINDOW_MONTHS }),
      overview: new OverviewService(dataSource),
      needs,
      needList: new NeedListService(dataSource),
      needWorkflow: new NeedWorkflowService(dataSource, events, needs, systemClock),
      needThreads: new NeedThreadService(dataSource),
    };
  },
  startConsumers: async ({ events }, services) => {
    await startFactConsumers(events, services.facts);
    await startRegistryFactConsumers(events, services.registryFacts);
  },
};
