import { exerciseMigrations } from '@birge/server-testing';
import { notificationsSubgraph } from '../src/notifications.subgraph';

const TABLES = [
  'notification',
  'notification_read',
  'notification_archive',
  'processed_event',
  'recipient',
  'email_delivery',
  'announcement',
  'mailing_address',
  'notification_preference',
  'digest',
];

describe('notifications migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(notificationsSubgraph);
    expect(result.applied).toHaveLength(notificationsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    expect(result.columnsAfterUp).toEqual(
      expect.arrayContaining(['notification.booking_id', 'notification.recipient_id', 'notification.actor_id', 'notification.from_status', 'notification.to_status']),
    );
    expect(result.columnsAfterUp).toEqual(expect.arrayContaining(['notification.audience', 'notification.subject_id', 'email_delivery.message_id']));
    expect(result.afterUp).toContain('mailing_organization');
    expect(result.columnsAfterUp).toContain('email_delivery.subject');
    // The last migration links announcements to guides of the assistance library; reverting removes only that.
    expect(result.afterUp).toContain('announcement_guide');
    expect(result.afterRevert).toEqual(result.afterUp.filter((table) => table !== 'announcement_guide'));
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });
});
