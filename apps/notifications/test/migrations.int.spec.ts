import { exerciseMigrations } from '@birge/server-testing';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const TABLES = ['notification', 'notification_read', 'notification_archive', 'processed_event'];

describe('notifications migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(notificationsSubgraph);
    expect(result.applied).toHaveLength(notificationsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    expect(result.columnsAfterUp).toEqual(
      expect.arrayContaining(['notification.booking_id', 'notification.recipient_id', 'notification.actor_id', 'notification.from_status', 'notification.to_status']),
    );
    // The last migration adds the archive table and the targeting columns; reverting removes both.
    expect(result.afterRevert).not.toContain('notification_archive');
    expect(result.columnsAfterRevert).not.toContain('notification.recipient_id');
    expect(result.columnsAfterRevert).toContain('notification.booking_id');
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });
});
