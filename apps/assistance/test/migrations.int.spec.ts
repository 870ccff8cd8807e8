import { createSubgraphDataSource, ensureSchema } from '@birge/server-kit';
import { createTestDatabase, exerciseMigrations } from '@birge/server-testing';
import { assistanceSubgraph } from '../src/assistance.subgraph';

describe('assistance migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(assistanceSubgraph);
    expect(result.applied).toHaveLength(assistanceSubgraph.migrations.length);
    expect(result.afterUp.length).toBeGreaterThan(0);
    // The last migration adds the national board's index: no table or column comes or goes with it.
    expect(result.columnsAfterUp).toEqual(expect.arrayContaining(['joint_event.held_on', 'joint_event_participant.attended', 'publication.reach', 'grant_programme.closes_on']));
    expect(result.columnsAfterRevert).toEqual(result.columnsAfterUp);
    expect(result.afterRevert).toEqual(result.afterUp);
    expect(result.afterReapply).toEqual(result.afterUp);
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });

  it('revert the board index, the joint events and publications, guides, directory and programmes, timeline order, merges and trainings migrations step by step down to the bookings schema, and re-apply them', async () => {
    const db = await createTestDatabase();
    await ensureSchema(db.url, 'assistance');
    const dataSource = createSubgraphDataSource({ url: db.url, schema: 'assistance', entities: assistanceSubgraph.entities, migrations: assistanceSubgraph.migrations });
    await dataSource.initialize();
    const relations = async () =>
      (
        (await dataSource.query(
          `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'assistance' AND relkind IN ('r', 'S') AND relname <> 'migrations' ORDER BY 1`,
        )) as { relname: string }[]
      ).map((row) => row.relname);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const all = await relations();
      expect(all).toEqual(
        expect.arrayContaining([
          'training',
          'training_registration',
          'training_registration_queue_seq',
          'organization_merge',
          'grant_programme',
          'guide',
          'joint_event',
          'publication',
        ]),
      );
      const feedIndex = async () => (await dataSource.query(`SELECT 1 FROM pg_indexes WHERE schemaname = 'assistance' AND indexname = 'assistance_request_feed_idx'`)).length;
      expect(await feedIndex()).toBe(1);
      await dataSource.undoLastMigration({ transaction: 'each' }); // the national board's index
      expect(await feedIndex()).toBe(0);
      await dataSource.undoLastMigration({ transaction: 'each' }); // joint events and publications
      expect((await relations()).filter((name) => name.startsWith('joint_event') || name === 'publication')).toEqual([]);
      await dataSource.undoLastMigration({ transaction: 'each' }); // guides
      expect((await relations()).filter((name) => name.startsWith('guide') || name === 'request_guide')).toEqual([]);
      await dataSource.undoLastMigration({ transaction: 'each' }); // directory and programmes
      expect((await relations()).filter((name) => name.startsWith('grant_programme') || name === 'directory_entry')).toEqual([]);
      await dataSource.undoLastMigration({ transaction: 'each' }); // timeline order
      expect(await relations()).toContain('organization_merge');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await relations()).not.toContain('organization_merge');
      await dataSource.undoLastMigration({ transaction: 'each' });
      const bookingsOnly = await relations();
      expect(bookingsOnly.filter((name) => name.startsWith('training'))).toEqual([]);
      expect(bookingsOnly).toContain('booking');
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await relations()).toEqual(all);
      expect(await feedIndex()).toBe(1);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
