import { runMigrationProcess } from '@birge/server-kit';
import { notificationsSubgraph } from './notifications.subgraph';

runMigrationProcess(notificationsSubgraph);
