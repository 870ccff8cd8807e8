import { exerciseMigrations } from '@birge/server-testing';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const TABLES = ['notification', 'notification_read', 'notification_archive', 'processed_event', 'recipient', 'email_delivery'];

describe('notifications migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(notificationsSubgraph);
    expect(result.applied).toHaveLength(notificationsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    expect(result.columnsAfterUp).toEqual(
      expect.arrayContaining(['notification.booking_id', 'notification.recipient_id', 'notification.actor_id', 'notification.from_status', 'notification.to_status']),
    );
    expect(result.columnsAfterUp).toEqual(expect.arrayContaining(['notification.audience', 'notification.subject_id', 'email_delivery.message_id']));
    // The last migration adds the recipients, the email queue and the sources' columns; reverting removes them.
    expect(result.afterRevert).not.toContain('email_delivery');
    expect(result.afterRevert).not.toContain('recipient');
    expect(result.columnsAfterRevert).not.toContain('notification.audience');
    expect(result.columnsAfterRevert).toContain('notification.recipient_id');
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });
});
