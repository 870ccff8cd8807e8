import { createSubgraphDataSource, ensureSchema } from '@birge/server-kit';
import { createTestDatabase, exerciseMigrations } from '@birge/server-testing';
import type { DataSource } from 'typeorm';
import { registrySubgraph } from '../src/registry.subgraph';

describe('registry migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(registrySubgraph);
    expect(result.applied).toHaveLength(registrySubgraph.migrations.length);
    expect(result.afterUp.length).toBeGreaterThan(0);
    expect(result.afterRevert.length).toBeLessThanOrEqual(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });

  it('every migration has a down that undoes exactly its up (tables, columns, indexes and functions)', async () => {
    const db = await createTestDatabase();
    await ensureSchema(db.url, registrySubgraph.name);
    const { migrations, entities } = registrySubgraph;
    const open = async (count: number) => {
      const dataSource = createSubgraphDataSource({ url: db.url, schema: 'registry', entities, migrations: migrations.slice(0, count) });
      await dataSource.initialize();
      return dataSource;
    };
    const shape = async (dataSource: DataSource) =>
      JSON.stringify(
        await dataSource.query(
          `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'registry' AND table_name <> 'migrations'
           UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'registry' AND tablename <> 'migrations'
           UNION ALL SELECT 'extension ' || extname FROM pg_extension
           UNION ALL SELECT 'function ' || p.proname || ' ' || md5(pg_get_functiondef(p.oid)) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'registry'
           ORDER BY 1`,
        ),
      );
    const dataSource = await open(migrations.length);
    try {
      // Up one migration at a time, noting the shape after each.
      const up: string[] = [await shape(dataSource)];
      for (let count = 1; count <= migrations.length; count++) {
        const partial = await open(count);
        try {
          await partial.runMigrations({ transaction: 'each' });
          up.push(await shape(partial));
        } finally {
          await partial.destroy();
        }
      }
      // Down one migration at a time: each down must give back the shape before its up.
      const down: string[] = [await shape(dataSource)];
      for (let i = 0; i < migrations.length; i++) {
        await dataSource.undoLastMigration({ transaction: 'each' });
        down.push(await shape(dataSource));
      }
      expect(down).toEqual([...up].reverse());
      expect(new Set(up).size).toBe(up.length); // every migration changed something
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await shape(dataSource)).toEqual(up.at(-1));
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
