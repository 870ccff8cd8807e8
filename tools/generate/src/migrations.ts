import { createSubgraphDataSource, ensureSchema, migrate } from '@birge/server-kit';
import { analyticsMigrations } from '../../../apps/analytics/src/migrations';
import { assistanceMigrations } from '../../../apps/assistance/src/migrations';
import { identityMigrations } from '../../../apps/identity/src/migrations';
import { notificationsMigrations } from '../../../apps/notifications/src/migrations';
import { registryMigrations } from '../../../apps/registry/src/migrations';

/** Every subgraph's schema and its migrations, in the order the stack starts them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const SUBGRAPH_MIGRATIONS: [string, Function[]][] = [
  ['registry', registryMigrations],
  ['assistance', assistanceMigrations],
  ['analytics', analyticsMigrations],
  ['notifications', notificationsMigrations],
  ['identity', identityMigrations],
];

/**
 * Brings every subgraph's schema up to date the way each subgraph does at start (ensureSchema,
 * then `migrate` under the per-schema advisory lock), so the generator can write into a database
 * no service has opened yet.
 */
export async function migrateAll(url: string): Promise<string[]> {
  const applied: string[] = [];
  for (const [schema, migrations] of SUBGRAPH_MIGRATIONS) {
    await ensureSchema(url, schema);
    const dataSource = createSubgraphDataSource({ url, schema, entities: [], migrations, poolSize: 1, applicationName: 'birge-generate' });
    await dataSource.initialize();
    try {
      applied.push(...(await migrate(dataSource, schema)).map((name) => `${schema}: ${name}`));
    } finally {
      await dataSource.destroy();
    }
  }
  return applied;
}
