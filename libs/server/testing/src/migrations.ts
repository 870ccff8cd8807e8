import { createSubgraphDataSource, ensureSchema, type SubgraphDefinition } from '@birge/server-kit';
import { createTestDatabase } from './test-database';

export interface MigrationsExercise {
  applied: string[];
  afterUp: string[];
  afterRevert: string[];
  afterReapply: string[];
  /** `table.column` of the subgraph's schema after each step, for migrations that add no table. */
  columnsAfterUp: string[];
  columnsAfterRevert: string[];
  columnsAfterReapply: string[];
  /** The schema's index names after each step, for migrations that change only indexes. */
  indexesAfterUp: string[];
  indexesAfterRevert: string[];
  indexesAfterReapply: string[];
}

/**
 * Applies every migration of a subgraph to an empty database, reverts the last one and applies
 * it again; returns the tables of the subgraph's schema after each step.
 */
export async function exerciseMigrations<T>(definition: SubgraphDefinition<T>): Promise<MigrationsExercise> {
  const db = await createTestDatabase();
  await ensureSchema(db.url, definition.name);
  const dataSource = createSubgraphDataSource({ url: db.url, schema: definition.name, entities: definition.entities, migrations: definition.migrations });
  await dataSource.initialize();
  const tables = async () =>
    (
      (await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY 1`, [definition.name])) as {
        table_name: string;
      }[]
    ).map((row) => row.table_name);
  const columns = async () =>
    (
      (await dataSource.query(`SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = $1 AND table_name <> 'migrations' ORDER BY 1`, [
        definition.name,
      ])) as { name: string }[]
    ).map((row) => row.name);
  const indexes = async () =>
    ((await dataSource.query(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY 1`, [definition.name])) as { indexname: string }[]).map((row) => row.indexname);
  try {
    const applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    const afterUp = await tables();
    const columnsAfterUp = await columns();
    const indexesAfterUp = await indexes();
    await dataSource.undoLastMigration({ transaction: 'each' });
    const afterRevert = await tables();
    const columnsAfterRevert = await columns();
    const indexesAfterRevert = await indexes();
    await dataSource.runMigrations({ transaction: 'each' });
    const afterReapply = await tables();
    const columnsAfterReapply = await columns();
    const indexesAfterReapply = await indexes();
    return { applied, afterUp, afterRevert, afterReapply, columnsAfterUp, columnsAfterRevert, columnsAfterReapply, indexesAfterUp, indexesAfterRevert, indexesAfterReapply };
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
}
