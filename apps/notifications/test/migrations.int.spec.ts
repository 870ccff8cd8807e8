/// <reference types="jest" />
import { createSubgraphDataSource, ensureSchema, migrate } from '@birge/server-kit';
import { createTestDatabase, type TestDatabase } from '@birge/server-testing';
import type { DataSource } from 'typeorm';
import { notificationsMigrations } from '../src/migrations';

describe('notifications migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    await ensureSchema(db.url, 'notifications');
    dataSource = createSubgraphDataSource({ url: db.url, schema: 'notifications', entities: [], migrations: notificationsMigrations });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'notifications' AND table_name <> 'migrations' ORDER BY table_name`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('apply to an empty database, revert the last one cleanly, and apply again', async () => {
    expect(await migrate(dataSource, 'notifications')).toHaveLength(notificationsMigrations.length);
    const migrated = await tables();
    expect(migrated).toEqual(expect.arrayContaining(['notification', 'notification_read', 'processed_event']));
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    expect(await migrate(dataSource, 'notifications')).toHaveLength(1);
    expect(await tables()).toEqual(migrated);
  });
});
