import { runSubgraphProcess } from '@birge/server-kit';
import { assistanceSubgraph } from './assistance.subgraph';

runSubgraphProcess(assistanceSubgraph);
