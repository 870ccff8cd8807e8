import { runMigrationProcess } from '@birge/server-kit';
import { identitySubgraph } from './identity.subgraph';

runMigrationProcess(identitySubgraph);
