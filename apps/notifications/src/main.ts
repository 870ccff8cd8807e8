import { runSubgraphProcess } from '@birge/server-kit';
import { notificationsSubgraph } from './notifications.subgraph';

runSubgraphProcess(notificationsSubgraph);
