import { exerciseMigrations } from '@birge/server-testing';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const TABLES = ['notification', 'notification_read', 'processed_event'];

describe('notifications migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(notificationsSubgraph);
    expect(result.applied).toHaveLength(notificationsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    expect(result.afterRevert.length).toBeLessThan(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
