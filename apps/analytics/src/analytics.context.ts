import type { SubgraphContext } from '@birge/server-kit';
import type { CoverageService } from './modules/coverage/coverage.service';
import type { RegistryFactsService } from './modules/contacts/registry-facts.service';
import type { FactRecorderService } from './modules/facts/fact-recorder.service';
import type { OverviewService } from './modules/overview/overview.service';

export interface AnalyticsServices {
  facts: FactRecorderService;
  registryFacts: RegistryFactsService;
  coverage: CoverageService;
  overview: OverviewService;
}

export type AnalyticsContext = SubgraphContext<AnalyticsServices>;
