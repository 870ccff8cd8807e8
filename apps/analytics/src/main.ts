import { runSubgraphProcess } from '@birge/server-kit';
import { analyticsSubgraph } from './analytics.subgraph';

runSubgraphProcess(analyticsSubgraph);
