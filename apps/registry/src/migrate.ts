import { runMigrationProcess } from '@birge/server-kit';
import { registrySubgraph } from './registry.subgraph';

runMigrationProcess(registrySubgraph);
