import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ASSISTANCE_REQUEST_SUBMITTED'`;
const KINDS_AFTER = `'ASSISTANCE_REQUEST_SUBMITTED', 'ASSISTANCE_REQUEST_ASSIGNED', 'ASSISTANCE_REQUEST_STATUS_CHANGED', 'ASSISTANCE_REQUEST_OVERDUE',
  'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'TRAINING_REMINDER'`;

/** The assistance workflow's notifications: more kinds, and the booking or training concerned. */
export class AssistanceNotificationKinds1764310000000 implements MigrationInterface {
  name = 'AssistanceNotificationKinds1764310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_AFTER})),
        ADD COLUMN booking_id uuid,
        ADD COLUMN training_id uuid,
        ADD COLUMN assignee_id text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The older schema cannot hold these kinds; reverting drops them.
    await queryRunner.query(`DELETE FROM notifications.notification WHERE kind NOT IN (${KINDS_BEFORE})`);
    await queryRunner.query(`
      ALTER TABLE notifications.notification
        DROP COLUMN assignee_id, DROP COLUMN training_id, DROP COLUMN booking_id,
        DROP CONSTRAINT notification_kind_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
