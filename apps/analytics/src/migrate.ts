import { runMigrationProcess } from '@birge/server-kit';
import { analyticsSubgraph } from './analytics.subgraph';

runMigrationProcess(analyticsSubgraph);
