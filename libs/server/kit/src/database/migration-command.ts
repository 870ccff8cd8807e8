import { loadConfig, subgraphConfigSchema } from '../config/load-config';
import type { SubgraphDefinition } from '../subgraph/start-subgraph';
import { createSubgraphDataSource, ensureSchema, migrate } from './data-source';

/** `db:migrate` and `db:revert` for one subgraph, against DATABASE_URL. */
export async function runMigrationCommand<T>(definition: SubgraphDefinition<T>, command: string | undefined, env = process.env): Promise<void> {
  if (command !== 'migrate' && command !== 'revert') throw new Error('usage: migrate.ts migrate|revert');
  const config = loadConfig(subgraphConfigSchema(definition.defaultPort), env);
  await ensureSchema(config.DATABASE_URL, definition.name);
  const dataSource = createSubgraphDataSource({
    url: config.DATABASE_URL,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await dataSource.initialize();
  try {
    if (command === 'migrate') {
      const applied = await migrate(dataSource, definition.name);
      console.log(applied.length ? `${definition.name}: applied ${applied.join(', ')}` : `${definition.name}: up to date`);
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`${definition.name}: reverted the last migration`);
    }
  } finally {
    await dataSource.destroy();
  }
}

export function runMigrationProcess<T>(definition: SubgraphDefinition<T>): void {
  runMigrationCommand(definition, process.argv[2]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
