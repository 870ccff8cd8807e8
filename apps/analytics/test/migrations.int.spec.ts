/// <reference types="jest" />
import { createSubgraphDataSource, ensureSchema, migrate } from '@birge/server-kit';
import { createTestDatabase, type TestDatabase } from '@birge/server-testing';
import type { DataSource } from 'typeorm';
import { analyticsMigrations } from '../src/migrations';

describe('analytics migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    await ensureSchema(db.url, 'analytics');
    dataSource = createSubgraphDataSource({ url: db.url, schema: 'analytics', entities: [], migrations: analyticsMigrations });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'analytics' AND table_name <> 'migrations' ORDER BY table_name`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('apply to an empty database, revert the last one cleanly, and apply again', async () => {
    expect(await migrate(dataSource, 'analytics')).toHaveLength(analyticsMigrations.length);
    const migrated = await tables();
    expect(migrated).toEqual(expect.arrayContaining(['organization_fact', 'processed_event', 'request_fact']));
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    expect(await migrate(dataSource, 'analytics')).toHaveLength(1);
    expect(await tables()).toEqual(migrated);
  });
});
