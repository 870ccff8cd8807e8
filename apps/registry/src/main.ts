import { runSubgraphProcess } from '@birge/server-kit';
import { registrySubgraph } from './registry.subgraph';

runSubgraphProcess(registrySubgraph);
