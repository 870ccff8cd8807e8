import { Client } from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';

export interface SubgraphDataSourceOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns, e.g. `registry`. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/** One DataSource per subgraph, on its own schema; the schema only ever changes by migration. */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName ?? options.schema },
  });
}

/** Creates the subgraph's schema when missing: the migrations table lives inside it. */
export async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

/** What a subgraph's own database is: its schema's name and what TypeORM maps in it. */
export interface SubgraphDatabase {
  /** Also the PostgreSQL schema the subgraph owns. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

/**
 * Connects to the subgraph's schema (created when missing), initialized: what the subgraph's
 * process, its migration command and its command-line tools all start from.
 */
export async function openSubgraphDatabase(
  database: SubgraphDatabase,
  url: string,
  connection: Pick<SubgraphDataSourceOptions, 'poolSize' | 'applicationName'> = {},
): Promise<DataSource> {
  await ensureSchema(url, database.name);
  const dataSource = createSubgraphDataSource({ url, schema: database.name, entities: database.entities, migrations: database.migrations, ...connection });
  await dataSource.initialize();
  return dataSource;
}

/** Applies pending migrations, serialised across processes by an advisory lock per schema. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const lockKey = `birge-migrate-${schema}`;
  await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
}

/** Ready means the database answers and every migration this build knows has been applied. */
export async function databaseReadiness(dataSource: DataSource): Promise<{ ready: boolean; reason?: string }> {
  if (!dataSource.isInitialized) return { ready: false, reason: 'database connection not initialised' };
  await dataSource.query('SELECT 1');
  const pending = await dataSource.showMigrations();
  return pending ? { ready: false, reason: 'migrations pending' } : { ready: true };
}
