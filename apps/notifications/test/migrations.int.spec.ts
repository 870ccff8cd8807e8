import { exerciseMigrations } from '@birge/server-testing';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const TABLES = ['notification', 'notification_read', 'processed_event'];

describe('notifications migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(notificationsSubgraph);
    expect(result.applied).toHaveLength(notificationsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    // The last migration adds columns, not tables: compare the columns.
    expect(result.columnsAfterUp).toEqual(expect.arrayContaining(['notification.booking_id', 'notification.training_id', 'notification.assignee_id']));
    expect(result.columnsAfterRevert.length).toBeLessThan(result.columnsAfterUp.length);
    expect(result.columnsAfterRevert).not.toContain('notification.booking_id');
    expect(result.afterRevert).toEqual(result.afterUp);
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });
});
