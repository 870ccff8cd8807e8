import { createLogger, createSubgraphDataSource, ensureSchema, EventBus, migrate } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { registrySubgraph } from '../../apps/registry/src/registry.subgraph';
import { createScratchDatabase, startEmbeddedDatabase, type StackDatabase } from '../stack/src/database';

/** Who the registry benchmarks import as. */
export const BENCH_IDENTITY: Identity = { userId: 'bench', role: Role.REPUBLICAN_ADMIN, regionCode: null };

/** A database for one benchmark run: a scratch database on BIRGE_TEST_ADMIN_URL's server, or else a throw-away embedded server. */
export function openBenchDatabase(name: string): Promise<StackDatabase> {
  if (process.env.BIRGE_TEST_ADMIN_URL) return createScratchDatabase(process.env.BIRGE_TEST_ADMIN_URL);
  return startEmbeddedDatabase(mkdtempSync(path.join(os.tmpdir(), `birge-${name}-bench-pg-`)), 0, true);
}

export interface BenchRegistry {
  dataSource: DataSource;
  events: EventBus;
  /** Stops the event bus and the data source, then the database. */
  stop(): Promise<void>;
}

/** The registry's schema, migrated, on `database`, with its data source (the service's pool of 4) and an event bus. */
export async function openBenchRegistry(database: StackDatabase): Promise<BenchRegistry> {
  await ensureSchema(database.url, 'registry');
  const dataSource = createSubgraphDataSource({ url: database.url, schema: 'registry', entities: registrySubgraph.entities, migrations: registrySubgraph.migrations, poolSize: 4 });
  await dataSource.initialize();
  await migrate(dataSource, 'registry');
  const events = await EventBus.start({ url: database.url, logger: createLogger('bench', 'warn') });
  return {
    dataSource,
    events,
    stop: async () => {
      await events.stop();
      await dataSource.destroy();
      await database.stop();
    },
  };
}
