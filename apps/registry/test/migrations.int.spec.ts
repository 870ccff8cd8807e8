import { createSubgraphDataSource, ensureSchema } from '@birge/server-kit';
import { createTestDatabase, exerciseMigrations } from '@birge/server-testing';
import { registrySubgraph } from '../src/registry.subgraph';

describe('registry migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(registrySubgraph);
    expect(result.applied).toHaveLength(registrySubgraph.migrations.length);
    expect(result.afterUp.length).toBeGreaterThan(0);
    expect(result.afterRevert.length).toBeLessThanOrEqual(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });

  it('every migration has a down that undoes exactly its up (tables, columns and indexes)', async () => {
    const db = await createTestDatabase();
    await ensureSchema(db.url, registrySubgraph.name);
    const dataSource = createSubgraphDataSource({ url: db.url, schema: 'registry', entities: registrySubgraph.entities, migrations: registrySubgraph.migrations });
    await dataSource.initialize();
    const shape = async () =>
      JSON.stringify(
        await dataSource.query(
          `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'registry' AND table_name <> 'migrations'
           UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'registry' AND tablename <> 'migrations'
           UNION ALL SELECT 'extension ' || extname FROM pg_extension
           ORDER BY 1`,
        ),
      );
    try {
      const empty = await shape();
      await dataSource.runMigrations({ transaction: 'each' });
      const top = await shape();
      // Walk down one migration at a time to the empty schema.
      const down: string[] = [top];
      for (let i = 0; i < registrySubgraph.migrations.length; i++) {
        await dataSource.undoLastMigration({ transaction: 'each' });
        down.push(await shape());
      }
      expect(down.at(-1)).toEqual(empty);
      expect(new Set(down).size).toBe(down.length); // every migration changed something, and its down undid it
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await shape()).toEqual(top);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
