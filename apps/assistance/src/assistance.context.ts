import type { SubgraphContext } from '@birge/server-kit';
import type { AssistanceRequestService } from './modules/request/assistance-request.service';

export interface AssistanceServices {
  requests: AssistanceRequestService;
}

export type AssistanceContext = SubgraphContext<AssistanceServices>;
