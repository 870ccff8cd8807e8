import { runMigrationProcess } from '@birge/server-kit';
import { assistanceSubgraph } from './assistance.subgraph';

runMigrationProcess(assistanceSubgraph);
