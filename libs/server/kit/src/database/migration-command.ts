import { loadConfig, subgraphConfigSchema } from '../config/load-config';
import type { SubgraphDefinition } from '../subgraph/start-subgraph';
import { migrate, openSubgraphDatabase } from './data-source';

/** `db:migrate` and `db:revert` for one subgraph, against DATABASE_URL. */
export async function runMigrationCommand<T>(definition: SubgraphDefinition<T>, command: string | undefined, env = process.env): Promise<void> {
  if (command !== 'migrate' && command !== 'revert') throw new Error('usage: migrate.ts migrate|revert');
  const config = loadConfig(subgraphConfigSchema(definition.defaultPort), env);
  const dataSource = await openSubgraphDatabase(definition, config.DATABASE_URL);
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
