import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createLogger } from '../logging/logger';
import { EVENT_BUS_SCHEMA, EventBus } from './event-bus';

/** A scratch database on the test server (the testing library depends on this kit, so not its helper). */
async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.BIRGE_TEST_ADMIN_URL as string;
  const run = async (sql: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const name = `birge_test_${randomBytes(6).toString('hex')}`;
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

describe('EventBus: how jobs are stored', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let bus: EventBus;
  const logger = createLogger('event-bus-test', 'silent');

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    bus = await EventBus.start({ url: database.url, logger });
  });
  afterAll(async () => {
    await bus?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  /** The storage of the data column of the job table and of each of its partitions. */
  const storage = async (): Promise<{ table: string; storage: string }[]> =>
    dataSource.query(
      `SELECT c.relname AS table, a.attstorage AS storage FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       WHERE a.attname = 'data' AND (c.oid = $1::regclass OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = $1::regclass))
       ORDER BY c.relname`,
      [`${EVENT_BUS_SCHEMA}.job`],
    );

  it('keeps job data uncompressed on the job table and every partition, and a second start finds it so', async () => {
    const tables = await storage();
    expect(tables.length).toBeGreaterThan(1);
    expect(tables.filter((t) => t.storage !== 'e')).toEqual([]);
    const again = await EventBus.start({ url: database.url, logger });
    await again.stop();
    expect(await storage()).toEqual(tables);
  });

  it('stores a large event as it is, once per consumer queue, and gives it back whole', async () => {
    const organizationIds = Array.from({ length: 2_000 }, (_, i) => `0190a0b0-c0d0-7000-8000-${String(i).padStart(12, '0')}`);
    const payload = {
      importId: 'storage-test',
      batch: 0,
      change: 'REGISTERED' as const,
      organizationIds,
      kinds: organizationIds.map(() => 'NGO' as const),
      regionCodes: organizationIds.map(() => '710000000'),
      districtCodes: organizationIds.map(() => null),
      versions: organizationIds.map(() => 1),
    };
    await dataSource.transaction((manager) => bus.publishFromSql(manager, 'registry.organizations-imported', `SELECT $1::jsonb AS payload`, [JSON.stringify(payload)]));
    const jobs: { name: string; compression: string | null; bytes: number; data: { payload: typeof payload } }[] = await dataSource.query(
      `SELECT name, pg_column_compression(data) AS compression, pg_column_size(data) AS bytes, data FROM ${EVENT_BUS_SCHEMA}.job
       WHERE data->'payload'->>'importId' = 'storage-test' ORDER BY name`,
    );
    expect(jobs.map((j) => j.name)).toEqual(['analytics.organization-imports', 'assistance.organization-imports', 'notifications.organization-imports']);
    for (const job of jobs) {
      expect(job.compression).toBeNull();
      expect(job.bytes).toBeGreaterThan(100_000);
      expect(job.data.payload).toEqual(payload);
    }
  });

  it('starts five buses at once on a new database (as the services of one installation do), all of them, with the data uncompressed', async () => {
    const fresh = await createTestDatabase();
    const buses: EventBus[] = [];
    try {
      const started = await Promise.allSettled(Array.from({ length: 5 }, () => EventBus.start({ url: fresh.url, logger })));
      for (const result of started) if (result.status === 'fulfilled') buses.push(result.value);
      expect(started.map((result) => result.status)).toEqual(Array(5).fill('fulfilled'));
      const check = new Client({ connectionString: fresh.url });
      await check.connect();
      const { rows } = await check
        .query(
          `SELECT count(*)::int AS compressed FROM pg_attribute WHERE attname = 'data' AND attstorage <> 'e'
                AND (attrelid = 'pgboss.job'::regclass OR attrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'pgboss.job'::regclass))`,
        )
        .finally(() => check.end());
      expect(rows[0]).toEqual({ compressed: 0 });
    } finally {
      for (const bus of buses) await bus.stop();
      await fresh.drop();
    }
  });
});
